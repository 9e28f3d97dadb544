/**
 * One row of the Google Ads grid read into the platform-neutral shape: a
 * data row keyed by its entity id, a totals row, or nothing to show.
 */
import { parseDisplayedNumber } from '../../parse';
import type { RowRead } from '../contract/adapter';
import { visibleText } from '../contract/dom';
import type { ExtractedRow, MetricKey } from '../contract/types';
import type { GoogleAdsContext } from './context';
import { isDataCandidate, isHeaderRow } from './grid';
import { isNumberedKey, rowIdentity, uniqueKey } from './row-identity';
import { ACCOUNT_TOTALS_LABEL, GOOGLE_ADS_SELECTORS as S, TOTALS_LABEL } from './selectors';

export const METRICS: readonly MetricKey[] = ['spend', 'conversions', 'conversionValue', 'roas'];

/** The cell of a metric column in a row: by essfield, else aligned from the right with the header. */
export function cellFor(ctx: GoogleAdsContext, row: Element, metric: MetricKey, cells: () => Element[]): Element | null {
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

export function numberIn(ctx: GoogleAdsContext, cell: Element | null): { value: number | null; symbol: string | null } {
  if (!cell) return { value: null, symbol: null };
  const parsed = parseDisplayedNumber(visibleText(cell.querySelector(S.statsValue) ?? cell, S.ignoredInCell), ctx.locale);
  return parsed.ok ? { value: parsed.value, symbol: parsed.currencySymbol } : { value: null, symbol: null };
}

export function readRow(ctx: GoogleAdsContext, row: Element): RowRead {
  if (isHeaderRow(row) || row.matches(S.placeholderRow) || row.classList.contains(S.joinedRowClass)) return { type: 'skip' };
  let cellList: Element[] | null = null;
  const cells = () => (cellList ??= toolless(row));
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
      totals: { scope: row.classList.contains(S.accountSummaryClass) || ACCOUNT_TOTALS_LABEL.test(summary) ? 'account' : 'table', label: summary, ...figures },
      anchor: anchor ?? cells().at(-1) ?? null,
    };
  }
  const { key, name, link } = rowIdentity(row, ctx.meta.level);
  if (!key) return { type: 'skip' };
  const rows = () => (ctx.grid ? Array.from(ctx.grid.querySelectorAll(S.row)).filter(isDataCandidate) : []);
  const data: ExtractedRow = { key: uniqueKey(row, key, rows, ctx.meta.level, ctx.rowKeys), name, ...figures, pending: [] };
  const read: RowRead = { type: 'data', row: data, anchor: anchor ?? link?.closest(S.cell) ?? cells().at(-1) ?? null };
  if (isNumberedKey(key)) read.occurrence = key;
  return read;
}

/** A row's gridcells without its checkbox cell (§7.1): positions count figures only. */
export function toolless(row: Element): Element[] {
  return Array.from(row.querySelectorAll(S.cell)).filter((c) => !c.matches(S.toolsCell));
}

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
