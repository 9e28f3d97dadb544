/**
 * Every Meta Ads Manager selector, as data, with the evidence it came from
 * (tags refer to docs/platform-dom.md §0, sections to §2.2 and §5.1). When
 * Meta changes its markup, add the new selector BEFORE the old one with a
 * dated comment; keep the old one until fixtures of the old markup are retired.
 * tests/dom/selectors.test.ts holds each entry after the first to a `// <date>: <evidence>`
 * comment, and each entry to a fixture unless its comment says `dead since <date>`.
 *
 * Selectors listed in an array are tried in order; the first that matches wins.
 * The class names are obfuscated but were stable from about 2021 to 2026
 * (S-FBUTM 2021–24, S-FB-SNIP 2024-05, S-FB-CN 2025, S-FB-PW 2025–26).
 */
export const META_SELECTORS = {
  /**
   * The stats table (FixedDataTable fork). S-FB-SNIP capture; ARIA fallback
   * per §5.1 step 3. Never `[role=grid]`: that is the account picker (§2.2).
   */
  grid: [
    'div._3h1i._1mie[role="table"]',
    // 2026-11-23: §5.1 step 3, the ARIA fallback when the FDT classes change.
    '[role="table"]',
  ],
  /** The `<table>` rendering variant (S-FBUTM, 2022-era atomic classes), then plain structure. */
  tableGrid: 'table',
  tableHeaderCells: [
    'thead.b6ax4al1.l0xfhuku th',
    // 2026-11-23: S-FBUTM; plain structure once the atomic classes rotate (§7: the class form matches no capture).
    'thead th',
  ],
  tableBodyRows: [
    'tbody.om3e55n1.g4tp4svg tr',
    // 2026-11-23: S-FBUTM; plain structure once the atomic classes rotate (§7: the class form matches no capture).
    'tbody tr',
  ],
  /** [I] Where the `<table>` variant puts its totals: no capture shows it. */
  tableFooterRows: 'tfoot tr',
  tableCell: 'td',

  /** The header row: the ONLY `role=row` in the table (S-FB-SNIP); `._1mmd` class fallback (§5.1 step 5). */
  headerRow: [
    '[role="row"]',
    // 2026-11-23: §5.1 step 5, S-FB-SNIP header class.
    '._1mmd',
  ],
  /**
   * Header cell groups: frozen, then horizontally scrolling, ordered by their
   * inline `left`. 2026-11-30: §7.2, the 2026 header has no `._182x`; its
   * groups are atomic-class boxes told apart only by their inline `left`.
   * Before: S-FBUTM `._182x:nth-child(2)`.
   */
  headerGroup: [
    '.x10l6tqk.x13vifvy[style*="left"]',
    // 2026-11-23: S-FBUTM `._182x:nth-child(2)`; §7: matches neither real capture, kept for 2021–24 markup.
    '._182x',
  ],
  /** One per header column (S-FB-CN header_cell); the box that carries the column's `left`. */
  headerCellBox: '._1eyh',
  headerCell: '[role="columnheader"]',
  /** Locale-independent column identity (S-FB-SNIP, S-FB-PW). */
  headerSurface: '[data-surface*="table_column_header:"]',
  headerSurfaceMarker: 'table_column_header:',
  /** 2026-11-30: §7.2, the id carries the action type (`reporting_table_column_actions:link_click`): read it first. */
  headerIdPrefix: 'reporting_table_column_',
  /** 2026-11-30: §7.2, the Results header's id. */
  resultsHeaderId: 'ads_manager_table_results_column_label_id',
  /** Label text, then the whole heading (S-FB-SNIP `._643l > ._3ea9`). */
  headerTitle: [
    '._3ea9',
    // 2026-11-23: S-FB-SNIP `._643l > ._3ea9`'s heading; §7: reads the label in both real captures.
    '[role="heading"]',
  ],
  /** Column-group sub-label under some headers ("Ad relevance diagnostics"): not part of the label. S-FB-SNIP. */
  headerSubLabel: '._2bka',
  /** Header debris that is not label text: resize handle, sort menu button. S-FB-SNIP. */
  headerIgnored: '[role="separator"], button, ._2bka',

  /**
   * Body rows, footer included (S-FB-CN data_row, S-FB-PW). Rows have no ARIA
   * role (`role=presentation` on the inner box).
   */
  row: [
    '._1gda._2djg',
    // 2026-11-23: S-FB-CN data_row without the S-FB-SNIP `._2djg` modifier.
    '._1gda',
  ],
  /**
   * Cell groups of a body row: frozen, then scrolling. 2026-11-30: §7.2, no
   * `._1gd5`/`._3pzk`: `div.x1o0tod > div.x10l6tqk.x13vifvy[style="left: …"]`.
   * Before: S-FBUTM `._3pzk:nth-child(2)`.
   */
  rowGroup: [
    '.x1o0tod > .x10l6tqk.x13vifvy[style*="left"]',
    // 2026-11-23: S-FBUTM `._3pzk:nth-child(2)` under `._1gd5`; §7: a 2024/25 row still has it.
    '._1gd5 > ._3pzk',
    // 2026-11-23: S-FBUTM, the group class alone.
    '._3pzk',
  ],
  /**
   * 2026-11-30: §7.2, cell keys where present: `span[data-surface-wrapper]`
   * around each cell, `…/table_row:<ID>unit/table_cell:<key>` (row-keys.ts).
   */
  cellSurface: '[data-surface*="/table_row:"]',
  /** One per rendered cell (S-FB-CN data_cell). Absent when horizontally virtualized (S-FB-PW). */
  cell: '._4lg0',
  /** The totals row (S-FB-SNIP): the footer pagelet, and its `_3h1b._1mic` row box. */
  footer: '[data-pagelet="FixedDataTableNew_footerRow"]',
  footerRowBox: '._3h1b._1mic',
  /** 2026-11-30: §7.2, the footer has no `data-pagelet`; its "Results from N …" sits in this span. */
  footerCount: '[data-surface$="/total_count"]',
  /** Per-cell loading skeleton (S-FB-PW). */
  loading: '[role="progressbar"], [aria-busy="true"]',
  /**
   * The value line of a cell (S-FB-SNIP `div[geotextcolor=value]`; S-FBUTM
   * `._3dfj`, `._1ha3`, `._7el8`, `.xmi5d70.xuxw1ft`). 2024-05: geotextcolor
   * is the newest; the class names are older fallbacks. 2026-11-30: §7.2,
   * no `geotextcolor`: `div._1b33._av2o > div[data-hover=tooltip] > span._3dfj`
   * first; last, the 2026 empty cell `div._1b33 > div.x1rg5ohu` holding "—".
   */
  value: [
    '._av2o > [data-hover="tooltip"]',
    // 2026-11-23: S-FB-SNIP (2024-05); §7: a 2024/25 row still has it.
    '[geotextcolor="value"]',
    // 2026-11-23: S-FBUTM value span; §7.2: also inside the 2026 tooltip box.
    '._3dfj',
    // 2026-11-23: S-FBUTM 2021–24. dead since 2026-11-30: §7, no real capture nor fixture has it; kept for old markup.
    '._1ha3',
    // 2026-11-23: S-FBUTM; §7: a 2024/25 row still has it.
    '._7el8',
    // 2026-11-23: S-FBUTM 2021–24. dead since 2026-11-30: §7, no real capture nor fixture has it; kept for old markup.
    '.xmi5d70.xuxw1ft',
    // 2026-11-30: §7.2, the 2026 empty cell `div._1b33 > div.x1rg5ohu` holding "—".
    '._1b33 > .x1rg5ohu',
  ],
  /** The second line of a cell: result type or per-unit label ("Website purchases", "Per purchase"). S-FB-SNIP. */
  subLabel: '._1ha4',
  /** Name cell: the tooltip carries the full name (S-FB-PW `getAdName`), then the link, then the text span. */
  nameTooltip: '[data-tooltip-content]',
  nameLink: 'a[href]',
  nameText: '._3dfj',

  /**
   * The date-range text (S-FBUTM, as successive fallbacks, which shows how
   * often they broke). 2023+: the atomic-class path; before that `._1uz0`,
   * then `#peTabs`.
   */
  dateRange: [
    '.x78zum5.x1qughib .xsgj6o6 .xlyipyv.x1h4wwuj',
    // 2026-11-23: S-FBUTM, the pre-2023 date text.
    '._1uz0',
    // 2026-11-23: S-FBUTM, the older `#peTabs` form. dead since 2026-11-30: §7, no capture nor fixture has it,
    // and `._1uz0` above already matches whatever it would; kept for old markup until the lead retires it.
    '#peTabs ._1uz0',
    // 2026-11-23: S-FBUTM, the oldest `#peTabs` button.
    '#peTabs [role="button"]',
  ],
} as const;

/** Ads Manager hosts (S-FB-URLS, S-FBUTM `@include *.facebook.com/adsmanager/*`). */
export const META_HOSTS = ['adsmanager.facebook.com', 'business.facebook.com', 'www.facebook.com', 'web.facebook.com'] as const;

/** Table levels and the URL path that shows them (§2.1; S-FBUTM `manage/(.*)[?]act=`). */
export const META_LEVELS = ['campaigns', 'adsets', 'ads'] as const;
export type MetaLevel = (typeof META_LEVELS)[number];
export const LEVEL_PATH = /^\/adsmanager\/manage\/(campaigns|adsets|ads)(?:\/|$)/;

/**
 * The footer's name cell: "Results from 47 ads" (S-FB-SNIP), "Results from
 * N campaings" [sic] in a clone. FR/DE/ES forms are [I] (§6 gap).
 */
export const TOTALS_NAME = /^(results from|résultats (de|des|pour|sur)|ergebnisse (aus|von|für)|resultados (de|del|para))\s+\d/i;

/** `act=<digits>` names the ad account (§2.1). */
export const ACCOUNT_PARAM = 'act';

/** Column names as Ads Manager shows them (§3.2), for "add the column" messages. */
export const META_COLUMN_NAMES = {
  en: { spend: 'Amount spent', conversions: 'Purchases', conversionValue: 'Purchases conversion value', roas: 'Purchase ROAS (return on ad spend)' },
  fr: {
    spend: 'Montant dépensé',
    conversions: 'Achats',
    conversionValue: 'Valeur de conversion des achats',
    roas: 'ROAS (retour sur les dépenses publicitaires) des achats',
  },
  de: { spend: 'Ausgegebener Betrag', conversions: 'Käufe', conversionValue: 'Conversionswert der Käufe', roas: 'Kauf-ROAS' },
  es: {
    spend: 'Importe gastado',
    conversions: 'Compras',
    conversionValue: 'Valor de conversión de compras',
    roas: 'ROAS (retorno de la inversión publicitaria) de compras',
  },
} as const;
