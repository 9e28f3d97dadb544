/**
 * One row of the Google Ads grid read into the platform-neutral shape: a
 * data row keyed by its entity id, a totals row, or nothing to show.
 */
import { parseDisplayedNumber } from '../../parse';
import type { RowRead } from '../contract/adapter';
import { visibleText } from '../contract/dom';
import type { ExtractedRow, MetricKey } from '../contract/types';
import type { GoogleAdsContext } from './context';
import { isHeaderRow } from './grid';
import { ACCOUNT_TOTALS_LABEL, ENTITY_ID_PARAMS, GOOGLE_ADS_SELECTORS as S, TOTALS_LABEL } from './selectors';

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

export function readRow(ctx: GoogleAdsContext, row: Element): RowRead {
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
