/**
 * Debounces the overlay's reads into history records: a table that
 * re-renders 50 times is sent once, after it has been quiet for `quietMs`,
 * and a table that keeps changing is still sent within `maxMs` of its first
 * change. Only a reference is kept per pass; the copy and the message happen
 * in the timer, off the overlay's pass. Completeness is judged by the
 * background (lib/history/snapshot), which keeps this script small.
 * What is pending is sent at once when the page goes away (a tab closed or
 * navigated within the quiet time would lose it) and when another table
 * replaces it on the page (a single-page navigation to another level or
 * period): only reads the overlay handed over, never a guess.
 */
import { normaliseFilter } from '../../lib/history/key';
import type { TableRead } from '../../lib/history/snapshot';
import { primaryTotals } from '../../lib/overlay/view-model';
import type { TableContext } from '../../lib/platforms/contract/adapter';
import type { ExtractedRow, ExtractedTotals } from '../../lib/platforms/contract/types';

export interface Recorder {
  onRead(meta: TableContext['meta'], rows: readonly ExtractedRow[], totals: readonly ExtractedTotals[]): void;
  /** Send the pending read now, if any. */
  flush(): void;
  stop(): void;
}

/** The table a read is of, as the history identifies it (a count in the filter label is the same table). */
const tableOf = (r: TableRead) => JSON.stringify([r.platform, r.accountId, r.level, r.period, normaliseFilter(primaryTotals(r.totals)?.label)]);

export function createRecorder(send: (read: TableRead) => void, quietMs = 1000, maxMs = 3000): Recorder {
  let latest: TableRead | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = 0;
  const fire = () => {
    // Also when called before its time (another table, a flush): a timer left running would send the next table early.
    clearTimeout(timer);
    timer = undefined;
    if (latest) send({ ...latest, capturedAt: new Date().toISOString() });
    latest = null;
  };
  return {
    onRead(m, rows, totals) {
      // The meta's other fields (locale, date text) travel along and are ignored.
      const next: TableRead = { ...m, rows, totals, capturedAt: '' };
      if (latest && tableOf(latest) !== tableOf(next)) fire();
      latest = next;
      const now = Date.now();
      if (timer === undefined) due = now + maxMs;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.min(quietMs, due - now));
    },
    flush: () => fire(),
    stop: () => clearTimeout(timer),
  };
}

/**
 * Flush when the page is hidden or torn down: `pagehide` on close and
 * navigation (and the back-forward cache), `visibilitychange` to hidden,
 * which on mobile and on tab discard is the last event there is. Returns
 * the function that stops listening.
 */
export function flushOnLeave(doc: Document, recorder: Recorder): () => void {
  const win = doc.defaultView;
  const hidden = () => {
    if (doc.visibilityState === 'hidden') recorder.flush();
  };
  const leave = () => recorder.flush();
  doc.addEventListener('visibilitychange', hidden);
  win?.addEventListener('pagehide', leave);
  return () => {
    doc.removeEventListener('visibilitychange', hidden);
    win?.removeEventListener('pagehide', leave);
  };
}
