/**
 * Which repairs change a figure. The repair keeps the extension usable, but
 * a figure computed from a repaired margin or without a dropped cost is a
 * wrong figure that looks right: a profile with such a repair shows no
 * number until the user fixes the entry. Repairs that keep the meaning
 * (text read as a number, a blank label, an unknown display value) do not
 * block anything.
 */
import { readDetailed, type DetailedRead } from './read';
import type { Repair } from './report';
import { isPlainObject } from './report';
import type { Settings } from './schema';

export type UnreadableProblem = 'negative' | 'tooLarge' | 'unknownKind' | 'unknownField' | 'unreadable';

export type UnreadableWhat =
  | { kind: 'settings' }
  | { kind: 'profiles' }
  | { kind: 'profile'; name: string | null; number: number }
  | { kind: 'costs' }
  /** One cost; `field` is the field that could not be read, null for the cost as a whole. */
  | { kind: 'cost'; label: string | null; number: number; costKind: string | null; field: string | null }
  | { kind: 'margin' }
  | { kind: 'marginRule'; number: number }
  /** A field of a profile (currency, vatIncluded…) or of the settings (targetRoi…). */
  | { kind: 'setting'; field: string };

export interface Unreadable {
  /** The profile whose figures it would change; null: every profile's. */
  profileId: string | null;
  /** Where, in the stored settings (`profiles[0].costs[2].amount`): what the options page points at. */
  path: string;
  what: UnreadableWhat;
  problem: UnreadableProblem;
}

export interface StoredSettings {
  settings: Settings;
  /** False until settings exist in storage (whoever wrote them): every figure then rests on defaults. */
  stored: boolean;
  /** What could not be read and would change a figure; empty when nothing blocks. */
  unreadable: Unreadable[];
}

/** Fields of a profile that no figure depends on. */
const HARMLESS_PROFILE_FIELDS = new Set(['id', 'name']);
/** Settings fields every profile's figures depend on (the target colours badges and sets the target ROAS). */
const GLOBAL_FIGURE_FIELDS = new Set(['targetRoi', 'defaultProfile']);

const tokens = (path: string): string[] => path.match(/[^.[\]]+/g) ?? [];

function at(root: unknown, ...keys: (string | number)[]): unknown {
  let v = root;
  for (const k of keys) {
    if (Array.isArray(v) && typeof k === 'number') v = v[k];
    else if (isPlainObject(v) && typeof k === 'string') v = v[k];
    else return undefined;
  }
  return v;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function problemOf(r: Repair): UnreadableProblem {
  if (r.problem === 'unknown field') return 'unknownField';
  if (/^unknown kind/.test(r.problem)) return 'unknownKind';
  if (typeof r.before === 'number' && r.before < 0) return 'negative';
  const max = /^must be (?:at most|less than|between \S+ and) (\S+)$/.exec(r.problem)?.[1];
  if (typeof r.before === 'number' && max !== undefined && r.before > Number(max)) return 'tooLarge';
  return 'unreadable';
}

function inProfile(r: Repair, t: string[], d: DetailedRead): Unreadable | null {
  const index = Number(t[1]);
  const profileId = d.origins.get(index) ?? null;
  const field = t[2] ?? '';
  const problem = problemOf(r);
  const path = r.path;
  // An entry this version does not know, in a file from a newer version,
  // may well be a cost or a factor of the margin.
  if (problem === 'unknownField') return d.newer ? { profileId, path, what: whatIn(t, d, index, field), problem } : null;
  if (HARMLESS_PROFILE_FIELDS.has(field)) return null;
  if (field === 'accounts') {
    // A dropped account moves its pages to the default profile: every profile's figures may change.
    return /^account already listed/.test(r.problem) ? null : { profileId: null, path, what: { kind: 'setting', field }, problem };
  }
  // A missing lead value or lifetime view means "none": no figure rests on it.
  if ((field === 'leadValue' || field === 'lifetime') && r.action === 'added') return null;
  if (field === 'costs' && t[4] === 'label') return null;
  return { profileId, path, what: whatIn(t, d, index, field), problem };
}

function whatIn(t: string[], d: DetailedRead, index: number, field: string): UnreadableWhat {
  if (field === '' || field === undefined) return { kind: 'profile', name: text(at(d.raw, 'profiles', index, 'name')), number: index + 1 };
  if (field === 'margin') return t[3] === 'rules' && t[4] !== undefined ? { kind: 'marginRule', number: Number(t[4]) + 1 } : { kind: 'margin' };
  if (field === 'costs') {
    if (t[3] === undefined) return { kind: 'costs' };
    const j = Number(t[3]);
    const cost = at(d.raw, 'profiles', index, 'costs', j);
    return { kind: 'cost', label: text(at(cost, 'label')), number: j + 1, costKind: text(at(cost, 'kind')), field: t[4] ?? null };
  }
  return { kind: 'setting', field };
}

function classify(r: Repair, d: DetailedRead): Unreadable | null {
  // Read with its meaning kept: text holding a number, a canonical form, a migration.
  if (r.action === 'converted') return null;
  const t = tokens(r.path);
  if (t.length === 0) return { profileId: null, path: '', what: { kind: 'settings' }, problem: 'unreadable' };
  if (t[0] === 'profiles') {
    if (t.length === 1) return { profileId: null, path: r.path, what: { kind: 'profiles' }, problem: 'unreadable' };
    // A whole profile dropped: its accounts' pages fall back to another profile.
    if (t.length === 2) return { profileId: null, path: r.path, what: whatIn(t, d, Number(t[1]), ''), problem: 'unreadable' };
    return inProfile(r, t, d);
  }
  if (t.length === 1 && GLOBAL_FIGURE_FIELDS.has(t[0]!)) {
    return { profileId: null, path: r.path, what: { kind: 'setting', field: t[0]! }, problem: problemOf(r) };
  }
  return null;
}

/** The repairs of a read that change a figure. */
export function unreadableOf(d: DetailedRead): Unreadable[] {
  return d.repairs.flatMap((r) => classify(r, d) ?? []);
}

/** Reads the stored value without writing anything back. */
export function readStored(raw: unknown): StoredSettings {
  if (raw === undefined) return { settings: readDetailed(undefined).settings, stored: false, unreadable: [] };
  const d = readDetailed(raw);
  return { settings: d.settings, stored: true, unreadable: unreadableOf(d) };
}
