import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecorder } from '../../../components/overlay/recorder';
import type { TableRead } from '../../../lib/history';
import { read } from './helpers';

beforeEach(() => vi.useFakeTimers({ now: new Date('2025-12-20T10:00:00Z') }));
afterEach(() => vi.useRealTimers());

const meta = (r: TableRead) => ({ ...r, state: 'ready' as const, locale: 'en', periodText: null });

describe('content-side recorder', () => {
  it('sends a table that re-renders 50 times once, with its latest read', () => {
    const sent: TableRead[] = [];
    const rec = createRecorder((r) => sent.push(r));
    const base = read();
    for (let i = 0; i < 50; i++) {
      rec.onRead(
        meta(base),
        base.rows.map((r) => ({ ...r, spend: i })),
        base.totals,
      );
      vi.advanceTimersByTime(40);
    }
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.rows[0]!.spend).toBe(49);
    expect(sent[0]!.capturedAt).toMatch(/^2025-12-20T10:00:0/);
  });

  it('sends within 3 s even while the table keeps changing', () => {
    const sent: TableRead[] = [];
    const rec = createRecorder((r) => sent.push(r));
    const base = read();
    let elapsed = 0;
    while (sent.length === 0 && elapsed < 10_000) {
      rec.onRead(meta(base), base.rows, base.totals);
      vi.advanceTimersByTime(200);
      elapsed += 200;
    }
    expect(sent).toHaveLength(1);
    expect(elapsed).toBeLessThanOrEqual(3000);
  });

  it('sends nothing after stop', () => {
    const send = vi.fn();
    const rec = createRecorder(send);
    const base = read();
    rec.onRead(meta(base), base.rows, base.totals);
    rec.stop();
    vi.advanceTimersByTime(5000);
    expect(send).not.toHaveBeenCalled();
  });
});
