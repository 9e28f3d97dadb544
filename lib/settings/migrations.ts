/**
 * Stored and exported settings carry a `version`. Each migration lifts raw
 * data one version up; `migrate` chains them. Migrations work on raw data,
 * before validation, because an old file is by definition not valid today.
 *
 * To add a version: bump CURRENT_VERSION, append `{ from: N - 1, up }` to
 * MIGRATIONS, and commit a settings file of the old version under
 * tests/fixtures/settings/ (one golden file per past version) that the
 * migration tests read.
 *
 * Migrations run in memory on every read; storage is rewritten only when
 * the user saves.
 */
import type { Repair } from './report';
import { isPlainObject } from './report';

export const CURRENT_VERSION = 2;

export type RawSettings = Record<string, unknown>;

export interface Migration {
  /** The version this migration reads; it produces `from + 1`. */
  from: number;
  up(raw: RawSettings): RawSettings;
}

/**
 * 1 → 2: profiles gain `lifetime` (null: no lifetime view, as before) and the
 * settings gain `badgeRoi` (first-order, what v1 badges showed),
 * `rememberTables` (on) and `historyMonths` (25). Anything
 * else is left for the repair to judge: a migration only adds what the old
 * version could not have had.
 */
const v1ToV2: Migration = {
  from: 1,
  up(raw) {
    const profiles = Array.isArray(raw['profiles'])
      ? raw['profiles'].map((p: unknown) => (isPlainObject(p) && !Object.hasOwn(p, 'lifetime') ? { ...p, lifetime: null } : p))
      : raw['profiles'];
    const next: RawSettings = { ...raw, profiles };
    if (!Object.hasOwn(raw, 'badgeRoi')) next['badgeRoi'] = 'firstOrder';
    // The history arrives with version 2: on, keeping 25 months, and said so in the first set-up.
    if (!Object.hasOwn(raw, 'rememberTables')) next['rememberTables'] = true;
    if (!Object.hasOwn(raw, 'historyMonths')) next['historyMonths'] = 25;
    if (!Object.hasOwn(raw, 'profiles')) delete next['profiles'];
    return next;
  },
};

export const MIGRATIONS: readonly Migration[] = [v1ToV2];

export interface MigrationResult {
  data: RawSettings;
  repairs: Repair[];
  /** True when the data came from a newer extension: unknown fields will be lost. */
  newer: boolean;
}

function readVersion(raw: unknown, repairs: Repair[]): number {
  if (raw === undefined) {
    // Before versions existed there was only the first shape.
    repairs.push({ path: 'version', problem: 'missing; read as version 1', action: 'added' });
    return 1;
  }
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1) {
    if (n !== raw) repairs.push({ path: 'version', problem: 'was text', action: 'converted', before: raw });
    return n;
  }
  repairs.push({ path: 'version', problem: 'must be a whole number from 1; read as version 1', action: 'reset-to-default', before: raw });
  return 1;
}

/** Raw settings of any version → raw settings at `current`. Never throws. */
export function migrate(raw: RawSettings, migrations: readonly Migration[] = MIGRATIONS, current: number = CURRENT_VERSION): MigrationResult {
  const repairs: Repair[] = [];
  let version = readVersion(raw['version'], repairs);
  if (version > current) {
    repairs.push({
      path: 'version',
      problem: `newer version (${version}) than this extension understands (${current}); kept the fields it knows`,
      action: 'converted',
      before: version,
    });
    return { data: { ...raw, version: current }, repairs, newer: true };
  }
  let data: RawSettings = raw;
  while (version < current) {
    const step = migrations.find((m) => m.from === version);
    if (!step) {
      // A gap is a bug in this file; reading on as the current shape keeps
      // whatever fields still fit instead of discarding the user's data.
      repairs.push({ path: 'version', problem: `no migration from version ${version}`, action: 'converted', before: version });
      break;
    }
    try {
      const next = step.up(data);
      if (!isPlainObject(next)) throw new Error('migration returned no object');
      data = next;
      repairs.push({ path: 'version', problem: `migrated from version ${version}`, action: 'converted', before: version });
    } catch (error) {
      repairs.push({ path: 'version', problem: `migration from version ${version} failed: ${String(error)}`, action: 'converted', before: version });
      break;
    }
    version += 1;
  }
  return { data: { ...data, version: current }, repairs, newer: false };
}
