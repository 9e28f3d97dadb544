/**
 * Two versions, two kinds of migration:
 * - the IndexedDB schema (DB_VERSION: stores and indexes), upgraded by the
 *   steps in db.ts when the database is opened;
 * - the snapshot format (`v` in each record and in export files), lifted in
 *   memory on read by the steps below. Reading never rewrites storage: a
 *   record is rewritten only when the same table is recorded again.
 *
 * To add snapshot version 2: bump SNAPSHOT_VERSION (types.ts), append
 * `{ from: 1, up }` here, keep a v1 record in the tests and assert it reads.
 */
import { isPlainObject } from '../settings/report';
import { HistoryEntrySchema, problemsOf } from './schema';
import { SNAPSHOT_VERSION, type HistoryEntry } from './types';

export interface EntryMigration {
  /** The version this step reads; it produces `from + 1`. */
  from: number;
  up(raw: Record<string, unknown>): Record<string, unknown>;
}

export const ENTRY_MIGRATIONS: readonly EntryMigration[] = [];

export type EntryRead = { ok: true; entry: HistoryEntry } | { ok: false; problems: string[] };
type Lifted = { ok: true; data: Record<string, unknown> } | { ok: false; problems: string[] };

/** Raw data of any known version → raw data at `current`, or why not. Never throws; no validation. */
export function liftEntry(raw: unknown, migrations: readonly EntryMigration[] = ENTRY_MIGRATIONS, current: number = SNAPSHOT_VERSION): Lifted {
  if (!isPlainObject(raw)) return { ok: false, problems: ['(entry): not an object'] };
  let data = raw as Record<string, unknown>;
  let version = data['v'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: ['v: must be a whole number from 1'] };
  }
  if (version > current) return { ok: false, problems: [`v: made by a newer version (${version}) of the extension`] };
  while (version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, problems: [`v: no migration from version ${version}`] };
    try {
      data = { ...step.up(data), v: version + 1 };
    } catch (error) {
      return { ok: false, problems: [`v: migration from version ${version} failed: ${String(error)}`] };
    }
    version += 1;
  }
  return { ok: true, data };
}

/** Raw stored or imported data → a valid entry at the current version, or why not. Never throws. */
export function readEntry(raw: unknown): EntryRead {
  const lifted = liftEntry(raw);
  if (!lifted.ok) return lifted;
  const parsed = HistoryEntrySchema.safeParse(lifted.data);
  return parsed.success ? { ok: true, entry: parsed.data as HistoryEntry } : { ok: false, problems: problemsOf(parsed.error) };
}
