import type { MetricKey } from '../contract/types';

/**
 * Every Google Ads selector, as data, with the evidence it came from
 * (tags refer to docs/platform-dom.md §0). When Google changes its markup,
 * add the new selector before the old one with a dated comment; keep the old
 * one until fixtures of the old markup are retired.
 * tests/dom/selectors.test.ts holds each entry after the first to a `// <date>: <evidence>`
 * comment, and each entry to a fixture unless its comment says `dead since <date>`.
 *
 * Selectors listed in an array are tried in order; the first that matches wins.
 */
export const GOOGLE_ADS_SELECTORS = {
  /** The stats grid. S-GA-SEL, S-GA-TG; ARIA fallback per §5.1 step 3. */
  grid: [
    '.ess-table-canvas[role="grid"]',
    // 2026-11-23: S-GA-TG, the grid inside the particle table without the canvas class.
    'ess-particle-table [role="grid"]',
    // 2026-11-23: §5.1 step 3, the ARIA fallback.
    '[role="grid"]',
  ],
  /** Loading state of the grid and page. DV360 script (same ESS framework), S-GA-TG. */
  gridLoadingClass: 'content-loading',
  progress: 'material-progress, [role="progressbar"], mat-spinner',
  /** Header row and cells. S-GA-TG, S-GAUTM. */
  headerRow: '.particle-table-header[role="row"], [role="row"]:has(> [role="columnheader"]), [role="row"]:has([role="columnheader"])',
  headerCell: '[role="columnheader"]',
  /**
   * The header label. 2026-11-30: §7.1, real headers have no aria-label; the
   * label is `span.mt-header-label-wrapper > aw-header-cell.particle-header-title`.
   * Before: `.particle-header-title` or `aw-header-cell` (S-GAUTM, §1.2).
   */
  headerTitle: [
    'aw-header-cell.particle-header-title',
    // 2026-11-23: S-GAUTM, §1.2 (one entry with `aw-header-cell` until 2026-11-30).
    '.particle-header-title',
    // 2026-11-23: S-GAUTM, §1.2.
    'aw-header-cell',
  ],
  /**
   * The checkbox cells that start the header and every data row (S-GA-SEL,
   * S-GA-HL2). 2026-11-30: §7.1, `tools-cell[role=gridcell]` is the first
   * gridcell: a positional fallback must not count it.
   */
  toolsCell: 'tools-cell, header-tools-cell',
  /** Body rows: every [role=row] of the grid that is not a header. S-GA-TG. */
  row: '[role="row"]',
  /** Data cells. S-GA-TG: ess-cell[role=gridcell]. */
  cell: '[role="gridcell"]',
  /** 2026-11-30: §7.1, metric values sit in `stats-field > div.ess-cell-ellipsis` (no text-field). */
  statsValue: 'stats-field',
  /** Totals rows, top or bottom. S-GA-DART, S-GA-BUDGET, S-GAUTM. */
  summaryRowClassFragment: 'summary',
  // 2026-11-30: §7.1, the label container has no role=gridcell: found by class alone.
  summaryLabel: '.particle-table-summary-label, .particle-table-segmented-summary-label, .particle-table-summary-label-container',
  /** 2026-11-30: §7.1, "Total: Account" carries this class (the table total `…-summary-row-table`). */
  accountSummaryClass: 'particle-table-summary-row-scope',
  /** "No data" placeholder. Public scrapers. */
  placeholderRow: '.particle-table-placeholder',
  /** Segment / child rows (device, network…). S-GA-RU. */
  joinedRowClass: 'particle-joined-row',
  /** Name links carry the entity id in their href. S-GA-HL2, S-GA-SEL. */
  nameLink: 'a[href*="Id="]',
  /** Text inside cells that is icon-ligature debris, not content. S-GA-RU. */
  ignoredInCell: '[aria-hidden="true"], .material-icon, material-icon, i.material-icons, tooltip',
  /** The date-range button text. S-GA-RU, S-GAUTM, S-GA-TG. */
  dateRange: [
    '.dropdown-and-comparison .button-text',
    // 2026-11-23: S-GA-RU.
    '.menu-lookalike span.button-text',
    // 2026-11-23: S-GAUTM.
    'dropdown-button.menu-trigger.primary-range .button',
    // 2026-11-23: S-GA-TG.
    '.date-range .button',
  ],
  /**
   * The visible customer id (never the ocid/__c URL parameters), as
   * [selector, attribute] (null: the text). 2026-11-30: §7.1, the only place
   * is `div.account-info[title="535-149-3750 Finance"]`: its leading digits.
   * Before: G5, S-GAUTM (the text of `.account-info`).
   */
  customerId: [
    ['div.account-info[title]', 'title'],
    // 2026-11-23: G5, the customer id element of older headers.
    ['div.external-customer-id', null],
    // 2026-11-23: G5, the operating customer box.
    ['div.operating-customer > .id', null],
    // 2026-11-23: S-GAUTM, the text of `.account-info`.
    ['.account-info', null],
  ],
  /**
   * Name cells of rows without a name link. 2026-11-30: §7.1, snake-case
   * essfields at this level (`keyword_text`, `ad_group_name`…); before:
   * `campaign.name`, `keyword`.
   */
  nameCell: [
    '[essfield="keyword_text"]',
    // 2026-11-30: §7.1, snake-case `ad_group_name`, `campaign_name` in the 2021 capture.
    '[essfield$="_name"]',
    // 2026-11-23: §1.2, `campaign.name`.
    '[essfield$=".name"]',
    // 2026-11-23: §1.2, the keywords level's `keyword`.
    '[essfield="keyword"]',
  ],
  /** [I] The match type column of the keywords level (its essfield is not in a capture). */
  matchTypeCell: '[essfield*="match_type"]',
} as const;

/** Metric columns by `essfield`: locale-independent, preferred (§1.2). */
export const GOOGLE_ADS_ESSFIELDS = {
  'stats.cost': 'spend',
  'stats.conversions': 'conversions',
  'stats.conversion_value': 'conversionValue',
  'stats.conversion_value_per_cost': 'roas',
} as const;

/**
 * Header labels by metric and language (§3.1), for grids without essfield;
 * the first label of a language is also how messages name a missing column.
 * Matched exactly after `normalizeHeader`: "Cost / conv." or "All conv. value"
 * must never be mistaken for a metric we use.
 */
export const GOOGLE_ADS_HEADER_LABELS = {
  spend: { en: ['Cost'], fr: ['Coût', 'Cout'], de: ['Kosten'], es: ['Coste', 'Costo'], pt: ['Custo'], zh: ['费用'] },
  conversions: {
    en: ['Conversions'],
    fr: ['Conversions'],
    de: ['Conversions'],
    es: ['Conversiones'],
    pt: ['Conversões'],
    it: ['Conversioni'],
    zh: ['转化次数'],
  },
  conversionValue: {
    en: ['Conv. value'],
    fr: ['Valeur de conv.'],
    de: ['Conv.-Wert'],
    es: ['Valor conv.', 'Valor de conv.'],
    it: ['Valore conv.'],
    zh: ['转化价值'],
  },
  roas: {
    en: ['Conv. value / cost'],
    fr: ['Valeur de conv./coût'],
    de: ['Conv.-Wert/Kosten'],
    es: ['Valor conv./coste', 'Valor conv./costo', 'Valor de conv./coste', 'Valor de conv./costo'],
    it: ['Valore conv./costo'],
    zh: ['转化价值/费用', '单位费用转化价值'],
  },
} as const satisfies Record<MetricKey, Record<string, readonly string[]> & { en: readonly string[] }>;

/** Totals row labels (§1.2): class checks first, this text second. */
export const TOTALS_LABEL = /^(total|totale?|gesamt|insgesamt|всего|合计|總計|总计)\b/i;
/** "Total: Account" and its translations: the whole account, the allocation base. */
export const ACCOUNT_TOTALS_LABEL = /\b(account|compte|konto|cuenta|conta|account)\b/i;

/** Table pages the overlay runs on (§1.1). */
export const GOOGLE_ADS_LEVELS = ['campaigns', 'adgroups', 'ads', 'keywords', 'productgroups'] as const;
