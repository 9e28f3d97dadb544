import { describe, expect, it } from 'vitest';
import { DEFAULT_VERDICT_THRESHOLD, type PeriodGap, type PeriodRecord, verdicts } from '../../../lib/steering';
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

  it('counts and names the weeks without a readable ROI, and gives no verdict on the 11 left', () => {
    const list: (PeriodRecord | PeriodGap)[] = weeks(13, '2026-11-29', { roi: 0.2 });
    const gap = (i: number, reason: string): PeriodGap => {
      const { period, profile, platform, account, campaign, currency } = list[i]!;
      return { period, profile, platform, account, campaign, currency, reason };
    };
    list[1] = gap(1, 'spend-column-missing');
    list[4] = gap(4, 'settings-repaired');
    // Older readable weeks exist: reaching for them would quietly judge other months.
    const [v] = verdicts([...list, ...weeks(10, '2026-08-23', { roi: 0.2 })]);
    expect(v).toMatchObject({ state: 'incomplete', weeks: 11, periods: 11, gapWeeks: 2, judgedWeeks: 13 });
    expect(v!.gaps).toEqual([
      { period: { start: '2026-11-16', end: '2026-11-22' }, reason: 'spend-column-missing' },
      { period: { start: '2026-10-26', end: '2026-11-01' }, reason: 'settings-repaired' },
    ]);
    expect(v!.from).toBe('2026-08-31');
  });

  it('treats a record with figures but no ROI as a gap unless nothing was spent', () => {
    const list = weeks(13, '2026-11-29', { roi: 2 });
    list[0] = { ...list[0]!, roi: null };
    expect(verdicts(list)[0]).toMatchObject({ state: 'incomplete', weeks: 12, gapWeeks: 1, gaps: [{ period: list[0]!.period, reason: null }] });
    list[0] = { ...list[0]!, roi: null, spend: 0, totalCost: 0, netProfit: 0 };
    expect(verdicts(list)[0]).toMatchObject({ state: 'keep', weeks: 13, gaps: [] });
  });

  it('still judges 13 readable weeks when a gap sits among longer periods, naming the gap', () => {
    const months = [
      rec({ start: '2026-08-01', end: '2026-08-31', roi: 3 }),
      rec({ start: '2026-09-01', end: '2026-09-30', roi: 3 }),
      rec({ start: '2026-10-01', end: '2026-10-31', roi: 3 }),
    ];
    const week: PeriodGap = { ...gapOf(rec({ start: '2026-11-02', end: '2026-11-08' })), reason: 'value-missing' };
    const [v] = verdicts([...months, week]);
    expect(v).toMatchObject({ state: 'keep', weeks: 13, gapWeeks: 1, gaps: [{ period: week.period, reason: 'value-missing' }] });
  });

  it('does not count a gap whose days a readable record covers', () => {
    const list: (PeriodRecord | PeriodGap)[] = weeks(13, '2026-11-29', { roi: 2 });
    const month = gapOf(rec({ start: '2026-11-01', end: '2026-11-30' }));
    expect(verdicts([...list, { ...month, reason: 'no-totals' }])[0]).toMatchObject({ state: 'keep', weeks: 13, gaps: [] });
  });

  it('says too early, not incomplete, when simply fewer than 13 weeks are recorded', () => {
    expect(verdicts(weeks(5, '2026-11-29'))[0]).toMatchObject({ state: 'too-early', gaps: [], gapWeeks: 0 });
  });
});

function gapOf(r: PeriodRecord): PeriodGap {
  const { period, profile, platform, account, campaign, currency } = r;
  return { period, profile, platform, account, campaign, currency, reason: null };
}
