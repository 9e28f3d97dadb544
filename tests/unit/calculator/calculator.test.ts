import { describe, expect, it } from 'vitest';
import { ecommerce, leads, lifetime } from '../../../lib/calculator/calculator';
import { computeRoi } from '../../../lib/roi';
import { ok } from '../../shared/results';
import type { SettingsProfile } from '../../../lib/settings';
import { exampleSettings, NOVEMBER_2025 } from '../options/fixtures';

const profile = exampleSettings().profiles[0]!;
const example1 = {
  profile,
  margin: 0.6,
  costs: profile.costs,
  period: NOVEMBER_2025,
  targetRoi: 0.5,
  spend: 2500,
  valueMode: 'revenue' as const,
  revenue: 15000,
  roas: null,
  conversions: 75,
};

describe('popup calculator through the engine', () => {
  it('e-commerce: worked example 1 gives ROI 107.1 %, exactly the engine’s result', () => {
    const out = ecommerce(example1);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(ok(out.result).roi).toBeCloseTo(4655 / 4345, 12);
    expect(ok(out.result).netProfit).toBeCloseTo(4655, 9);
    expect(ok(out.result).poas).toBeCloseTo(3.3, 12);
    expect(out.result).toEqual(
      computeRoi({
        figures: { spend: 2500, conversions: 75, conversionValue: 15000 },
        profile: { ...profile, margin: { default: 0.6, rules: [] } },
        period: NOVEMBER_2025,
        targetRoi: 0.5,
        currency: null,
      }),
    );
  });

  it('e-commerce with a ROAS instead of revenue: value estimated from it', () => {
    const out = ecommerce({ ...example1, valueMode: 'roas', revenue: null, roas: 6 });
    expect(out.ok && out.result.valueEstimated && out.result.conversionValue).toBe(15000);
  });

  it('edited costs and margin are what-ifs on top of the profile', () => {
    const costs = profile.costs.filter((c) => c.kind !== 'oneOff');
    const out = ecommerce({ ...example1, costs, margin: 0.65 });
    expect(out.ok && ok(out.result).totalCost).toBeCloseTo(4045, 9);
    expect(out.ok && ok(out.result).grossMargin).toBeCloseTo(9750, 9);
  });

  it('refuses invalid inputs field by field, and never drops an invalid cost', () => {
    const costs = [...profile.costs];
    costs[1] = { ...costs[1]!, amount: Number.NaN } as (typeof costs)[number];
    const out = ecommerce({ ...example1, spend: null, margin: 1.4, conversions: -1, costs });
    expect(out).toEqual({
      ok: false,
      problems: {
        spend: { code: 'required' },
        conversions: { code: 'min', limit: 0, inclusive: true },
        margin: { code: 'max', limit: 1, inclusive: true },
        'cost.1.amount': { code: 'notNumber' },
      },
    });
  });

  it('is incomplete, not wrong, without conversions when a cost is per conversion', () => {
    const out = ecommerce({ ...example1, conversions: null });
    expect(out.ok && out.result.status).toBe('incomplete');
    expect(out.ok && out.result.missing).toEqual(['conversions']);
  });

  it('leads: value per lead, ROI, and a maximum cost per lead at which the engine breaks even', () => {
    const leadProfile: SettingsProfile = { ...profile, costs: [profile.costs[0]!, { kind: 'percentOfSpend', label: 'Agency', rate: 0.1 }] };
    const input = {
      profile: leadProfile,
      margin: 0.5,
      costs: leadProfile.costs,
      period: NOVEMBER_2025,
      targetRoi: 0.5,
      spend: 1000,
      leads: 40,
      closeRate: 0.25,
      dealValue: 1200,
    };
    const out = leads(input);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.result.valuePerLead).toBe(300);
    // V = 40 × 300 = 12 000; G = 6 000; C = 1 000 + 100 + 675 = 1 775.
    expect(ok(out.result.roi).roi).toBeCloseTo((6000 - 1775) / 1775, 12);
    const max = out.result.maxCostPerLead as number;
    const atMax = computeRoi({
      figures: { spend: max * 40, conversions: 40 },
      profile: { ...leadProfile, margin: { default: 0.5, rules: [] }, leadValue: { closeRate: 0.25, dealValue: 1200 } },
      period: NOVEMBER_2025,
    });
    expect(ok(atMax).netProfit).toBeCloseTo(0, 6);
    // Leads worth 40 × 2.50 × 50 % = 50 in margin cannot even pay the 675 of staff time.
    const hopeless = leads({ ...input, dealValue: 10 });
    expect(hopeless.ok && hopeless.result.maxCostPerLead).toBe('unreachable');
  });

  it('lifetime: the e-commerce figures through lifetimeOfRow, checked like a saved lifetime', () => {
    const input = {
      profile,
      margin: 0.45,
      costs: [],
      period: null,
      targetRoi: 0.5,
      valueMode: 'revenue' as const,
      spend: 150,
      revenue: 80,
      roas: null,
      conversions: 1,
      purchasesPerYear: 4,
      years: 3,
      newCustomerShare: 1,
    };
    const out = lifetime(input);
    if (!out.ok || out.result.life.status !== 'ok') throw new Error('not computed');
    expect(out.result.life.lifetimeRoi).toBeCloseTo(1.88, 12);
    expect(out.result.first.status).toBe('ok');
    expect(lifetime({ ...input, years: 0 })).toEqual({ ok: false, problems: { years: { code: 'min', limit: 0, inclusive: false } } });
    expect(lifetime({ ...input, years: 0.1 })).toEqual({ ok: false, problems: { years: { code: 'tooFewOrders' } } });
    expect(lifetime({ ...input, newCustomerShare: 1.5, spend: null })).toEqual({
      ok: false,
      problems: { spend: { code: 'required' }, newCustomerShare: { code: 'max', limit: 1, inclusive: true } },
    });
  });
});
