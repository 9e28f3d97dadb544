import { describe, expect, it } from 'vitest';
import { googleAdsAdapter } from '../../../lib/platforms/google-ads';
import { pageTotals } from '../../../lib/overlay/page-totals';
import { buildModel, primaryTotals } from '../../../lib/overlay/view-model';
import { computeTable } from '../../../lib/roi';
import type { ExtractedRow, ExtractedTotals } from '../../../lib/platforms/contract/types';
import { NOVEMBER, profileWith } from '../../shared/profile';
import { ok } from '../../shared/results';

const profile = profileWith([
  { kind: 'monthly', label: 'Tool', amount: 300 },
  { kind: 'perConversion', label: 'Ship', amount: 5 },
]);
const period = NOVEMBER;
const columns = { spend: true, conversions: true, conversionValue: true, roas: true };
const row = (key: string, spend: number | null, n: number | null, v: number | null): ExtractedRow => ({
  key,
  name: key,
  spend,
  conversions: n,
  conversionValue: v,
  roas: null,
  pending: [],
});
const rows = [row('a', 100, 10, 600), row('b', 300, 20, 900)];
const totals: ExtractedTotals[] = [
  { scope: 'account', label: 'Total: Account', spend: 800, conversions: 50, conversionValue: 2500, roas: null },
  { scope: 'table', label: 'Total: Campaigns', spend: 400, conversions: 30, conversionValue: 1500, roas: 3.75 },
];
const base = { meta: { columns, currency: 'EUR', period, periodText: 'Nov 1 – 30, 2025' }, columnLabels: {}, profile, profileName: 'Shop', targetRoi: 0.5 };

describe('overlay view model', () => {
  it('matches the engine, with the account total as the allocation base', () => {
    const model = buildModel({ ...base, rows, totals });
    const engine = computeTable({
      rows: rows.map((r) => ({ ...r, platformRoas: r.roas })),
      totals: { ...totals[1]!, platformRoas: 3.75 },
      accountSpend: 800,
      profile,
      period,
    });
    expect(model.rows.map((v) => Number(v.roiAttr))).toEqual(engine.rows.map((r) => ok(r).roi));
    expect(Number(model.totals!.roiAttr)).toBe(ok(engine.totals).roi);
    expect(model.totals!.key).toBe('total');
  });

  it('the table total, not the account total, carries the badge', () => {
    expect(primaryTotals(totals)!.scope).toBe('table');
    expect(primaryTotals([totals[0]!])!.scope).toBe('account');
    expect(primaryTotals([])).toBeNull();
  });

  it('says n/a with the most fundamental reason first', () => {
    const model = buildModel({
      ...base,
      meta: { ...base.meta, columns: { ...columns, spend: false } },
      rows: [row('a', null, 10, 600)],
      totals: [],
      columnName: (m) => googleAdsAdapter.columnName(m, 'fr-FR'),
    });
    expect(model.rows[0]!.roiAttr).toBe('na');
    expect(model.rows[0]!.reasons[0]).toBe('spend-column-missing');
    expect(model.problems).toContainEqual({ code: 'spend-column-missing', params: { column: 'Coût' } });
  });

  it('an unknown period is a visible problem, not a silent omission', () => {
    const model = buildModel({ ...base, meta: { ...base.meta, period: null, periodText: 'Last 30 days' }, rows, totals: [] });
    expect(model.rows.every((v) => v.roiAttr === 'na' && v.reasons.includes('period-unknown'))).toBe(true);
    expect(model.problems).toContainEqual({ code: 'period-unknown', params: { text: 'Last 30 days' } });
  });

  it('another currency blocks every number', () => {
    const model = buildModel({ ...base, meta: { ...base.meta, currency: 'USD' }, rows, totals });
    expect([...model.rows, model.totals!].every((v) => v.roiAttr === 'na' && v.reasons[0] === 'currency-mismatch')).toBe(true);
  });

  it('a row that spent nothing and costs nothing says so, not that a value is missing', () => {
    // The model: ROI = π / C is undefined when C = 0. An idle row beside rows with spend gets no share of the tool (0 spend).
    const idle = row('idle', 0, 0, 0);
    const model = buildModel({ ...base, rows: [idle, ...rows], totals });
    const v = model.rows[0]!;
    expect(v.result).toMatchObject({ status: 'ok', totalCost: 0, roi: null });
    expect([v.roiAttr, v.reasons]).toEqual(['na', ['no-cost']]);
    // Nothing to fix: it is no page problem.
    expect(model.problems.map((p) => p.code)).not.toContain('no-cost');
    // A value without any cost (nothing spent, no cost on revenue) is as undefined: the same reason.
    expect(buildModel({ ...base, rows: [row('organic', 0, 0, 120), ...rows], totals }).rows[0]!.reasons).toEqual(['no-cost']);
  });

  it("a zero-spend row that still carries a cost keeps the engine's figure (no reason)", () => {
    // Every row at 0 spend: the contract splits the tool equally, so C > 0 and the ROI is −100 %.
    const model = buildModel({ ...base, rows: [row('x', 0, 0, 0), row('y', 0, 0, 0)], totals: [] });
    expect(model.rows.map((v) => [v.roiAttr, v.reasons])).toEqual([
      ['-1', []],
      ['-1', []],
    ]);
    // A cost on revenue makes C > 0 for a row with value and no spend.
    const fees: typeof profile = { ...profile, costs: [{ kind: 'percentOfRevenue', label: 'Fees', rate: 0.02 }] };
    const withValue = buildModel({ ...base, profile: fees, rows: [row('v', 0, 0, 100)], totals: [] }).rows[0]!;
    expect(withValue.reasons).toEqual([]);
    expect(withValue.roi).toBeCloseTo((100 * 0.5 - 2) / 2);
  });

  it('a loading cell is reported as loading, not as missing', () => {
    const pending = { ...row('a', 100, null, 600), pending: ['conversions' as const] };
    const model = buildModel({ ...base, rows: [pending], totals: [] });
    expect(model.rows[0]!.reasons[0]).toBe('loading');
  });

  it('page totals for the popup come from the totals row as read', () => {
    const model = buildModel({ ...base, rows, totals });
    expect(pageTotals({ platform: 'google-ads', accountId: '123-456-7890', currency: 'EUR', period }, model)).toEqual({
      platform: 'google-ads',
      accountId: '123-456-7890',
      currency: 'EUR',
      period,
      spend: 400,
      conversions: 30,
      conversionValue: 1500,
      platformRoas: 3.75,
      margin: profile.margin.default,
      fixedCostsShared: false,
    });
    expect(pageTotals({ platform: 'google-ads', accountId: null, currency: null, period: null }, null)).toBeNull();
  });

  it('tells the popup when the total counted only its share of the fixed costs (an account total above it)', () => {
    const meta = { platform: 'google-ads' as const, accountId: '123-456-7890', currency: 'EUR', period };
    // The table spent 400 of the account's 800: the total badge carries half of the 300 monthly cost.
    expect(pageTotals(meta, buildModel({ ...base, rows, totals }), profile)?.fixedCostsShared).toBe(true);
    // Without the account total the table's total carries every fixed cost, as the popup does.
    expect(pageTotals(meta, buildModel({ ...base, rows, totals: [totals[1]!] }), profile)?.fixedCostsShared).toBe(false);
  });
});
