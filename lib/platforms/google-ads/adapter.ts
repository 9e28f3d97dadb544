/**
 * Google Ads table adapter: reads the ESS particle table (docs/platform-dom.md
 * §1) into the platform-neutral shape. Read-only; takes a Document.
 */
import { parseDateRange, parseDisplayedNumber, resolveCurrency } from '../../parse';
import type { RowRead, TableAdapter, TableContext } from '../contract/adapter';
import { firstMatch, pageLocale, visibleText } from '../contract/dom';
import type { ExtractedRow, MetricKey, TableState } from '../contract/types';
import { columnNameFor, metricForEssfield, metricForLabel } from './columns';
import {
  ACCOUNT_TOTALS_LABEL, ENTITY_ID_PARAMS, GOOGLE_ADS_LEVELS, GOOGLE_ADS_SELECTORS as S, TOTALS_LABEL,
} from './selectors';

const METRICS: readonly MetricKey[] = ['spend', 'conversions', 'conversionValue', 'roas'];

interface HeaderColumn {
  essfield: string | null;
  label: string;
  metric: MetricKey | null;
}

export interface GoogleAdsContext extends TableContext {
  headers: HeaderColumn[];
  /** Header index of each metric column found. */
  metricIndex: Partial<Record<MetricKey, number>>;
  locale: string;
}

function levelOf(url: URL): string | null {
  const m = /\/aw\/([a-z]+)/.exec(url.pathname);
  const level = m?.[1];
  return level && (GOOGLE_ADS_LEVELS as readonly string[]).includes(level) ? level : null;
}

function isHeaderRow(row: Element): boolean {
  return row.classList.contains('particle-table-header') || row.querySelector(S.headerCell) !== null;
}

/** The stats grid: the first candidate whose header names a metric we read. */
function findGrid(doc: Document): Element | null {
  let fallback: Element | null = null;
  for (const selector of S.grid) {
    for (const grid of Array.from(doc.querySelectorAll(selector))) {
      fallback ??= grid;
      const headers = Array.from(grid.querySelectorAll(S.headerCell));
      if (headers.some((h) => readHeader(h).metric)) return grid;
    }
  }
  return fallback;
}

function readHeader(cell: Element): HeaderColumn {
  const essfield = cell.getAttribute('essfield') ?? cell.querySelector('[essfield]')?.getAttribute('essfield') ?? null;
  const title = cell.querySelector(S.headerTitle);
  const label = (title ? visibleText(title, S.ignoredInCell) : '') || cell.getAttribute('aria-label')?.trim()
    || visibleText(cell, S.ignoredInCell);
  return { essfield, label, metric: metricForEssfield(essfield) ?? (essfield?.startsWith('stats.') ? null : metricForLabel(label)) };
}

function readState(grid: Element | null, doc: Document): TableState {
  if (!grid) return doc.querySelector(S.progress) ? 'loading' : 'absent';
  if (grid.classList.contains(S.gridLoadingClass)) return 'loading';
  if (grid.querySelector(S.placeholderRow)) return 'empty';
  // The first row that is not the (classed) header answers it in one lookup on large tables.
  const first = grid.querySelector(`${S.row}:not(.particle-table-header)`);
  const hasBody = first !== null && (!isHeaderRow(first) || Array.from(grid.querySelectorAll(S.row)).some((r) => !isHeaderRow(r)));
  if (!hasBody) {
    const container = grid.closest('tableview, ess-table') ?? grid.parentElement ?? grid;
    return container.querySelector(S.progress) || doc.querySelector(`ess-table ${S.progress}`) ? 'loading' : 'empty';
  }
  return 'ready';
}

function readAccountId(doc: Document): string | null {
  for (const selector of S.customerId) {
    const m = /\b(\d{3}-\d{3}-\d{4})\b/.exec(doc.querySelector(selector)?.textContent ?? '');
    if (m) return m[1]!;
  }
  return null;
}

/** The cell of a metric column in a row: by essfield, else aligned from the right with the header. */
function cellFor(ctx: GoogleAdsContext, row: Element, metric: MetricKey, cells: () => Element[]): Element | null {
  const index = ctx.metricIndex[metric];
  if (index === undefined) return null;
  const essfield = ctx.headers[index]!.essfield;
  const byKey = essfield ? row.querySelector(`[essfield="${essfield}"]`) : null;
  // Rows whose cells carry no essfield (only the header does) fall back to position.
  if (byKey || (essfield && row.querySelector('[essfield]'))) return byKey;
  // Frozen cells differ between header and rows (checkbox, label spans), but
  // metric columns are the trailing ones in both: align from the right.
  const list = cells();
  const i = list.length - (ctx.headers.length - index);
  return i >= 0 ? (list[i] ?? null) : null;
}

function numberIn(ctx: GoogleAdsContext, cell: Element | null): { value: number | null; symbol: string | null } {
  if (!cell) return { value: null, symbol: null };
  const parsed = parseDisplayedNumber(visibleText(cell, S.ignoredInCell), ctx.locale);
  return parsed.ok ? { value: parsed.value, symbol: parsed.currencySymbol } : { value: null, symbol: null };
}

function entityKey(row: Element, level: string): { key: string | null; link: Element | null } {
  const links = Array.from(row.querySelectorAll(S.nameLink));
  const params = links.map((link) => {
    const href = link.getAttribute('href') ?? '';
    return new URLSearchParams(href.slice(href.indexOf('?') + 1));
  });
  for (const [param, prefix] of ENTITY_ID_PARAMS) {
    for (let i = 0; i < links.length; i++) {
      const id = params[i]!.get(param);
      // On the campaigns table a link to a campaign's ad groups carries only
      // campaignId; on deeper tables the most specific id names the row.
      if (!id || (prefix === 'campaign' && level !== 'campaigns' && links.length > 1)) continue;
      // A keyword's criterion id is shared by the same keyword in other ad groups.
      const adGroup = prefix === 'keyword' ? params[i]!.get('adGroupId') : null;
      return { key: adGroup ? `keyword:${adGroup}~${id}` : `${prefix}:${id}`, link: links[i]! };
    }
  }
  return { key: null, link: links[0] ?? null };
}

function nameOf(row: Element, link: Element | null): string | null {
  const keyword = row.querySelector('keyword-text');
  const el = keyword ?? link ?? row.querySelector('[essfield$=".name"], [essfield="keyword"]');
  const text = el ? visibleText(el, S.ignoredInCell) : '';
  return text || link?.getAttribute('aria-label')?.trim() || null;
}

export const googleAdsAdapter: TableAdapter<GoogleAdsContext> = {
  platform: 'google-ads',

  matchesUrl(url) {
    return url.hostname === 'ads.google.com' && levelOf(url) !== null;
  },

  readContext(doc, url) {
    const locale = pageLocale(doc, url);
    const grid = findGrid(doc);
    const headerRow = grid
      ? grid.querySelector(`.particle-table-header${S.row}`) ?? Array.from(grid.querySelectorAll(S.row)).find(isHeaderRow) ?? grid
      : null;
    const headers = headerRow ? Array.from(headerRow.querySelectorAll(S.headerCell)).map(readHeader) : [];
    const metricIndex: Partial<Record<MetricKey, number>> = {};
    // essfield matches first, labels second, so a label never overrides a key.
    for (const pass of ['essfield', 'label'] as const) {
      headers.forEach((h, i) => {
        if (!h.metric || metricIndex[h.metric] !== undefined) return;
        if ((pass === 'essfield') === (metricForEssfield(h.essfield) !== null)) metricIndex[h.metric] = i;
      });
    }
    const columnLabels: Partial<Record<MetricKey, string>> = {};
    for (const m of METRICS) if (metricIndex[m] !== undefined) columnLabels[m] = headers[metricIndex[m]!]!.label;
    const dateEl = firstMatch(doc, S.dateRange);
    const periodText = dateEl ? visibleText(dateEl) || null : null;
    const ctx: GoogleAdsContext = {
      platform: 'google-ads',
      grid,
      headers,
      metricIndex,
      locale,
      columnLabels,
      unknownColumns: headers.filter((h) => !h.metric && h.essfield?.startsWith('stats.')).map((h) => h.label),
      headerSignature: headers.map((h) => `${h.essfield ?? ''}|${h.label}`).join('¦'),
      meta: {
        platform: 'google-ads',
        level: levelOf(url) ?? 'unknown',
        state: readState(grid, doc),
        locale,
        accountId: readAccountId(doc),
        currency: null,
        period: periodText ? parseDateRange(periodText, locale) : null,
        periodText,
        columns: {
          spend: metricIndex.spend !== undefined,
          conversions: metricIndex.conversions !== undefined,
          conversionValue: metricIndex.conversionValue !== undefined,
          roas: metricIndex.roas !== undefined,
        },
      },
    };
    ctx.meta.currency = cachedCurrency(ctx);
    return ctx;
  },

  rowElements(ctx) {
    return ctx.grid ? Array.from(ctx.grid.querySelectorAll(S.row)) : [];
  },

  readRow(ctx, row): RowRead {
    if (isHeaderRow(row) || row.matches(S.placeholderRow) || row.classList.contains(S.joinedRowClass)) return { type: 'skip' };
    let cellList: Element[] | null = null;
    const cells = () => (cellList ??= Array.from(row.querySelectorAll(S.cell)));
    // Each metric cell is looked up once: it gives both the figure and the badge's anchor.
    const cell = {} as Record<MetricKey, Element | null>;
    for (const m of METRICS) cell[m] = cellFor(ctx, row, m, cells);
    const figures = {
      spend: numberIn(ctx, cell.spend).value,
      conversions: numberIn(ctx, cell.conversions).value,
      conversionValue: numberIn(ctx, cell.conversionValue).value,
      roas: numberIn(ctx, cell.roas).value,
    };
    const anchor = cell.roas ?? cell.spend ?? cell.conversions;

    const summary = isSummaryRow(row, cells);
    if (summary !== null) {
      return {
        type: 'totals',
        totals: { scope: ACCOUNT_TOTALS_LABEL.test(summary) ? 'account' : 'table', label: summary, ...figures },
        anchor: anchor ?? cells().at(-1) ?? null,
      };
    }
    const { key, link } = entityKey(row, ctx.meta.level);
    const name = nameOf(row, link);
    if (!key && !name) return { type: 'skip' };
    const data: ExtractedRow = { key: key ?? `name:${name}`, name, ...figures, pending: [] };
    return { type: 'data', row: data, anchor: anchor ?? link?.closest(S.cell) ?? cells().at(-1) ?? null };
  },

  rowOf(ctx, node) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const row = el?.closest(S.row) ?? null;
    return row && ctx.grid?.contains(row) ? row : null;
  },

  columnName: columnNameFor,
};

/** The totals label when the row is a totals row (class checks first, label text second), else null. */
function isSummaryRow(row: Element, cells: () => Element[]): string | null {
  const labelEl = row.querySelector(S.summaryLabel);
  const byClass = Array.from(row.classList).some((c) => c.includes(S.summaryRowClassFragment));
  if (byClass || labelEl) return visibleText(labelEl ?? cells()[0] ?? row, S.ignoredInCell);
  // A data row starts with a checkbox or a name: look no further than the first text.
  for (const cell of cells()) {
    const text = visibleText(cell, S.ignoredInCell);
    if (text) return TOTALS_LABEL.test(text) ? text : null;
  }
  return null;
}

/**
 * An account has one currency: once read from a grid with a given header,
 * it is kept instead of re-sampling rows on every pass.
 */
const currencyByGrid = new WeakMap<Element, { header: string; currency: string }>();
function cachedCurrency(ctx: GoogleAdsContext): string | null {
  if (!ctx.grid) return null;
  // Another account (or another header) in the same grid element reads again.
  const key = `${ctx.meta.accountId ?? ''}|${ctx.headerSignature}`;
  const known = currencyByGrid.get(ctx.grid);
  if (known && known.header === key) return known.currency;
  const currency = readCurrency(ctx);
  if (currency) currencyByGrid.set(ctx.grid, { header: key, currency });
  return currency;
}

/** One ISO currency when the money cells (spend, value) show one unambiguously; else null. */
function readCurrency(ctx: GoogleAdsContext): string | null {
  if (!ctx.grid) return null;
  const money = (['spend', 'conversionValue'] as const).filter((m) => ctx.metricIndex[m] !== undefined);
  if (money.length === 0) return null;
  const found = new Set<string>();
  let seen = 0;
  for (const row of Array.from(ctx.grid.querySelectorAll(S.row))) {
    if (isHeaderRow(row)) continue;
    let list: Element[] | null = null;
    const cells = () => (list ??= Array.from(row.querySelectorAll(S.cell)));
    for (const m of money) {
      const { symbol } = numberIn(ctx, cellFor(ctx, row, m, cells));
      const iso = symbol ? resolveCurrency(symbol, ctx.locale) : null;
      if (iso) found.add(iso);
    }
    // A sample is enough: an account has one currency.
    if (++seen >= 25) break;
  }
  return found.size === 1 ? [...found][0]! : null;
}
