/**
 * The `<table>` rendering of Ads Manager (S-FBUTM, 2022-era atomic
 * classes): plain rows and cells, so a cell's column is its position,
 * counting colspans. The totals row, if any, is in `<tfoot>` [I].
 */
import { headerLabel } from './cells';
import { columnKeyOf, columnRole } from './columns';
import { firstSelector, type MetaContext, type MetaHeader, type VariantReader } from './context';
import { META_SELECTORS as S } from './selectors';

/** Header columns of the `<table>` variant; `index` counts colspans so cells align exactly. */
function headers(grid: Element): MetaHeader[] {
  const cells = Array.from(grid.querySelectorAll(firstSelector(grid, S.tableHeaderCells)));
  let column = 0;
  return cells.map((th) => {
    const index = column;
    column += span(th);
    const surfaced = th.matches(S.headerSurface) ? th : th.querySelector(S.headerSurface);
    const key = columnKeyOf(surfaced?.getAttribute('data-surface') ?? null, th.querySelector(`[id^="${S.headerIdPrefix}"]`)?.id ?? th.id);
    const label = headerLabel(th);
    return { key, label, role: columnRole(key, label), slot: { group: 0, index, left: null } };
  });
}

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan') ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function bodyRows(_ctx: MetaContext, grid: Element): Element[] {
  const body = Array.from(grid.querySelectorAll(firstSelector(grid, S.tableBodyRows)));
  return [...body, ...Array.from(grid.querySelectorAll(S.tableFooterRows))];
}

function cellsByColumn(ctx: MetaContext, row: Element): Map<number, Element> {
  const out = new Map<number, Element>();
  let column = 0;
  const start = new Map<number, number>();
  ctx.headers.forEach((h, i) => start.set(h.slot.index, i));
  for (const td of Array.from(row.children)) {
    if (td.tagName !== 'TD' && td.tagName !== 'TH') continue;
    const header = start.get(column);
    if (header !== undefined) out.set(header, td);
    column += span(td);
  }
  return out;
}

export const tableVariant: VariantReader = {
  headers,
  bodyRows,
  cellsByColumn,
  rowOf: (_ctx, el) => el.closest('tr'),
  isFooterRow: (row) => row.parentElement?.tagName === 'TFOOT',
};
