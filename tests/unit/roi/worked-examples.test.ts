import { describe, expect, it } from 'vitest';
import { computeRoi, computeTable } from '../../../lib/roi';
import { ok } from '../../shared/results';
import { CLOTHING_SHOP, NOVEMBER_2025, SMALL_SHOP } from '../../shared/worked-examples';

const NOVEMBER = NOVEMBER_2025;
const cents = (x: number | null) => (x == null ? null : Math.round(x * 100) / 100);
const clothingShop = CLOTHING_SHOP;
const smallShop = SMALL_SHOP;

describe('worked example 1: Google Shopping, clothing shop', () => {
  const r = ok(
    computeRoi({
      figures: { spend: 2500, conversions: 75, conversionValue: 15000 },
      profile: clothingShop,
      period: NOVEMBER,
    }),
  );

  it('reproduces every figure to the cent', () => {
    expect(r.status).toBe('ok');
    expect(cents(r.grossMargin)).toBe(9000);
    expect(cents(r.variableTotal)).toBe(750);
    expect(cents(r.fixedTotal)).toBe(1095);
    expect(cents(r.totalCost)).toBe(4345);
    expect(cents(r.netProfit)).toBe(4655);
    expect(r.roi!).toBeCloseTo(4655 / 4345, 12);
    expect((r.roi! * 100).toFixed(1)).toBe('107.1');
    expect(r.gainRatio!.toFixed(2)).toBe('2.07');
    expect(r.platformRoas!.toFixed(2)).toBe('6.00');
    expect(r.poas!.toFixed(2)).toBe('3.30');
    expect(r.aov).toBe(200);
    expect((r.breakEvenRoas as number).toFixed(2)).toBe('2.61');
    expect(r.breakEvenRoas as number).toBeCloseTo(3595 / (2500 * 0.55), 12);
  });

  it('itemises every cost by label', () => {
    expect(r.fixedCosts.map((l) => [l.label, cents(l.amount)])).toEqual([
      ['Campaign management', 675],
      ['Bid tool', 120],
      ['Product photos', 300],
    ]);
    expect(r.variableCosts.map((l) => [l.label, cents(l.amount)])).toEqual([
      ['Payment fees', 300],
      ['Shipping', 450],
    ]);
  });

  it('gives the same result as a one-row table whose totals are that row', () => {
    const t = computeTable({
      rows: [{ spend: 2500, conversions: 75, conversionValue: 15000, name: 'Shopping' }],
      totals: { spend: 2500, conversions: 75, conversionValue: 15000 },
      profile: clothingShop,
      period: NOVEMBER,
    });
    expect(ok(t.rows[0]).netProfit).toBeCloseTo(4655, 9);
    expect(ok(t.totals).netProfit).toBeCloseTo(4655, 9);
  });
});

describe('worked example 2: Meta campaign, small shop', () => {
  const r = ok(
    computeRoi({
      figures: { spend: 1000, conversions: 50, conversionValue: 5000 },
      profile: smallShop,
      period: NOVEMBER,
    }),
  );
  it('barely breaks even although the platform says 5.00', () => {
    expect(cents(r.grossMargin)).toBe(2000);
    expect(cents(r.totalCost)).toBe(1980);
    expect(cents(r.netProfit)).toBe(20);
    expect((r.roi! * 100).toFixed(1)).toBe('1.0');
    expect(r.platformRoas!.toFixed(2)).toBe('5.00');
  });
});
