import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecorder } from '../../components/overlay/recorder';
import { createHistoryRecorder, openHistory } from '../../lib/history';
import { buildSnapshot, incompleteBecause, type TableRead } from '../../lib/history';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { metaAdapter } from '../../lib/platforms/meta';
import type { TableAdapter, TableContext } from '../../lib/platforms/contract/adapter';
import { defaultSettings } from '../../lib/settings';
import type { Overlay } from '../../components/overlay/controller';
import type { ExtractedRow, ExtractedTotals } from '../../lib/platforms/contract/types';
import { loadFixture } from './load-fixture';
import { overlayOn, stopOverlays } from './overlay-start';

let overlay: Overlay | null = null;
afterEach(stopOverlays);

function reads(rel: string, adapter: TableAdapter<TableContext> = googleAdsAdapter as never): TableRead[] {
  const seen: TableRead[] = [];
  overlay = overlayOn(loadFixture(rel), {
    adapter,
    onRead: (meta, rows, totals) => seen.push({ ...meta, rows, totals, capturedAt: '2026-01-10T00:00:00.000Z' }),
  });
  overlay.setSettings(defaultSettings());
  overlay.flush();
  return seen;
}

describe('the overlay hands its reads to the history', () => {
  it('a complete table becomes a snapshot of what the badges were computed from', () => {
    const seen = reads('google-ads/campaigns_en_usd.html');
    expect(seen).toHaveLength(1);
    const entry = buildSnapshot(seen[0]!)!;
    expect(entry).not.toBeNull();
    const model = overlay!.lastModel()!;
    expect(entry.rows.map((r) => r.key)).toEqual(model.rows.map((r) => r.key));
    expect(entry.totals.length).toBeGreaterThan(0);
  });

  it('a table with a cell still loading is handed over but not complete', () => {
    const seen = reads('meta/loading_cells_en.html', metaAdapter as never);
    expect(seen.length).toBeGreaterThan(0);
    for (const r of seen) expect(incompleteBecause(r)).toBe('pending');
  });

  it('a tab closed right after the table settled keeps it; one still loading records nothing', async () => {
    const store = await openHistory('recording-flush');
    const background = createHistoryRecorder({ store: async () => store, settings: async () => defaultSettings() });
    const outcomes: Promise<string>[] = [];
    for (const [rel, adapter] of [
      ['google-ads/campaigns_en_usd.html', googleAdsAdapter],
      ['meta/loading_cells_en.html', metaAdapter],
    ] as const) {
      const recorder = createRecorder((r) => outcomes.push(background.record(r)));
      const seen = reads(rel, adapter as never);
      for (const r of seen)
        recorder.onRead({ ...r, state: 'ready', locale: 'en', periodText: null } as never, r.rows as ExtractedRow[], r.totals as ExtractedTotals[]);
      // The page goes away well within the quiet time: what is pending goes now, and the background judges it.
      recorder.flush();
      recorder.stop();
    }
    expect(await Promise.all(outcomes)).toEqual(['recorded', 'pending']);
    const { entries } = await store.all();
    expect(entries.map((e) => e.platform)).toEqual(['google-ads']);
    store.close();
  });
});
