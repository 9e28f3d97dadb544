/**
 * Compile-time contract of the engine's result: no figure can be read
 * without checking `status` first. `tsc --noEmit` checks this file (an
 * unused @ts-expect-error fails it); the runtime assertions keep vitest from
 * reporting an empty file and check the narrowed values.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { computeRoi } from '../../../lib/roi';
import type { MissingInput, RoiIncomplete, RoiOk, RoiResult } from '../../../lib/roi/types';
import { NOVEMBER, profileWith } from '../../shared/profile';

const FIGURES = ['grossMargin', 'totalCost', 'netProfit', 'roi', 'gainRatio', 'poas', 'aov', 'breakEvenRoas', 'targetRoas', 'breakEvenSpend'] as const;

describe('engine result types', () => {
  it('the union has no figure: reading one needs the status first', () => {
    for (const key of FIGURES) expectTypeOf<RoiResult>().not.toHaveProperty(key);
    for (const key of FIGURES) expectTypeOf<RoiIncomplete>().not.toHaveProperty(key);
    for (const key of FIGURES) expectTypeOf<RoiOk>().toHaveProperty(key);
    const r: RoiResult = computeRoi({ figures: { spend: 100, conversionValue: 400 }, profile: profileWith([]), period: NOVEMBER });
    // @ts-expect-error: `roi` exists only once the status is 'ok'
    void r.roi;
    // @ts-expect-error: so does the net profit
    void r.netProfit;
    if (r.status === 'ok') {
      expectTypeOf(r.roi).toEqualTypeOf<number | null>();
      expectTypeOf(r.netProfit).toEqualTypeOf<number>();
      expect(r.netProfit).toBe(100);
    } else {
      expect.unreachable('spend and value were given');
    }
  });

  it('an ok result knows its spend and value; an incomplete one names at least one missing input', () => {
    expectTypeOf<RoiOk['spend']>().toEqualTypeOf<number>();
    expectTypeOf<RoiOk['conversionValue']>().toEqualTypeOf<number>();
    expectTypeOf<RoiOk['missing']>().toEqualTypeOf<readonly []>();
    expectTypeOf<RoiIncomplete['missing']>().toEqualTypeOf<readonly [MissingInput, ...MissingInput[]]>();
    expectTypeOf<RoiIncomplete['spend']>().toEqualTypeOf<number | null>();
    const r = computeRoi({ figures: { spend: null, conversionValue: 400 }, profile: profileWith([]), period: NOVEMBER });
    expect(r.status === 'incomplete' && r.missing[0]).toBe('spend');
  });
});
