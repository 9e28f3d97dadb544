import { describe, expect, it } from 'vitest';
import { computeRoi } from '../../../lib/roi';
import { ok } from '../../shared/results';
import { NOVEMBER, profileWith } from '../../shared/profile';

// A row missing an input gets no figure and names what is missing (the complete rows: formulas.test.ts).
const figures = { spend: 1000, conversions: 40, conversionValue: 8000 };

describe('incomplete rows name the missing input', () => {
  const shipping = { kind: 'perConversion' as const, label: 'ship', amount: 6 };
  const tool = { kind: 'monthly' as const, label: 'tool', amount: 100 };
  it.each([
    ['spend', { conversions: 5, conversionValue: 100, spend: null }, [], ['spend']],
    ['conversions with a per-conversion cost', { spend: 100, conversionValue: 500 }, [shipping], ['conversions']],
    ['value', { spend: 100, conversions: 5 }, [], ['conversionValue']],
  ] as const)('%s', (_, f, costs, missing) => {
    const r = computeRoi({ figures: f, profile: profileWith([...costs]), period: NOVEMBER });
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(missing);
  });

  it('conversions are not needed without a per-conversion cost', () => {
    const r = computeRoi({ figures: { spend: 100, conversionValue: 500 }, profile: profileWith([tool]), period: NOVEMBER });
    expect(r.status).toBe('ok');
  });

  it('an unknown period leaves fixed costs out, visibly', () => {
    const r = computeRoi({ figures, profile: profileWith([tool]), period: null });
    expect(r.status).toBe('incomplete');
    expect(r.missing).toEqual(['period']);
    expect(r).not.toHaveProperty('fixedTotal');
    expect(r).not.toHaveProperty('breakEvenRoas');
    const noFixed = computeRoi({ figures, profile: profileWith([]), period: null });
    expect(noFixed.status).toBe('ok');
  });

  it('another currency is never mixed with the profile', () => {
    const r = computeRoi({ figures, profile: profileWith([]), period: NOVEMBER, currency: 'USD' });
    expect(r.missing).toEqual(['currency']);
    expect(computeRoi({ figures, profile: profileWith([]), period: NOVEMBER, currency: 'EUR' }).status).toBe('ok');
  });
});

describe('an incomplete result carries no figure', () => {
  const FIGURES = [
    'grossMargin',
    'variableCosts',
    'variableTotal',
    'fixedCosts',
    'fixedTotal',
    'totalCost',
    'netProfit',
    'roi',
    'gainRatio',
    'poas',
    'aov',
    'breakEvenRoas',
    'targetRoas',
    'breakEvenSpend',
  ];
  const shipping = { kind: 'perConversion' as const, label: 'ship', amount: 6 };
  it.each([
    ['conversions missing with a per-order cost', { spend: 100, conversionValue: 500 }, [shipping], NOVEMBER, null],
    ['value missing', { spend: 100, conversions: 5 }, [], NOVEMBER, null],
    ['spend missing', { spend: null, conversions: 5, conversionValue: 500 }, [], NOVEMBER, null],
    ['period unknown with a fixed cost', figures, [{ kind: 'monthly' as const, label: 'tool', amount: 100 }], null, null],
    ['another currency', figures, [], NOVEMBER, 'USD'],
  ])('%s: only the inputs and what is missing', (_, f, costs, period, currency) => {
    const r = computeRoi({ figures: f, profile: profileWith([...costs]), period, currency });
    expect(r.status).toBe('incomplete');
    expect(r.missing.length).toBeGreaterThan(0);
    for (const key of FIGURES) expect(r, key).not.toHaveProperty(key);
    expect(Object.keys(r).sort()).toEqual([
      'conversionValue',
      'conversions',
      'effectiveMargin',
      'marginRate',
      'missing',
      'platformRoas',
      'spend',
      'status',
      'targetRoi',
      'valueEstimated',
      'valueFromLeads',
    ]);
  });

  it('an ok result has every figure and nothing missing', () => {
    const r = ok(computeRoi({ figures, profile: profileWith([shipping]), period: NOVEMBER }));
    expect(r.missing).toEqual([]);
    for (const key of FIGURES) expect(r, key).toHaveProperty(key);
  });
});
