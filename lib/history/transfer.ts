/**
 * The history file a user exports and imports. Strict: one bad entry and the
 * whole file is refused, so an import never half-happens; nothing stored is
 * touched until the caller writes the plan. Entries merge by identity key:
 * the later capture of the same table wins.
 */
import { isPlainObject } from '../settings/report';
import { readEntry } from './migrations';
import { SNAPSHOT_VERSION, type HistoryEntry } from './types';

export const HISTORY_FILE_KIND = 'real-roi-history';
/** Two years of weekly 500-row tables are about 8 MB of JSON; this leaves room for several accounts. */
export const MAX_HISTORY_FILE_BYTES = 100 * 1024 * 1024;

export interface HistoryFile {
  kind: typeof HISTORY_FILE_KIND;
  version: number;
  exportedAt: string;
  entries: HistoryEntry[];
}

export function exportHistory(entries: readonly HistoryEntry[], now: Date): HistoryFile {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { kind: HISTORY_FILE_KIND, version: SNAPSHOT_VERSION, exportedAt: now.toISOString(), entries: sorted };
}

/**
 * Why a file is refused, for the page to say in the user's language with what
 * to do instead; `problems` keeps the technical detail (English, field paths).
 * `settingsFile`: the options page's export, an easy file to pick by mistake.
 */
export type HistoryFileRefusal = 'tooLarge' | 'notJson' | 'settingsFile' | 'notHistory' | 'newer' | 'badEntry';
export type ParsedHistoryFile = { ok: true; entries: HistoryEntry[] } | { ok: false; reason: HistoryFileRefusal; problems: string[] };

const refuse = (reason: HistoryFileRefusal, problems: string[]): ParsedHistoryFile => ({ ok: false, reason, problems });

/** A file's text → its entries, all valid, or the reasons it is refused. */
export function parseHistoryFile(text: string): ParsedHistoryFile {
  if (text.length > MAX_HISTORY_FILE_BYTES) return refuse('tooLarge', ['file: too large']);
  let raw: unknown;
  try {
    // An editor may have saved it with a byte-order mark, as the settings import allows.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return refuse('notJson', ['file: not JSON']);
  }
  if (isPlainObject(raw) && raw['kind'] !== HISTORY_FILE_KIND && 'profiles' in raw) return refuse('settingsFile', ['file: a settings file']);
  if (!isPlainObject(raw) || raw['kind'] !== HISTORY_FILE_KIND) return refuse('notHistory', ['file: not a Real ROI history file']);
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('notHistory', ['version: must be a whole number from 1']);
  if (version > SNAPSHOT_VERSION) return refuse('newer', [`version: made by a newer version (${version}) of the extension`]);
  const list = raw['entries'];
  if (!Array.isArray(list)) return refuse('notHistory', ['entries: must be a list']);
  const entries: HistoryEntry[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    // An entry without its own `v` is at the file's version.
    const item = isPlainObject(list[i]) && !('v' in list[i]) ? { ...list[i], v: version } : list[i];
    const read = readEntry(item);
    if (!read.ok)
      return refuse(
        'badEntry',
        read.problems.map((p) => `entries.${i}.${p}`),
      );
    if (seen.has(read.entry.id)) return refuse('badEntry', [`entries.${i}: the same table twice (${read.entry.id})`]);
    seen.add(read.entry.id);
    entries.push(read.entry);
  }
  return { ok: true, entries };
}

export interface MergePlan {
  /** Entries to write (new ones, and later captures of stored tables). */
  put: HistoryEntry[];
  added: number;
  replaced: number;
  /** Stored captures that are as recent or more recent than the file's: kept. */
  kept: number;
}

/** What importing `incoming` over `stored` writes: never deletes, later capture wins. */
export function planMerge(stored: ReadonlyMap<string, Pick<HistoryEntry, 'capturedAt'>>, incoming: readonly HistoryEntry[]): MergePlan {
  const plan: MergePlan = { put: [], added: 0, replaced: 0, kept: 0 };
  for (const entry of incoming) {
    const current = stored.get(entry.id);
    if (!current) {
      plan.put.push(entry);
      plan.added++;
    } else if (Date.parse(entry.capturedAt) > Date.parse(current.capturedAt)) {
      plan.put.push(entry);
      plan.replaced++;
    } else {
      plan.kept++;
    }
  }
  return plan;
}
