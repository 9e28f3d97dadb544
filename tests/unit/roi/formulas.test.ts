import { describe, expect, it } from 'vitest';
import { computeRoi, leadValue, lifetimeOfRow, marginFor } from '../../../lib/roi';
import { ok } from '../../shared/results';
import { NOVEMBER, profileWith } from '../../shared/profile';

const figures = { spend: 1000, conversions: 40, conversionValue: 8000 };

describe('per-row formulas', () => {
  it("m' accounts for returns and VAT included in the value", () => {
    const r = ok(computeRoi({ figures, profile: profileWith([], { vatIncluded: 0.2, returnRate: 0.1 }), period: NOVEMBER }));
    expect(r.effectiveMargin).toBeCloseTo((0.5 * 0.9) / 1.2, 12);
    expect(r.grossMargin).toBeCloseTo(8000 * 0.375, 9);
  });

  it.each([
    ['percentOfRevenue', { kind: 'percentOfRevenue', label: 'fees', rate: 0.03 }, 240],
    ['perConversion', { kind: 'perConversion', label: 'ship', amount: 5 }, 200],
    ['percentOfSpend', { kind: 'percentOfSpend', label: 'agency', rate: 0.15 }, 150],
  ] as const)('variable cost %s scales with the row', (_, cost, amount) => {
    const r = ok(computeRoi({ figures, profile: profileWith([cost]), period: NOVEMBER }));
    expect(r.variableTotal).toBeCloseTo(amount, 9);
    expect(r.totalCost).toBeCloseTo(1000 + amount, 9);
    expect(r.netProfit).toBeCloseTo(4000 - 1000 - amount, 9);
  });

  it('ROI, gain ratio, POAS and AOV', () => {
    const r = ok(
      computeRoi({
        figures,
        profile: profileWith([
          { kind: 'perConversion', label: 'ship', amount: 5 },
          { kind: 'monthly', label: 'tool', amount: 300 },
        ]),
        period: NOVEMBER,
      }),
    );
    expect(r.totalCost).toBeCloseTo(1500, 9);
    expect(r.roi).toBeCloseTo(2500 / 1500, 12);
    expect(r.gainRatio).toBeCloseTo(4000 / 1500, 12);
    expect(r.poas).toBeCloseTo((4000 - 200) / 1000, 12);
    expect(r.aov).toBe(200);
  });

  it('break-even and target ROAS really give zero profit and the target ROI', () => {
    const profile = profileWith([
      { kind: 'percentOfRevenue', label: 'fees', rate: 0.02 },
      { kind: 'perConversion', label: 'ship', amount: 6 },
      { kind: 'percentOfSpend', label: 'agency', rate: 0.1 },
      { kind: 'monthly', label: 'tool', amount: 500 },
    ]);
    const r = ok(computeRoi({ figures, profile, period: NOVEMBER, targetRoi: 0.3 }));
    const at = (roas: number) =>
      ok(computeRoi({ figures: { spend: 1000, conversionValue: roas * 1000, conversions: (roas * 1000) / r.aov! }, profile, period: NOVEMBER }));
    expect(at(r.breakEvenRoas as number).netProfit).toBeCloseTo(0, 6);
    expect(at(r.targetRoas as number).roi).toBeCloseTo(0.3, 9);
  });

  it('says "unreachable" when no ROAS reaches break-even at this margin', () => {
    const r = ok(
      computeRoi({
        figures,
        profile: profileWith([{ kind: 'percentOfRevenue', label: 'marketplace', rate: 0.5 }], { margin: { default: 0.4, rules: [] } }),
        period: NOVEMBER,
      }),
    );
    expect(r.breakEvenRoas).toBe('unreachable');
    expect(r.targetRoas).toBe('unreachable');
  });

  it('the target can be unreachable while break-even is not', () => {
    const r = ok(
      computeRoi({
        figures,
        profile: profileWith([{ kind: 'percentOfRevenue', label: 'fees', rate: 0.3 }]),
        period: NOVEMBER,
        targetRoi: 1,
      }),
    );
    expect(typeof r.breakEvenRoas).toBe('number');
    expect(r.targetRoas).toBe('unreachable');
  });

  it('ROI is undefined when the total cost is zero', () => {
    const r = ok(computeRoi({ figures: { spend: 0, conversions: 0, conversionValue: 0 }, profile: profileWith([]), period: NOVEMBER }));
    expect(r.roi).toBeNull();
    expect(r.gainRatio).toBeNull();
    expect(r.breakEvenRoas).toBe('unknown');
  });
});

describe('value of the conversions', () => {
  it('is estimated from the platform ROAS when the value column is absent', () => {
    const r = computeRoi({ figures: { spend: 1000, conversions: 10, platformRoas: 4.21 }, profile: profileWith([]), period: NOVEMBER });
    expect(r.status).toBe('ok');
    expect(r.valueEstimated).toBe(true);
    expect(r.conversionValue).toBeCloseTo(4210, 9);
  });

  it('uses the lead value when the table has no conversion value', () => {
    const profile = profileWith([], { leadValue: { closeRate: 0.1, dealValue: 1500 } });
    for (const f of [
      { spend: 500, conversions: 20 },
      { spend: 500, conversions: 20, conversionValue: 0, platformRoas: 0 },
    ]) {
      const r = computeRoi({ figures: f, profile, period: NOVEMBER });
      expect(r.valueFromLeads).toBe(true);
      expect(r.conversionValue).toBeCloseTo(3000, 9);
      expect(r.platformRoas === null || r.platformRoas === 0).toBe(true);
    }
    expect(leadValue({ closeRate: 0.1, dealValue: 1500 })).toBe(150);
  });

  it('keeps a reported value over the lead value', () => {
    const profile = profileWith([], { leadValue: { closeRate: 0.1, dealValue: 1500 } });
    const r = computeRoi({ figures: { spend: 500, conversions: 20, conversionValue: 2500 }, profile, period: NOVEMBER });
    expect(r.valueFromLeads).toBe(false);
    expect(r.conversionValue).toBe(2500);
  });
});

describe('margin rules by campaign name', () => {
  const profile = profileWith([], {
    margin: {
      default: 0.6,
      rules: [
        { match: 'contains', pattern: 'baby bottles', margin: 0.18 },
        { match: 'regex', pattern: '^brand\\b', margin: 0.8 },
        { match: 'contains', pattern: 'Shopping', margin: 0.3 },
      ],
    },
  });
  it.each([
    ['Shopping – Baby Bottles', 0.18],
    ['Brand search', 0.8],
    ['My brand', 0.6],
    ['Shopping – Shoes', 0.3],
    ['Generic', 0.6],
  ])('%s → %d', (name, m) => expect(marginFor(profile, name)).toBe(m));

  it('an invalid regular expression matches nothing instead of throwing', () => {
    const p = profileWith([], { margin: { default: 0.5, rules: [{ match: 'regex', pattern: '([', margin: 0.1 }] } });
    expect(marginFor(p, '([')).toBe(0.5);
  });
});

describe('lifetime value beside the table', () => {
  // The model's formulas beside the table (CLV = AOV × p × y, lifetime ROI = (CLV × m − CAC) / CAC, …)
  // are the row view of one customer won for the CAC, with no other cost.
  const customer = (aov: number, cac: number, margin: number) =>
    computeRoi({
      figures: { spend: cac, conversions: 1, conversionValue: aov },
      profile: profileWith([], { margin: { default: margin, rules: [] } }),
      period: null,
    });
  const lifetime = { purchasesPerYear: 3, years: 2, newCustomerShare: 1 };

  it('CLV, lifetime ROI, max CAC and payback', () => {
    const r = lifetimeOfRow(customer(80, 60, 0.5), lifetime);
    if (r.status !== 'ok') throw new Error('incomplete');
    expect(r.clv).toBe(480);
    expect(r.maxCac).toBe(240);
    expect(r.cac).toBe(60);
    expect(r.lifetimeRoi).toBeCloseTo((480 * 0.5 - 60) / 60, 12);
    expect(r.paybackMonths).toBeCloseTo(60 / ((80 * 3 * 0.5) / 12), 12);
    expect(lifetimeOfRow(customer(80, 0, 0), lifetime)).toMatchObject({ lifetimeRoi: null, paybackMonths: null });
  });
});

describe('break-even spend', () => {
  const profile = profileWith([
    { kind: 'percentOfRevenue', label: 'fees', rate: 0.02 },
    { kind: 'perConversion', label: 'ship', amount: 6 },
    { kind: 'percentOfSpend', label: 'agency', rate: 0.1 },
    { kind: 'monthly', label: 'tool', amount: 500 },
  ]);
  it('is the spend at which the net profit is zero, the sales as they are', () => {
    const r = ok(computeRoi({ figures, profile, period: NOVEMBER }));
    const s = r.breakEvenSpend as number;
    expect(s).toBeCloseTo((4000 - 160 - 240 - 500) / 1.1, 9);
    expect(ok(computeRoi({ figures: { ...figures, spend: s }, profile, period: NOVEMBER })).netProfit).toBeCloseTo(0, 9);
  });
  it('is unreachable when the costs already exceed the margin, unknown when an input is missing or V moves with S', () => {
    const heavy = profileWith([{ kind: 'monthly', label: 'tool', amount: 10_000 }]);
    expect(ok(computeRoi({ figures, profile: heavy, period: NOVEMBER })).breakEvenSpend).toBe('unreachable');
    expect(computeRoi({ figures, profile, period: null })).not.toHaveProperty('breakEvenSpend');
    expect(ok(computeRoi({ figures: { spend: 1000, conversions: 40, platformRoas: 8 }, profile, period: NOVEMBER })).breakEvenSpend).toBe('unknown');
  });
});
