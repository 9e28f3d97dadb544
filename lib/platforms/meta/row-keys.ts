/**
 * Meta row keys and cell keys (platform-dom.md §7.2).
 *
 * In order: the entity id of the row's cell keys (`…/table_row:<ID>unit/
 * table_cell:<key>`); a `selected_<level>_ids` parameter of the name link,
 * only when it names exactly one entity (2026 name links carry every
 * selected id, the same on every row); else the name and level, numbered
 * by occurrence (contract/occurrence.ts).
 */
import type { MetaLevel } from './selectors';

/** What a `data-surface` of a body cell says: the row's entity id and the cell's column key. */
export interface CellSurface {
  /** The entity id; `-1` is the footer (totals). */
  rowId: string;
  /** The column key, wrappers removed; null on the row's own wrapper. */
  key: string | null;
  /** `forObjectType(<key>,<TYPE>)`: the object the column describes (`CAMPAIGN_GROUP`…). */
  objectType: string | null;
}

// One scanner's fixture has `table_row:<ID>` without `unit` (§7.2).
const CELL_SURFACE = /\/table_row:(-?\d+)(?:unit)?(?:\/table_cell:(.+))?$/;

export function parseCellSurface(surface: string | null): CellSurface | null {
  const m = surface ? CELL_SURFACE.exec(surface) : null;
  if (!m) return null;
  const { key, objectType } = m[2] ? unwrapCellKey(m[2]) : { key: null, objectType: null };
  return { rowId: m[1]!, key, objectType };
}

/**
 * `forAttributionWindow(actions:omni_purchase,default)` → `actions:omni_purchase`;
 * `forObjectType(name,CAMPAIGN_GROUP)` → `name` of `CAMPAIGN_GROUP`. Any
 * `wrapper(inner,arguments…)` gives its innermost first argument.
 */
export function unwrapCellKey(raw: string): { key: string; objectType: string | null } {
  const key = /^(?:\w+\()*([^,()]*)/.exec(raw.trim())![1]!.trim();
  return { key, objectType: /^forObjectType\(.*,\s*([A-Z_]+)\)$/.exec(raw.trim())?.[1] ?? null };
}

/** The object type a level's rows are (Meta's internal names, §2.1). */
export const LEVEL_OBJECT_TYPE: Record<MetaLevel, string> = { campaigns: 'CAMPAIGN_GROUP', adsets: 'CAMPAIGN', ads: 'ADGROUP' };

/** Key prefix and name-link parameters per level (§2.1: `selected_*_ids`; `*_ids` the older form). */
export const ENTITY_PARAMS: Record<MetaLevel, { prefix: string; params: readonly string[] }> = {
  campaigns: { prefix: 'campaign', params: ['selected_campaign_ids', 'campaign_ids'] },
  adsets: { prefix: 'adset', params: ['selected_adset_ids', 'adset_ids'] },
  ads: { prefix: 'ad', params: ['selected_ad_ids', 'ad_ids'] },
};

export function idKey(level: MetaLevel, id: string): string {
  return `${ENTITY_PARAMS[level].prefix}:${id}`;
}

/**
 * The key a name link's href gives: the level's id parameter when it holds
 * exactly one id. A list (`1,2,3`) is the page's selection, not the row; so
 * is the very value of the page's own URL (2026 links repeat it on every row).
 */
export function linkKey(level: MetaLevel, href: string | null, page?: URL): string | null {
  if (!href) return null;
  const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
  for (const p of ENTITY_PARAMS[level].params) {
    const id = params.get(p)?.trim();
    if (id && /^\d+$/.test(id) && id !== page?.searchParams.get(p)?.trim()) return idKey(level, id);
  }
  return null;
}

/** The key of a row known only by its name (before its occurrence number). */
export function nameKey(level: MetaLevel | null, name: string): string {
  return `name:${level ?? 'unknown'}:${name}`;
}
