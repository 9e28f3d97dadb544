/**
 * The page around the rows (docs/platform-dom.md §1): the table level from
 * the URL, the stats grid and its header, its loading or empty state, the
 * account id.
 */
import { firstMatch, visibleText } from '../contract/dom';
import type { TableState } from '../contract/types';
import { metricForEssfield, metricForLabel } from './columns';
import type { HeaderColumn } from './context';
import { GOOGLE_ADS_LEVELS, GOOGLE_ADS_SELECTORS as S } from './selectors';

export function levelOf(url: URL): string | null {
  const m = /\/aw\/([a-z]+)/.exec(url.pathname);
  const level = m?.[1];
  return level && (GOOGLE_ADS_LEVELS as readonly string[]).includes(level) ? level : null;
}

export function isHeaderRow(row: Element): boolean {
  return row.classList.contains('particle-table-header') || row.querySelector(S.headerCell) !== null;
}

/** The stats grid: the first candidate whose header names a metric we read. */
export function findGrid(doc: Document): Element | null {
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

export function readHeader(cell: Element): HeaderColumn {
  const essfield = cell.getAttribute('essfield') ?? cell.querySelector('[essfield]')?.getAttribute('essfield') ?? null;
  const title = firstMatch(cell, S.headerTitle);
  const label = (title ? visibleText(title, S.ignoredInCell) : '') || cell.getAttribute('aria-label')?.trim() || visibleText(cell, S.ignoredInCell);
  return { essfield, label, metric: metricForEssfield(essfield) ?? (essfield?.startsWith('stats.') ? null : metricForLabel(label)) };
}

export function readState(grid: Element | null, doc: Document): TableState {
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

export function readAccountId(doc: Document): string | null {
  for (const [selector, attribute] of S.customerId) {
    const el = doc.querySelector(selector);
    const m = /\b(\d{3}-\d{3}-\d{4})\b/.exec((attribute ? el?.getAttribute(attribute) : el?.textContent) ?? '');
    if (m) return m[1]!;
  }
  return null;
}

/** A row that may be a data row: not the header, a segment row or a totals row. */
export function isDataCandidate(row: Element): boolean {
  return !isHeaderRow(row) && !row.classList.contains(S.joinedRowClass) && !row.className.includes(S.summaryRowClassFragment);
}
