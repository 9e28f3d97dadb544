import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHistoryRecorder, openHistory } from '../../../lib/history';
import { defaultSettings, type Settings } from '../../../lib/settings';
import { read } from './helpers';

let n = 0;
async function setup(settings: Settings = defaultSettings()) {
  const store = await openHistory(`record-${++n}`);
  const recorder = createHistoryRecorder({ store: async () => store, settings: async () => settings, now: () => new Date('2026-01-10T00:00:00Z') });
  return { store, recorder };
}

describe('background recorder', () => {
  it('stores complete reads, one entry per table', async () => {
    const { store, recorder } = await setup();
    expect(await recorder.record(read())).toBe('recorded');
    expect(await recorder.record(read({ capturedAt: '2025-12-21T10:00:00.000Z' }))).toBe('recorded');
    expect(await recorder.record(read({ platform: 'meta', accountId: '1234567890', level: 'adsets' }))).toBe('recorded');
    const { entries } = await store.all();
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.platform === 'google-ads')!.capturedAt).toBe('2025-12-21T10:00:00.000Z');
    store.close();
  });

  it('records nothing incomplete, malformed, or when the user turned remembering off', async () => {
    const { store, recorder } = await setup();
    expect(await recorder.record(read({ period: null }))).toBe('period');
    expect(await recorder.record(read({ currency: 'euros' }))).toBe('invalid');
    const off = await setup({ ...defaultSettings(), rememberTables: false });
    expect(await off.recorder.record(read())).toBe('off');
    expect((await store.all()).entries).toEqual([]);
    expect((await off.store.all()).entries).toEqual([]);
    store.close();
    off.store.close();
  });

  it('prunes what the retention no longer keeps when it writes', async () => {
    const { store, recorder } = await setup({ ...defaultSettings(), historyMonths: 1 });
    await recorder.record(read({ period: { start: '2025-10-01', end: '2025-10-31' } }));
    await recorder.record(read({ period: { start: '2025-12-01', end: '2025-12-31' } }));
    expect((await store.all()).entries.map((e) => e.period.start)).toEqual(['2025-12-01']);
    store.close();
  });
});
