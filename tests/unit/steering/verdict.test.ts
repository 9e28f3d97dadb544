import { describe, expect, it } from 'vitest';
import { DEFAULT_VERDICT_THRESHOLD, verdicts } from '../../../lib/steering';
import { rec, weeks } from './records';

describe('the three-month verdict', () => {
  it('flags a channel below 150 % over 13 weeks, with its evidence', () => {
    const [v] = verdicts(weeks(13, '2026-11-29', { platform: 'meta', account: '9', roi: 0.45, spend: 300 }));
    expect(v).toMatchObject({ state: 'consider-stopping', weeks: 13, platform: 'meta', from: '2026-08-31', to: '2026-11-29', periods: 13 });
    expect(v!.spend).toBeCloseTo(3900, 9);
    expect(v!.roi).toBeCloseTo(0.45, 12);
    expect(DEFAULT_VERDICT_THRESHOLD).toBe(1.5);
  });

  it('waits for 13 weeks: 12 are too early, whatever the ROI', () => {
    expect(verdicts(weeks(12, '2026-11-29', { roi: -0.5 }))[0]!.state).toBe('too-early');
  });

  it('keeps a channel at or above the threshold, and the threshold is settable', () => {
    expect(verdicts(weeks(13, '2026-11-29', { roi: 1.5 }))[0]!.state).toBe('keep');
    expect(verdicts(weeks(13, '2026-11-29', { roi: 2.2 }), 2.5)[0]!.state).toBe('consider-stopping');
  });

  it('weighs the weeks by cost: Σ net profit / Σ total cost', () => {
    const list = weeks(13, '2026-11-29', { roi: 2 });
    list[0] = rec({ ...list[0]!.period, roi: 0, totalCost: 20000, netProfit: -10000 });
    const [v] = verdicts(list);
    // 12 weeks of +2 000 on 1 000, one week of −10 000 on 20 000: 14 000 / 32 000.
    expect(v!.roi).toBeCloseTo(14000 / 32000, 12);
    expect(v!.state).toBe('consider-stopping');
  });

  it('counts overlapping days once and judges the most recent 13 weeks', () => {
    const recent = weeks(14, '2026-11-29', { roi: 2 });
    const month = rec({ start: '2026-11-01', end: '2026-11-30', roi: 2 }); // covers four of the weeks
    const old = weeks(20, '2026-05-31', { roi: -0.9 });
    const [v] = verdicts([...old, month, ...recent]);
    // November (30 days), then the 9 weeks before it that do not touch November: 93 days.
    expect(v).toMatchObject({ state: 'keep', weeks: 13, periods: 10, from: '2026-08-24', to: '2026-11-30' });
    expect(v!.spend).toBeCloseTo(10 * 800, 9);
    expect(v!.roi).toBeCloseTo(2, 12);
  });

  it('judges each channel and each campaign apart, never across currencies', () => {
    const list = verdicts([
      ...weeks(13, '2026-11-29', { roi: 1 }),
      ...weeks(13, '2026-11-29', { roi: 3, campaign: 'Brand' }),
      ...weeks(13, '2026-11-29', { roi: 1, platform: 'meta', account: '9', currency: 'USD' }),
      ...weeks(6, '2026-11-29', { roi: 1, platform: 'meta', account: '9', currency: 'EUR' }),
    ]);
    expect(list.map((v) => [v.platform, v.campaign, v.currency, v.state])).toEqual([
      ['google-ads', null, 'EUR', 'consider-stopping'],
      ['google-ads', 'Brand', 'EUR', 'keep'],
      ['meta', null, 'USD', 'consider-stopping'],
      ['meta', null, 'EUR', 'too-early'],
    ]);
  });

  it('leaves out periods without a real ROI (incomplete): they are not evidence', () => {
    const list = weeks(13, '2026-11-29', { roi: 1 });
    list[0] = { ...list[0]!, roi: null };
    expect(verdicts(list)[0]).toMatchObject({ state: 'too-early', weeks: 12 });
  });
});
