import { describe, expect, it } from 'vitest';
import { computeTable } from '../../../lib/roi';
import { recompute } from '../../../lib/history';
import { ok } from '../../shared/results';
import { CLOTHING_SHOP } from '../../shared/worked-examples';
import { entry, read, settingsWith } from './helpers';

describe('recompute from stored inputs', () => {
  it('gives the worked example its 107.1 % from the snapshot alone', () => {
    const rec = recompute(entry(), settingsWith(CLOTHING_SHOP));
    expect(rec.totals.roi).toBeCloseTo(4655 / 4345, 10);
    expect(rec.totals.netProfit).toBeCloseTo(4655, 6);
    expect(rec.totals.platformRoas).toBe(6);
    expect(rec.totals.spend).toBe(2500);
    expect(rec.rows.get('campaign:1')?.name).toBe('Shopping');
  });

  it("follows today's settings: a corrected margin changes a past figure", () => {
    const e = entry();
    const before = recompute(e, settingsWith(CLOTHING_SHOP)).totals.roi!;
    const after = recompute(e, settingsWith({ ...CLOTHING_SHOP, margin: { default: 0.5, rules: [] } })).totals.roi!;
    expect(after).toBeLessThan(before);
  });

  it('applies dated costs per period: a cost that started later does not weigh on an earlier period', () => {
    const profile = {
      ...CLOTHING_SHOP,
      costs: [...CLOTHING_SHOP.costs, { kind: 'monthly' as const, label: 'New tool', amount: 1000, from: '2025-12-01' }],
    };
    const settings = settingsWith(profile);
    const november = recompute(entry(), settings).totals;
    expect(november.roi).toBeCloseTo(4655 / 4345, 10);
    const december = recompute(entry({ period: { start: '2025-12-01', end: '2025-12-31' } }), settings).totals;
    // Same inputs in December: the new tool weighs 1 000, the November photos (300) no longer do.
    expect(december.netProfit).toBeCloseTo(4655 - 1000 + 300, 6);
    const direct = computeTable({
      rows: [],
      totals: { spend: 2500, conversions: 75, conversionValue: 15000, platformRoas: 6 },
      profile,
      period: { start: '2025-12-01', end: '2025-12-31' },
      currency: 'EUR',
    });
    expect(december.roi).toBe(ok(direct.totals).roi);
  });

  it('says why when there is no figure, never a number', () => {
    const noTotals = recompute(entry({ totals: [] }), settingsWith(CLOTHING_SHOP)).totals;
    expect(noTotals).toMatchObject({ roi: null, reason: 'no-totals' });
    const usd = recompute(entry({ currency: 'USD' }), settingsWith(CLOTHING_SHOP)).totals;
    expect(usd).toMatchObject({ roi: null, reason: 'currency-mismatch' });
    const noValue = read().totals.map((t) => ({ ...t, conversionValue: null, roas: null }));
    const columns = { spend: true, conversions: true, conversionValue: false, roas: false };
    expect(recompute(entry({ totals: noValue, columns, rows: [] }), settingsWith(CLOTHING_SHOP)).totals).toMatchObject({ roi: null, reason: 'value-missing' });
    // Complete figures, nothing spent and no cost: no ROI, and not for a missing value.
    const idle = read().totals.map((t) => ({ ...t, spend: 0, conversions: 0, conversionValue: 0, roas: null }));
    const noCost = settingsWith({ ...CLOTHING_SHOP, costs: [] });
    expect(recompute(entry({ totals: idle, rows: [] }), noCost).totals).toMatchObject({ roi: null, reason: 'no-cost', totalCost: 0 });
  });

  it('uses the profile that lists the account, and names it', () => {
    const s = settingsWith(CLOTHING_SHOP);
    const other = {
      ...s.profiles[0]!,
      id: 'p2',
      name: 'Client B',
      margin: { default: 0.2, rules: [] },
      accounts: [{ platform: 'google-ads' as const, id: '123-456-7890' }],
    };
    const rec = recompute(entry(), { ...s, profiles: [...s.profiles, other] });
    expect(rec.profile).toMatchObject({ id: 'p2', name: 'Client B' });
    expect(rec.totals.roi).toBeLessThan(0);
  });
});
