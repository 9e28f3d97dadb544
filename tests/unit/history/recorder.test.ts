import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecorder, flushOnLeave } from '../../../components/overlay/recorder';
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

  it('flush sends the pending read at once, and only once', () => {
    const sent: TableRead[] = [];
    const rec = createRecorder((r) => sent.push(r));
    rec.flush();
    expect(sent).toHaveLength(0);
    const base = read();
    rec.onRead(meta(base), base.rows, base.totals);
    vi.advanceTimersByTime(300);
    rec.flush();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.rows).toBe(base.rows);
    vi.advanceTimersByTime(5000);
    rec.flush();
    expect(sent).toHaveLength(1);
  });

  it('sends the pending table first when another one replaces it on the page (same table: no extra send)', () => {
    const sent: TableRead[] = [];
    const rec = createRecorder((r) => sent.push(r));
    const campaigns = read();
    const labelled = (n: number) => campaigns.totals.map((t) => ({ ...t, label: `Results from ${n} campaigns` }));
    rec.onRead(meta(campaigns), campaigns.rows, labelled(5));
    // The same table with another count in its filter label is the same table.
    rec.onRead(meta(campaigns), campaigns.rows, labelled(6));
    expect(sent).toHaveLength(0);
    const adGroups = read({ level: 'adgroups' });
    rec.onRead(meta(adGroups), adGroups.rows, adGroups.totals);
    expect(sent.map((r) => r.level)).toEqual(['campaigns']);
    vi.advanceTimersByTime(1000);
    expect(sent.map((r) => r.level)).toEqual(['campaigns', 'adgroups']);
  });

  it('gives the table that replaced another its own quiet time (the one sent first leaves no timer behind)', () => {
    const sent: TableRead[] = [];
    const rec = createRecorder((r) => sent.push(r));
    const campaigns = read();
    rec.onRead(meta(campaigns), campaigns.rows, campaigns.totals);
    vi.advanceTimersByTime(600);
    const adGroups = read({ level: 'adgroups' });
    rec.onRead(meta(adGroups), adGroups.rows, adGroups.totals);
    expect(sent.map((r) => r.level)).toEqual(['campaigns']);
    // Still settling: 400 ms after it came, where the first table's timer was due.
    vi.advanceTimersByTime(400);
    expect(sent.map((r) => r.level)).toEqual(['campaigns']);
    vi.advanceTimersByTime(600);
    expect(sent.map((r) => r.level)).toEqual(['campaigns', 'adgroups']);
  });

  it('flushes when the page is hidden or left, and stops listening when asked', () => {
    const sent: TableRead[] = [];
    const rec = createRecorder((r) => sent.push(r));
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible', defaultView: win }) as unknown as Document;
    const stop = flushOnLeave(doc, rec);
    const base = read();
    rec.onRead(meta(base), base.rows, base.totals);
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(sent).toHaveLength(0);
    (doc as { visibilityState: string }).visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(sent).toHaveLength(1);
    rec.onRead(meta(base), base.rows, base.totals);
    win.dispatchEvent(new Event('pagehide'));
    expect(sent).toHaveLength(2);
    stop();
    rec.onRead(meta(base), base.rows, base.totals);
    win.dispatchEvent(new Event('pagehide'));
    expect(sent).toHaveLength(2);
  });
});
