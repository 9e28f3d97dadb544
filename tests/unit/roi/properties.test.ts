import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRoi, computeTable, type Cost } from '../../../lib/roi';
import { ok } from '../../shared/results';
import { NOVEMBER, profileWith } from '../../shared/profile';

// Amounts as the platforms show them: whole cents; rates to 0.01 %.
const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
const money = cents(1, 1e6);
const rate = fc.integer({ min: 0, max: 5000 }).map((r) => r / 10000);
const cost: fc.Arbitrary<Cost> = fc.oneof(
  rate.map((r) => ({ kind: 'percentOfRevenue' as const, label: 'p', rate: r })),
  cents(0, 50).map((a) => ({ kind: 'perConversion' as const, label: 'c', amount: a })),
  rate.map((r) => ({ kind: 'percentOfSpend' as const, label: 'a', rate: r })),
  money.map((a) => ({ kind: 'monthly' as const, label: 'm', amount: a })),
  fc.record({ h: cents(0, 100), r: cents(0, 200) }).map(({ h, r }) => ({ kind: 'staffTime' as const, label: 's', hoursPerMonth: h, hourlyRate: r })),
  fc
    .record({ a: money, d: fc.integer({ min: 1, max: 30 }) })
    .map(({ a, d }) => ({ kind: 'oneOff' as const, label: 'o', amount: a, date: `2025-11-${String(d).padStart(2, '0')}` })),
);
const row = fc.record({
  spend: money,
  conversions: fc.integer({ min: 1, max: 5000 }),
  conversionValue: cents(0, 1e7),
});
/** Equal up to floating-point noise, relative to the size of the numbers. */
function expectClose(actual: number, expected: number, relative = 1e-9) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}
const margin = fc.integer({ min: 1, max: 100 }).map((m) => m / 100);

// FC_RUNS=10000 for a deeper search than the default 100 runs per property.
fc.configureGlobal({ numRuns: Number(process.env.FC_RUNS ?? 100) });

describe('engine invariants', () => {
  it('ROI = G / C − 1 and π = G − C', () => {
    fc.assert(
      fc.property(row, fc.array(cost, { maxLength: 6 }), margin, (f, costs, m) => {
        const r = ok(computeRoi({ figures: f, profile: profileWith(costs, { margin: { default: m, rules: [] } }), period: NOVEMBER }));
        expectClose(r.roi!, r.grossMargin / r.totalCost - 1);
        expectClose(r.netProfit, r.grossMargin - r.totalCost);
        expectClose(r.gainRatio!, 1 + r.roi!);
      }),
    );
  });

  it('adding a cost never raises the ROI', () => {
    fc.assert(
      fc.property(row, fc.array(cost, { maxLength: 5 }), cost, margin, (f, costs, extra, m) => {
        const profile = profileWith(costs, { margin: { default: m, rules: [] } });
        const before = ok(computeRoi({ figures: f, profile, period: NOVEMBER })).roi!;
        const after = ok(computeRoi({ figures: f, profile: { ...profile, costs: [...costs, extra] }, period: NOVEMBER })).roi!;
        expect(after).toBeLessThanOrEqual(before + 1e-12 * Math.max(1, Math.abs(before)));
      }),
    );
  });

  it('the break-even ROAS really gives zero profit; the target ROAS the target ROI', () => {
    fc.assert(
      fc.property(
        row,
        fc.array(cost, { maxLength: 6 }),
        margin,
        fc.integer({ min: 0, max: 300 }).map((k) => k / 100),
        (f, costs, m, k) => {
          const profile = profileWith(costs, { margin: { default: m, rules: [] } });
          const r = ok(computeRoi({ figures: f, profile, period: NOVEMBER, targetRoi: k }));
          if (r.aov == null || r.aov === 0) return;
          const at = (roas: number) => {
            const value = roas * f.spend;
            return ok(computeRoi({ figures: { spend: f.spend, conversionValue: value, conversions: value / r.aov! }, profile, period: NOVEMBER }));
          };
          if (typeof r.breakEvenRoas === 'number') {
            const z = at(r.breakEvenRoas);
            expect(Math.abs(z.netProfit)).toBeLessThanOrEqual(1e-6 * z.totalCost);
          } else {
            expect(r.breakEvenRoas).toBe('unreachable');
            // No ROAS reaches it: even a huge one leaves a loss (or no gain).
            expect(at(1e6).netProfit).toBeLessThanOrEqual(1e-6 * at(1e6).totalCost);
          }
          if (typeof r.targetRoas === 'number') expectClose(at(r.targetRoas).roi!, k, 1e-6);
        },
      ),
    );
  });

  it('with every row visible, rows add up to the totals (any costs, any margins)', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.array(cost, { maxLength: 6 }), margin, (rs, costs, m) => {
        const named = rs.map((r, i) => ({ ...r, name: i % 2 ? `Shopping ${i}` : `Search ${i}` }));
        const totals = {
          spend: named.reduce((t, r) => t + r.spend, 0),
          conversions: named.reduce((t, r) => t + r.conversions, 0),
          conversionValue: named.reduce((t, r) => t + r.conversionValue, 0),
        };
        const profile = profileWith(costs, { margin: { default: m, rules: [{ match: 'contains', pattern: 'shopping', margin: m / 2 }] } });
        const t = computeTable({ rows: named, totals, profile, period: NOVEMBER });
        const sum = t.rows.reduce((s, r) => s + ok(r).netProfit, 0);
        expectClose(ok(t.totals).netProfit, sum, 1e-9);
      }),
    );
  });
});
