import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRoi as computeAny, computeTable, lifetimeOfRow, type Cost, type LifetimeProfile, type RoiOk } from '../../../lib/roi';
import { CLOTHING_SHOP, LIFETIME_EXAMPLE, NOVEMBER_2025 } from '../../shared/worked-examples';
import { NOVEMBER, profileWith } from '../../shared/profile';

const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
const money = cents(1, 1e6);
const rate = fc.integer({ min: 0, max: 5000 }).map((r) => r / 10000);
const cost: fc.Arbitrary<Cost> = fc.oneof(
  rate.map((r) => ({ kind: 'percentOfRevenue' as const, label: 'p', rate: r })),
  cents(0, 50).map((a) => ({ kind: 'perConversion' as const, label: 'c', amount: a })),
  rate.map((r) => ({ kind: 'percentOfSpend' as const, label: 'a', rate: r })),
  money.map((a) => ({ kind: 'monthly' as const, label: 'm', amount: a })),
  fc
    .record({ a: money, d: fc.integer({ min: 1, max: 30 }) })
    .map(({ a, d }) => ({ kind: 'oneOff' as const, label: 'o', amount: a, date: `2025-11-${String(d).padStart(2, '0')}` })),
);
const row = fc.record({ spend: money, conversions: fc.integer({ min: 1, max: 5000 }), conversionValue: cents(0, 1e7) });
const margin = fc.integer({ min: 1, max: 100 }).map((m) => m / 100);
const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);

function expectClose(actual: number, expected: number, relative = 1e-9) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

/** The first-order result, complete (the cases that test incompleteness call computeAny). */
function computeRoi(input: Parameters<typeof computeAny>[0]): RoiOk {
  const r = computeAny(input);
  if (r.status !== 'ok') throw new Error(`incomplete: ${r.missing.join(', ')}`);
  return r;
}

function ok(view: ReturnType<typeof lifetimeOfRow>) {
  if (view.status !== 'ok') throw new Error(`incomplete: ${view.missing.join(', ')}`);
  return view;
}

describe('lifetime view of a row: the seed check', () => {
  const { profile, figures, expected } = LIFETIME_EXAMPLE;
  const first = computeRoi({ figures, profile, period: null });
  const view = ok(lifetimeOfRow(first, profile.lifetime));

  it('gives a lifetime ROI of 188 % where the first order loses money', () => {
    expectClose(first.roi!, expected.firstOrderRoi);
    expectClose(view.lifetimeRoi!, expected.lifetimeRoi);
    expect(view.ordersPerCustomer).toBe(12);
    expectClose(view.grossMargin, 432);
    expectClose(view.totalCost, 150);
  });

  it('gives the CAC, CLV, max CAC and payback of the model', () => {
    expectClose(view.cac!, expected.cac);
    expectClose(view.clv!, expected.clv);
    expectClose(view.maxCac!, expected.maxCac);
    expectClose(view.paybackMonths!, expected.paybackMonths);
  });
});

describe('lifetime view of a row: the formulas', () => {
  it('pays acquisition once and order costs k times (worked example 1, 4 orders a year for 2 years, 60 % new)', () => {
    const lifetime = { purchasesPerYear: 4, years: 2, newCustomerShare: 0.6 };
    const first = computeRoi({ figures: { spend: 2500, conversions: 75, conversionValue: 15000 }, profile: CLOTHING_SHOP, period: NOVEMBER_2025 });
    const view = ok(lifetimeOfRow(first, lifetime));
    // From the inputs, as the model writes it: o = 8, k = 1 + 0.6 × 7 = 5.2.
    const k = 5.2;
    const acquisition = 2500 + 1095; // S (1 + a) + F, no agency fee
    const orderCosts = 0.02 * 15000 + 6 * 75; // p V + c N
    const G = 15000 * 0.6;
    expectClose(view.ordersPerConversion, k);
    expectClose(view.totalCost, acquisition + k * orderCosts);
    expectClose(view.lifetimeRoi!, (k * G - acquisition - k * orderCosts) / (acquisition + k * orderCosts));
    expectClose(view.cac!, acquisition / (0.6 * 75));
    expectClose(view.clv!, 200 * 8);
    expectClose(view.paybackMonths!, acquisition / 45 / ((((G - orderCosts) / 75) * 4) / 12));
  });

  it('with one order per customer (o = 1) equals the real ROI, whatever the costs and the new-customer share', () => {
    const oneOrder = fc.oneof(
      fc.constant({ purchasesPerYear: 1, years: 1 }),
      fc.integer({ min: 1, max: 12 }).map((y) => ({ purchasesPerYear: 1 / y, years: y })),
      fc.integer({ min: 2, max: 52 }).map((p) => ({ purchasesPerYear: p, years: 1 / p })),
    );
    fc.assert(
      fc.property(row, fc.array(cost, { maxLength: 6 }), margin, oneOrder, share, (f, costs, m, o, n) => {
        const first = computeRoi({ figures: f, profile: profileWith(costs, { margin: { default: m, rules: [] } }), period: NOVEMBER });
        const view = ok(lifetimeOfRow(first, { ...o, newCustomerShare: n }));
        expectClose(view.lifetimeRoi!, first.roi!);
        expectClose(view.netProfit, first.netProfit);
      }),
    );
  });

  it('with no new customers (n = 0) also equals the real ROI: nobody comes back who was not won', () => {
    fc.assert(
      fc.property(row, fc.array(cost, { maxLength: 6 }), margin, (f, costs, m) => {
        const first = computeRoi({ figures: f, profile: profileWith(costs, { margin: { default: m, rules: [] } }), period: NOVEMBER });
        const view = ok(lifetimeOfRow(first, { purchasesPerYear: 6, years: 4, newCustomerShare: 0 }));
        expectClose(view.lifetimeRoi!, first.roi!);
        expect(view.cac).toBeNull();
      }),
    );
  });

  it('more repeat orders raise the lifetime profit exactly when an order earns more than its order costs', () => {
    fc.assert(
      fc.property(row, fc.array(cost, { maxLength: 6 }), margin, (f, costs, m) => {
        const first = computeRoi({ figures: f, profile: profileWith(costs, { margin: { default: m, rules: [] } }), period: NOVEMBER });
        const a = ok(lifetimeOfRow(first, { purchasesPerYear: 2, years: 1, newCustomerShare: 1 }));
        const b = ok(lifetimeOfRow(first, { purchasesPerYear: 4, years: 1, newCustomerShare: 1 }));
        const perOrder = first.grossMargin - first.variableCosts.filter((c) => c.kind !== 'percentOfSpend').reduce((t, c) => t + c.amount, 0);
        if (Math.abs(perOrder) < 1e-6) return;
        expect(b.netProfit > a.netProfit).toBe(perOrder > 0);
        // The ratio rises whenever there is margin, since acquisition is not paid again.
        if (first.grossMargin > 1e-6) expect(b.lifetimeRoi!).toBeGreaterThan(a.lifetimeRoi!);
      }),
    );
  });

  it('reads fewer than one order in all as the first order alone', () => {
    const { profile, figures } = LIFETIME_EXAMPLE;
    const first = computeRoi({ figures, profile, period: null });
    const view = ok(lifetimeOfRow(first, { purchasesPerYear: 0.5, years: 1, newCustomerShare: 1 }));
    expect(view.ordersPerCustomer).toBe(1);
    expectClose(view.lifetimeRoi!, first.roi!);
  });

  it('leaves CAC, CLV and payback unknown without conversions, and payback "never" when an order loses money', () => {
    const lifetime: LifetimeProfile = { purchasesPerYear: 4, years: 3, newCustomerShare: 1 };
    const noN = ok(lifetimeOfRow(computeRoi({ figures: { spend: 100, conversionValue: 300 }, profile: profileWith([]), period: null }), lifetime));
    expect([noN.cac, noN.clv, noN.maxCac, noN.paybackMonths]).toEqual([null, null, null, null]);
    expect(noN.lifetimeRoi).not.toBeNull();
    const losing = profileWith([{ kind: 'perConversion', label: 'Shipping', amount: 40 }]);
    const view = ok(lifetimeOfRow(computeRoi({ figures: { spend: 100, conversions: 2, conversionValue: 100 }, profile: losing, period: null }), lifetime));
    expect(view.cac).toBe(50);
    expect(view.paybackMonths).toBeNull();
    expect(view.maxCac! < 0).toBe(true);
  });
});

describe('lifetime view of a row: incomplete whenever the first order is', () => {
  const lifetime: LifetimeProfile = { purchasesPerYear: 4, years: 3, newCustomerShare: 1 };

  it.each([
    ['spend', { spend: null, conversions: 3, conversionValue: 300 }, null, ['spend']],
    ['value', { spend: 100, conversions: 3 }, null, ['conversionValue']],
    ['period', { spend: 100, conversions: 3, conversionValue: 300 }, 'fixed', ['period']],
    ['conversions', { spend: 100, conversionValue: 300 }, 'perConversion', ['conversions']],
  ] as const)('missing %s', (_name, figures, extra, missing) => {
    const costs: Cost[] =
      extra === 'fixed'
        ? [{ kind: 'monthly', label: 'Tool', amount: 100 }]
        : extra === 'perConversion'
          ? [{ kind: 'perConversion', label: 'Shipping', amount: 5 }]
          : [];
    const first = computeAny({ figures, profile: profileWith(costs), period: null });
    expect(first.status).toBe('incomplete');
    expect(lifetimeOfRow(first, lifetime)).toEqual({ status: 'incomplete', missing });
  });

  it('another currency on the page, and a totals row whose margin mix is unknown', () => {
    const first = computeAny({ figures: { spend: 100, conversions: 3, conversionValue: 300 }, profile: profileWith([]), period: null, currency: 'USD' });
    expect(lifetimeOfRow(first, lifetime)).toEqual({ status: 'incomplete', missing: ['currency'] });
    const table = computeTable({
      rows: [{ spend: 10, conversions: 1, conversionValue: 50, name: 'Brand' }],
      totals: { spend: 100, conversions: 3, conversionValue: 300 },
      profile: profileWith([], { margin: { default: 0.5, rules: [{ match: 'contains', pattern: 'Brand', margin: 0.7 }] } }),
      period: null,
    });
    expect(lifetimeOfRow(table.totals!, lifetime)).toEqual({ status: 'incomplete', missing: ['marginMix'] });
  });
});
