/**
 * Field-level three-way merge, for settings changed elsewhere (another
 * options tab, another browser through sync) while the user has unsaved
 * edits. Each field takes whichever side changed it; when both changed the
 * same field, the local edit wins and the field is reported.
 */
import { sameJson } from './same-json';

export interface MergeResult<T> {
  value: T;
  /** Paths (dot-joined) where both sides changed the same field differently. */
  conflicts: string[];
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function idOf(v: Json): string | null {
  return isObject(v) && typeof v['id'] === 'string' ? v['id'] : null;
}

/** Lists whose items all carry distinct ids (profiles, costs made here) merge item by item. */
function keyed(list: Json[]): Map<string, Json> | null {
  const map = new Map<string, Json>();
  for (const item of list) {
    const id = idOf(item);
    if (id === null || map.has(id)) return null;
    map.set(id, item);
  }
  return map;
}

function mergeKeyedLists(
  base: Map<string, Json>,
  ours: Json[],
  oursById: Map<string, Json>,
  theirs: Json[],
  theirsById: Map<string, Json>,
  path: string,
  conflicts: string[],
): Json[] {
  const out: Json[] = [];
  for (const item of ours) {
    const id = idOf(item)!;
    const was = base.get(id);
    if (!theirsById.has(id) && was !== undefined) {
      // Removed elsewhere: keep it only if it was edited here.
      if (sameJson(item, was)) continue;
      conflicts.push(`${path}.${id}`);
      out.push(item);
      continue;
    }
    out.push(was === undefined || !theirsById.has(id) ? item : mergeAt(was, item, theirsById.get(id), `${path}.${id}`, conflicts));
  }
  for (const item of theirs) {
    const id = idOf(item)!;
    // New elsewhere (not removed here): appended after ours, in their order.
    if (!oursById.has(id) && !base.has(id)) out.push(item);
  }
  return out;
}

function mergeAt(base: Json, ours: Json, theirs: Json, path: string, conflicts: string[]): Json {
  if (sameJson(ours, theirs)) return ours;
  if (sameJson(ours, base)) return theirs;
  if (sameJson(theirs, base)) return ours;
  if (isObject(base) && isObject(ours) && isObject(theirs)) {
    const out: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
      const value = mergeAt(base[key], ours[key], theirs[key], path ? `${path}.${key}` : key, conflicts);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(ours) && Array.isArray(theirs)) {
    const b = keyed(base);
    const o = keyed(ours);
    const t = keyed(theirs);
    if (b && o && t) return mergeKeyedLists(b, ours, o, theirs, t, path, conflicts);
    if (base.length === ours.length && base.length === theirs.length) {
      return ours.map((item, i) => mergeAt(base[i], item, theirs[i], `${path}.${i}`, conflicts));
    }
  }
  conflicts.push(path);
  return ours;
}

export function mergeThreeWay<T>(base: T, ours: T, theirs: T): MergeResult<T> {
  const conflicts: string[] = [];
  const value = mergeAt(base, ours, theirs, '', conflicts) as T;
  return { value, conflicts };
}
