/**
 * Debounces the overlay's reads into history records: a table that
 * re-renders 50 times is sent once, after it has been quiet for `quietMs`,
 * and a table that keeps changing is still sent within `maxMs` of its first
 * change. Only a reference is kept per pass; the copy and the message happen
 * in the timer, off the overlay's pass. Completeness is judged by the
 * background (lib/history/snapshot), which keeps this script small.
 */
import type { TableRead } from '../../lib/history/snapshot';
import type { TableContext } from '../../lib/platforms/contract/adapter';
import type { ExtractedRow, ExtractedTotals } from '../../lib/platforms/contract/types';

export interface Recorder {
  onRead(meta: TableContext['meta'], rows: readonly ExtractedRow[], totals: readonly ExtractedTotals[]): void;
  stop(): void;
}

export function createRecorder(send: (read: TableRead) => void, quietMs = 1000, maxMs = 3000): Recorder {
  let latest: TableRead | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = 0;
  const fire = () => {
    timer = undefined;
    if (latest) send({ ...latest, capturedAt: new Date().toISOString() });
    latest = null;
  };
  return {
    onRead(m, rows, totals) {
      // The meta's other fields (locale, date text) travel along and are ignored.
      latest = { ...m, rows, totals, capturedAt: '' };
      const now = Date.now();
      if (timer === undefined) due = now + maxMs;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.min(quietMs, due - now));
    },
    stop: () => clearTimeout(timer),
  };
}
