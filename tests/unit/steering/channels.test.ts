import { describe, expect, it } from 'vitest';
import { compareChannels, type PeriodGap } from '../../../lib/steering';
import { rec } from './records';

const NOV = { start: '2026-11-01', end: '2026-11-30' };

describe('channels side by side', () => {
  it('pairs Google Ads and Meta for identical dates only, each with its own figures', () => {
    const list = compareChannels([
      rec({ ...NOV, platform: 'meta', account: '99', roi: 0.45, spend: 500, platformRoas: 6.1 }),
      rec({ ...NOV, platform: 'google-ads', roi: 2.2, spend: 1200 }),
      rec({ start: '2026-11-01', end: '2026-11-29', platform: 'meta', account: '99', roi: 0.1 }),
      rec({ start: '2026-10-01', end: '2026-10-31', platform: 'google-ads', roi: 1 }),
    ]);
    expect(list).toHaveLength(1);
    const [c] = list;
    expect(c!.period).toEqual(NOV);
    expect(c!.channels.map((x) => [x.platform, x.roi, x.spend, x.platformRoas])).toEqual([
      ['google-ads', 2.2, 1200, 4],
      ['meta', 0.45, 500, 6.1],
    ]);
    expect(c!.sameCurrency).toBe(true);
  });

  it('never adds anything across platforms: no total, no merged entry', () => {
    const [c] = compareChannels([rec({ ...NOV, roi: 1 }), rec({ ...NOV, platform: 'meta', account: '9', roi: 0.2 })]);
    expect(Object.keys(c!).sort()).toEqual(['channels', 'period', 'profile', 'sameCurrency']);
    expect(c!.channels).toHaveLength(2);
  });

  it('keeps currencies apart and says so', () => {
    const [c] = compareChannels([rec({ ...NOV }), rec({ ...NOV, platform: 'meta', account: '9', currency: 'USD' })]);
    expect(c!.sameCurrency).toBe(false);
    expect(c!.channels.map((x) => x.currency)).toEqual(['EUR', 'USD']);
  });

  it('compares account totals, not campaigns, and never two profiles (two businesses)', () => {
    expect(compareChannels([rec({ ...NOV }), rec({ ...NOV, platform: 'meta', account: '9', campaign: 'Retargeting' })])).toEqual([]);
    expect(compareChannels([rec({ ...NOV }), rec({ ...NOV, platform: 'meta', account: '9', profile: 'client-b' })])).toEqual([]);
  });

  it('lists the most recent period first; a later record of the same dates replaces the earlier', () => {
    const list = compareChannels([
      rec({ ...NOV }),
      rec({ ...NOV, platform: 'meta', account: '9', roi: 0.1 }),
      rec({ start: '2026-12-01', end: '2026-12-07' }),
      rec({ start: '2026-12-01', end: '2026-12-07', platform: 'meta', account: '9' }),
      rec({ ...NOV, platform: 'meta', account: '9', roi: 0.3 }),
    ]);
    expect(list.map((c) => c.period.start)).toEqual(['2026-12-01', '2026-11-01']);
    expect(list[1]!.channels[1]!.roi).toBe(0.3);
  });

  it('keeps a channel without a readable real ROI beside the other, with its reason, instead of dropping the pair', () => {
    const meta: PeriodGap = { profile: 'default', platform: 'meta', account: '99', campaign: null, period: NOV, currency: 'EUR', reason: 'value-missing' };
    const list = compareChannels([rec({ ...NOV, platform: 'google-ads', roi: 2.2, spend: 1200 }), meta]);
    expect(list).toHaveLength(1);
    expect(list[0]!.channels.map((x) => [x.platform, x.roi, x.spend, x.reason])).toEqual([
      ['google-ads', 2.2, 1200, null],
      ['meta', null, null, 'value-missing'],
    ]);
    // A gap alone on one platform makes no pair.
    expect(compareChannels([meta])).toEqual([]);
  });
});
