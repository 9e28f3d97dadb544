/**
 * The history of the tables the user looked at, on the device only.
 *
 * Data flow: the content script sends a `TableRead` after a pass
 * (RECORD_TABLE_MESSAGE); the background turns a complete read into a
 * snapshot (`buildSnapshot`) and stores it (`openHistory().put`), which
 * replaces an earlier snapshot of the same table (`entryId`). Pages read
 * `openHistory().all()` (validated, migrated in memory) and compute every
 * figure with `recompute` from the inputs and today's settings: nothing
 * computed is ever stored.
 *
 * For comparisons built on top (same period last year, drift, channels):
 * work on `HistoryEntry` + `recompute(entry, settings).totals`; never add
 * two entries' figures together unless their periods are disjoint and of
 * the same platform and currency.
 */
export type { HistoryEntry, Snapshot, SnapshotRow, SnapshotTotals } from './types';
export { SNAPSHOT_VERSION } from './types';
export { accountKey, entryId, normaliseFilter } from './key';
export { DEFAULT_RETENTION_MONTHS, SETTLING_DAYS, dayOf, isExpired, isSettling, retentionCutoff } from './policy';
export type { Incomplete, TableRead } from './snapshot';
export { buildSnapshot, incompleteBecause } from './snapshot';
export type { EntryMigration, EntryRead } from './migrations';
export { ENTRY_MIGRATIONS, liftEntry, readEntry } from './migrations';
export { HistoryEntrySchema } from './schema';
export type { HistoryFile, MergePlan, ParsedHistoryFile } from './transfer';
export { HISTORY_FILE_KIND, MAX_HISTORY_FILE_BYTES, exportHistory, parseHistoryFile, planMerge } from './transfer';
export type { HistoryFileRefusal } from './transfer';
export type { PeriodFigures, Recomputed } from './recompute';
export { recompute } from './recompute';
export type { CampaignSeries } from './progress';
export {
  MIN_BASELINE_DAYS,
  TARGET_AFTER_DAYS,
  baselineCandidates,
  byPeriod,
  campaignSeries,
  chooseBaseline,
  defaultTargetDate,
  periodDays,
} from './progress';
export type { HistoryRead, HistoryStore } from './db';
export { DB_NAME, DB_VERSION, openHistory } from './db';
export { HISTORY_CHANGED_MESSAGE, RECORD_TABLE_MESSAGE } from '../messages';
export type { HistoryPrefs } from './prefs';
export { historyPrefs } from './prefs';
export type { HistoryRecorderDeps, RecordOutcome } from './record';
export { createHistoryRecorder } from './record';
