/**
 * Cells that name their own column (§7.2): where Ads Manager wraps each cell
 * in `span[data-surface=".../table_row:<ID>unit/table_cell:<key>"]`, the key
 * gives the column with no geometry, even when horizontal virtualization has
 * dropped other cells of the row.
 */
import { columnRole } from './columns';
import type { MetaContext } from './context';
import { LEVEL_OBJECT_TYPE, parseCellSurface } from './row-keys';
import { META_SELECTORS as S } from './selectors';

/** Header index of a cell key: the header with that key, else the first header of its role. */
function headerFor(ctx: MetaContext, key: string): number | undefined {
  const exact = ctx.headers.findIndex((h) => h.key === key);
  if (exact >= 0) return exact;
  const role = columnRole(key, '');
  return role ? ctx.roleIndex[role] : undefined;
}

/** Keyed cells of a row by header index; empty when the row carries no cell keys. */
export function keyedCells(ctx: MetaContext, row: Element): Map<number, Element> {
  const out = new Map<number, Element>();
  for (const wrapper of Array.from(row.querySelectorAll(S.cellSurface))) {
    const surface = parseCellSurface(wrapper.getAttribute('data-surface'));
    if (!surface?.key) continue;
    // `forObjectType(name,CAMPAIGN_GROUP)` on the ad sets level is the campaign's name, not the row's.
    if (surface.objectType && (!ctx.level || surface.objectType !== LEVEL_OBJECT_TYPE[ctx.level])) continue;
    const i = headerFor(ctx, surface.key);
    if (i !== undefined && !out.has(i)) out.set(i, wrapper.querySelector(S.cell) ?? wrapper);
  }
  return out;
}

/** The entity id the row's cell keys carry (`-1`: the footer), or null. */
export function keyedRowId(row: Element): string | null {
  return parseCellSurface(row.querySelector(S.cellSurface)?.getAttribute('data-surface') ?? null)?.rowId ?? null;
}
