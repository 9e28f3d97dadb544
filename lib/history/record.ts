/**
 * The background's side of recording: a table read from a content script
 * becomes a stored snapshot when the user lets the extension remember
 * tables and the read is complete. The read is checked again with the
 * schema, since a content script runs in a page the extension does not own.
 */
import type { Settings } from '../settings/schema';
import type { HistoryStore } from './db';
import { readEntry } from './migrations';
import { historyPrefs } from './prefs';
import { buildSnapshot, incompleteBecause, type Incomplete, type TableRead } from './snapshot';

export type RecordOutcome = 'recorded' | 'off' | 'invalid' | Incomplete;

export interface HistoryRecorderDeps {
  store(): Promise<HistoryStore>;
  settings(): Promise<Settings>;
  now?: () => Date;
}

export function createHistoryRecorder(deps: HistoryRecorderDeps) {
  // One write at a time: two tabs recording at once must not interleave a prune with a put.
  let queue: Promise<unknown> = Promise.resolve();
  async function record(read: TableRead): Promise<RecordOutcome> {
    const prefs = historyPrefs(await deps.settings());
    if (!prefs.record) return 'off';
    const missing = incompleteBecause(read);
    if (missing) return missing;
    const checked = readEntry(buildSnapshot(read));
    if (!checked.ok) return 'invalid';
    const store = await deps.store();
    await store.put(checked.entry);
    await store.prune((deps.now ?? (() => new Date()))(), prefs.retentionMonths);
    return 'recorded';
  }
  return {
    record(read: TableRead): Promise<RecordOutcome> {
      const next = queue.then(() => record(read));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
