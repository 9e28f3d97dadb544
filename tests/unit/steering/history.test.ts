import { describe, expect, it } from 'vitest';
import { recompute } from '../../../lib/history';
import { compareChannels, verdicts } from '../../../lib/steering';
import { entrySteering, historyRecords, type HistoryItem } from '../../../lib/steering/history';
import { CLOTHING_SHOP } from '../../shared/worked-examples';
import { entry, settingsWith } from '../history/helpers';

const settings = settingsWith({ ...CLOTHING_SHOP, costs: [] });
const item = (over: Parameters<typeof entry>[0] = {}): HistoryItem => {
  const e = entry(over);
  return { entry: e, rec: recompute(e, settings) };
};
const totals = (spend: number, value: number) => ({
  rows: [{ key: 'campaign:1', name: 'Shopping', spend, conversions: 10, conversionValue: value, roas: null, pending: [] }],
  totals: [{ scope: 'table' as const, label: 'Total: Campaigns', spend, conversions: 10, conversionValue: value, roas: null }],
});

describe('steering on recorded history', () => {
  it('finds the same table one year earlier and gives the change; 29 February maps to 28 February', () => {
    const now = item({ period: { start: '2024-02-23', end: '2024-02-29' }, ...totals(1000, 5000) });
    const then = item({ period: { start: '2023-02-23', end: '2023-02-28' }, ...totals(1000, 4000) });
    const other = item({ period: { start: '2023-02-23', end: '2023-02-28' }, level: 'adgroups', ...totals(1000, 9000) });
    const s = entrySteering([now, then, other], 0.5).get(now.entry.id)!;
    expect(s.prevYearPeriod).toEqual({ start: '2023-02-23', end: '2023-02-28' });
    expect(s.prevYear!.roi).toBe(then.rec.totals.roi);
    expect(s.prevYear!.change!.points).toBeCloseTo(now.rec.totals.roi! - then.rec.totals.roi!, 12);
    expect(entrySteering([now], 0.5).get(now.entry.id)!.prevYear).toBeNull();
  });

  it('gives a drift to 7-day entries only', () => {
    // Margin 60 %, no cost but spend: ROI = 0.6 V / S − 1.
    const week = item({ period: { start: '2026-11-23', end: '2026-11-29' }, ...totals(1000, 2350) }); // 41 %
    const month = item({ ...totals(1000, 2350) });
    const map = entrySteering([week, month], 0.5);
    expect(week.rec.totals.roi).toBeCloseTo(0.41, 12);
    expect(map.get(week.entry.id)!.drift).toMatchObject({ state: 'below' });
    expect(map.get(week.entry.id)!.drift!.relative).toBeCloseTo(-0.18, 12);
    expect(map.get(month.entry.id)!.drift).toBeNull();
  });

  it('puts Google Ads and Meta of the same dates side by side, one table per account', () => {
    const google = item({ ...totals(1000, 5000) });
    const googleAdGroups = item({ level: 'adgroups', ...totals(200, 5000) });
    const meta = item({ platform: 'meta', accountId: '1234567890', level: 'campaigns', ...totals(500, 1000) });
    const { channels, campaigns } = historyRecords([google, googleAdGroups, meta]);
    expect(channels.map((c) => [c.platform, c.spend])).toEqual([
      ['google-ads', 1000],
      ['meta', 500],
    ]);
    const [cmp] = compareChannels(channels);
    expect(cmp!.channels.map((c) => c.roi)).toEqual([google.rec.totals.roi, meta.rec.totals.roi]);
    expect(campaigns.map((c) => [c.campaign, c.campaignName])).toEqual([
      ['campaign:1', 'Shopping'],
      ['campaign:1', 'Shopping'],
    ]);
  });

  it("judges a campaign over 13 recorded weeks with the engine's figures", () => {
    const weeks = Array.from({ length: 13 }, (_, i) => {
      const start = new Date(Date.UTC(2026, 8, 7 + 7 * i)).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2026, 8, 13 + 7 * i)).toISOString().slice(0, 10);
      return item({ period: { start, end }, ...totals(1000, 3000) }); // 80 % each week
    });
    const { campaigns } = historyRecords(weeks);
    const [v] = verdicts(campaigns);
    expect(v).toMatchObject({ state: 'consider-stopping', weeks: 13, campaign: 'campaign:1', campaignName: 'Shopping' });
    expect(v!.roi).toBeCloseTo(0.8, 12);
    expect(v!.spend).toBe(13000);
  });

  it('hands every period without a readable ROI to the verdict as a gap with its reason, channel and campaign', () => {
    const weeks = Array.from({ length: 13 }, (_, i) => {
      const start = new Date(Date.UTC(2026, 8, 7 + 7 * i)).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2026, 8, 13 + 7 * i)).toISOString().slice(0, 10);
      return item({ period: { start, end }, ...totals(1000, 3000) });
    });
    // Week 3 read without the conversion value column: neither its total nor its row has a ROI.
    const blind = { ...totals(1000, 3000), columns: { spend: true, conversions: true, conversionValue: false, roas: false } };
    blind.rows[0]!.conversionValue = null as never;
    blind.totals[0]!.conversionValue = null as never;
    weeks[2] = item({ period: weeks[2]!.entry.period, ...blind });
    const { channels, campaigns, gaps } = historyRecords(weeks);
    expect(channels).toHaveLength(12);
    expect(campaigns).toHaveLength(12);
    expect(gaps.map((g) => [g.campaign, g.period.start, g.reason])).toEqual([
      [null, '2026-09-21', 'value-missing'],
      ['campaign:1', '2026-09-21', 'value-missing'],
    ]);
    const list = verdicts([...channels, ...campaigns, ...gaps]);
    expect(list.map((v) => [v.campaign, v.state, v.weeks, v.gapWeeks])).toEqual([
      [null, 'incomplete', 12, 1],
      ['campaign:1', 'incomplete', 12, 1],
    ]);
  });

  it('keeps a period where nothing was spent as evidence (cost 0), not as a gap', () => {
    const idle = item({ ...totals(0, 0) });
    expect(idle.rec.totals).toMatchObject({ roi: null, reason: 'no-cost', totalCost: 0 });
    const { channels, gaps } = historyRecords([idle]);
    expect(gaps).toEqual([]);
    expect(channels).toMatchObject([{ spend: 0, totalCost: 0, netProfit: 0, roi: null }]);
  });
});
