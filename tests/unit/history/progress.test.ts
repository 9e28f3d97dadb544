import { describe, expect, it } from 'vitest';
import { byPeriod, campaignSeries, chooseBaseline, defaultTargetDate, recompute } from '../../../lib/history';
import { CLOTHING_SHOP } from '../../shared/worked-examples';
import { entry, read } from './helpers';
import { settingsWith } from './helpers';

const week = (start: string, end: string, capturedAt: string) => entry({ period: { start, end }, capturedAt });

describe('baseline and target', () => {
  const weekly = week('2025-12-01', '2025-12-07', '2025-12-08T09:00:00Z');
  const month = entry({ capturedAt: '2025-12-20T09:00:00Z' });
  const october = entry({ period: { start: '2025-10-01', end: '2025-10-31' }, capturedAt: '2025-12-21T09:00:00Z' });

  it('is the first recorded period of at least 28 days unless the user chose another', () => {
    expect(chooseBaseline([weekly, october, month])?.id).toBe(month.id);
    expect(chooseBaseline([weekly, october, month], october.id)?.id).toBe(october.id);
    // A choice that is too short (or deleted) falls back to the default.
    expect(chooseBaseline([weekly, october, month], weekly.id)?.id).toBe(month.id);
    expect(chooseBaseline([weekly])).toBeNull();
    const february = entry({ period: { start: '2026-02-01', end: '2026-02-28' } });
    expect(chooseBaseline([february])?.id).toBe(february.id);
  });

  it('puts the target date 90 days after the baseline ends', () => {
    expect(defaultTargetDate(month)).toBe('2026-02-28');
  });
});

describe('series', () => {
  it('orders periods by end, overlapping ones kept apart', () => {
    const a = week('2025-11-24', '2025-11-30', '2025-12-01T00:00:00Z');
    const b = entry();
    const c = week('2025-11-17', '2025-11-23', '2025-12-01T00:00:00Z');
    expect(byPeriod([b, a, c]).map((e) => e.period.start)).toEqual(['2025-11-17', '2025-11-01', '2025-11-24']);
  });

  it('matches campaigns by row key across periods, even when renamed', () => {
    const s = settingsWith(CLOTHING_SHOP);
    const first = entry();
    const renamed = read().rows.map((r) => (r.key === 'campaign:1' ? { ...r, name: 'Shopping FR' } : r));
    const second = entry({ period: { start: '2025-12-01', end: '2025-12-31' }, rows: [...renamed, { ...renamed[0]!, key: 'campaign:3', name: 'Shopping' }] });
    const series = campaignSeries([first, second].map((e) => ({ entry: e, rec: recompute(e, s) })));
    const one = series.find((x) => x.key === 'campaign:1')!;
    expect(one.name).toBe('Shopping FR');
    expect(one.points.map((p) => p.end)).toEqual(['2025-11-30', '2025-12-31']);
    expect(series.find((x) => x.key === 'campaign:3')!.points).toHaveLength(1);
  });
});
