/**
 * The FixedDataTable grid (§2.2): header and body cells in frozen and
 * scrolling groups, rows virtualized both ways, so a body cell is matched to
 * its header by geometry first and by position in its group second
 * (geometry.ts).
 */
import { firstMatch } from '../contract/dom';
import { headerKey, headerLabel } from './cells';
import { columnRole } from './columns';
import { firstSelector, type MetaContext, type MetaHeader, type VariantReader } from './context';
import { alignCells, declaredLeft, type CellSlot, type Geometry } from './geometry';
import { keyedCells } from './keyed-cells';
import { META_SELECTORS as S } from './selectors';

/** Groups in page order of their inline `left` (2026: the only thing that tells them apart, §7.2). */
function byLeft(groups: Element[]): Element[] {
  return groups
    .map((g, i) => [g, declaredLeft(g) ?? i] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([g]) => g);
}

/** Header columns of the FixedDataTable grid, with their group and left edge. */
function headers(grid: Element, geometry: Geometry): MetaHeader[] {
  const row = firstMatch(grid, S.headerRow);
  if (!row) return [];
  const groupSelector = firstSelector(row, S.headerGroup);
  const groups = byLeft(Array.from(row.querySelectorAll(groupSelector)));
  const perGroup = new Map<number, number>();
  return Array.from(row.querySelectorAll(S.headerCell)).map((cell) => {
    const box = cell.closest(S.headerCellBox) ?? cell;
    const groupEl = cell.closest(groupSelector);
    const group = groupEl ? Math.max(0, groups.indexOf(groupEl)) : 0;
    const index = perGroup.get(group) ?? 0;
    perGroup.set(group, index + 1);
    const key = headerKey(cell, box);
    const label = headerLabel(cell);
    return { key, label, role: columnRole(key, label), slot: { group, index, left: geometry(box) } };
  });
}

/**
 * Cells of a row by header index: cell keys first where the row has them
 * (keyed-cells.ts), then geometry, then relative index (geometry.ts).
 */
function cellsByColumn(ctx: MetaContext, row: Element): Map<number, Element> {
  const out = keyedCells(ctx, row);
  if (out.size) return out;
  const groups = rowGroups(row);
  const cells: Element[] = [];
  const slots: CellSlot[] = [];
  groups.forEach((group, g) => {
    const inGroup = Array.from(group.querySelectorAll(S.cell)).filter((c) => nearestGroup(c, groups) === group);
    inGroup.forEach((cell, index) => {
      cells.push(cell);
      slots.push({ group: g, index, groupSize: inGroup.length, left: ctx.geometry(cell) });
    });
  });
  alignCells(
    ctx.headers.map((h) => h.slot),
    slots,
  ).forEach((column, i) => {
    if (column !== null) out.set(column, cells[i]!);
  });
  return out;
}

function rowGroups(row: Element): Element[] {
  for (const selector of S.rowGroup) {
    const found = Array.from(row.querySelectorAll(selector));
    // Groups nested in a group are a cell's own markup, not a group of the row.
    const top = found.filter((g) => !found.some((o) => o !== g && o.contains(g)));
    if (top.length) return byLeft(top);
  }
  return [row];
}

function nearestGroup(cell: Element, groups: readonly Element[]): Element | null {
  for (let p = cell.parentElement; p; p = p.parentElement) if (groups.includes(p)) return p;
  return null;
}

export const fdtVariant: VariantReader = {
  headers,
  bodyRows: (ctx, grid) => Array.from(grid.querySelectorAll(ctx.rowSelector)),
  cellsByColumn,
  rowOf: (ctx, el) => el.closest(ctx.rowSelector),
  // The footer pagelet marks the totals row in both variants (row.ts).
  isFooterRow: () => false,
};
