/**
 * Matching Meta body cells to header columns (§2.2, §5.1 step 4). Rows are
 * horizontally virtualized: a row renders only the cells of the columns on
 * screen, so a cell's position among its siblings does not say its column.
 *
 * 1. Geometry: the cell's left edge equals its header's left edge, within
 *    ±15 px (S-FB-PW).
 * 2. Without geometry: the cell's position inside its `_3pzk` group (frozen
 *    and scrolling groups counted separately), and only when the group
 *    renders as many cells as its header group has columns (§5.1: safe only
 *    without horizontal virtualization). Otherwise the cell has no column:
 *    never a guess.
 *
 * The geometry function is injectable: the default reads the layout
 * (`getBoundingClientRect`); layout-free DOMs (happy-dom, jsdom) get
 * `declaredGeometry`, which adds up the positions the page declares inline.
 */

/** The left edge of an element in page pixels, or null when unknown. */
export type Geometry = (el: Element) => number | null;

export const LEFT_TOLERANCE_PX = 15;

/** Layout geometry. An element without a box (not rendered, or no layout engine) has no position. */
export const rectGeometry: Geometry = (el) => {
  const r = el.getBoundingClientRect();
  return r.width > 0 || r.height > 0 ? r.left : null;
};

const LEFT = /(?:^|;)\s*left\s*:\s*(-?\d+(?:\.\d+)?)px/i;
const TRANSLATE_X = /translate(?:3d|X)?\(\s*(-?\d+(?:\.\d+)?)px/i;

function declaredOwn(el: Element): number | null {
  const data = el.getAttribute('data-left');
  if (data !== null && data.trim() !== '' && Number.isFinite(Number(data))) return Number(data);
  const style = el.getAttribute('style');
  if (!style) return null;
  const left = LEFT.exec(style);
  const shift = TRANSLATE_X.exec(style);
  if (!left && !shift) return null;
  return (left ? Number(left[1]) : 0) + (shift ? Number(shift[1]) : 0);
}

/** An element's own declared left (`data-left`, inline `left` + `translate`), or null. */
export const declaredLeft = declaredOwn;

/**
 * Geometry without layout: the element's declared `data-left`, else its
 * inline `left:Npx` plus `translate…(Npx…)`, added up over its ancestors (as
 * absolutely positioned FixedDataTable boxes stack). Null when the element
 * itself declares nothing.
 */
export const declaredGeometry: Geometry = (el) => {
  const own = declaredOwn(el);
  if (own === null) return null;
  let left = own;
  for (let p = el.parentElement; p; p = p.parentElement) left += declaredOwn(p) ?? 0;
  return left;
};

/** A header column as the matcher sees it. */
export interface HeaderSlot {
  /** 0 = frozen group, 1 = scrolling group (as many as the page has). */
  group: number;
  /** Position inside its group. */
  index: number;
  left: number | null;
}

/** A rendered body cell as the matcher sees it. */
export interface CellSlot {
  group: number;
  index: number;
  /** How many cells its group rendered. */
  groupSize: number;
  left: number | null;
}

/**
 * The header column (index into `headers`) of each cell, or null. Each
 * header column is given to at most one cell.
 */
export function alignCells(headers: readonly HeaderSlot[], cells: readonly CellSlot[], tolerance = LEFT_TOLERANCE_PX): (number | null)[] {
  const groupSizes = new Map<number, number>();
  for (const h of headers) groupSizes.set(h.group, (groupSizes.get(h.group) ?? 0) + 1);
  const taken = new Set<number>();
  return cells.map((cell) => {
    const found = cell.left !== null ? byLeft(headers, cell, tolerance) : undefined;
    // undefined: geometry could not decide (no position on either side); null: it decided "no column".
    const column = found !== undefined ? found : byIndex(headers, cell, groupSizes);
    if (column === null || taken.has(column)) return null;
    taken.add(column);
    return column;
  });
}

function byLeft(headers: readonly HeaderSlot[], cell: CellSlot, tolerance: number): number | null | undefined {
  let best: number | null = null;
  let bestDelta = Infinity;
  let positioned = false;
  headers.forEach((h, i) => {
    if (h.group !== cell.group || h.left === null) return;
    positioned = true;
    const delta = Math.abs(h.left - cell.left!);
    if (delta <= tolerance && delta < bestDelta) {
      best = i;
      bestDelta = delta;
    }
  });
  return positioned ? best : undefined;
}

function byIndex(headers: readonly HeaderSlot[], cell: CellSlot, groupSizes: ReadonlyMap<number, number>): number | null {
  if (groupSizes.get(cell.group) !== cell.groupSize) return null;
  const i = headers.findIndex((h) => h.group === cell.group && h.index === cell.index);
  return i >= 0 ? i : null;
}
