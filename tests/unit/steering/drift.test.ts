import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drift, isWeek, periodDays, weeklyDrift } from '../../../lib/steering';

describe('drift against the target (d = (ROI − target) / |target|, ±10 %)', () => {
  it('sits exactly on the boundaries as within, just past them as below / above', () => {
    // Target 50 %: −10 % relative is 45 %, +10 % is 55 %.
    expect(drift(0.45, 0.5).state).toBe('within');
    expect(drift(0.55, 0.5).state).toBe('within');
    expect(drift(0.4499, 0.5).state).toBe('below');
    expect(drift(0.5501, 0.5).state).toBe('above');
    expect(drift(0.5, 0.5)).toEqual({ state: 'within', relative: 0 });
  });

  it('gives the relative drift the panel shows ("18 % below your target")', () => {
    const d = drift(0.41, 0.5);
    expect(d.state).toBe('below');
    expect(d.relative).toBeCloseTo(-0.18, 12);
  });

  it('measures against |target| when the target itself is a loss', () => {
    // Target −20 %: a ROI of −10 % is 50 % better than the target, not worse.
    const d = drift(-0.1, -0.2);
    expect(d.relative).toBeCloseTo(0.5, 12);
    expect(d.state).toBe('above');
    expect(drift(-0.25, -0.2).state).toBe('below');
  });

  it('with a target of 0 has no relative figure and goes by the sign', () => {
    expect(drift(-0.01, 0)).toEqual({ state: 'below', relative: null });
    expect(drift(0, 0)).toEqual({ state: 'within', relative: null });
    expect(drift(0.01, 0)).toEqual({ state: 'above', relative: null });
  });

  it('is below exactly when d < −10 % and above exactly when d > +10 % (away from float noise)', () => {
    const pct = fc.integer({ min: -500, max: 1000 }).map((p) => p / 100);
    fc.assert(
      fc.property(
        pct,
        pct.filter((t) => t !== 0),
        (roi, target) => {
          const d = (roi - target) / Math.abs(target);
          fc.pre(Math.abs(Math.abs(d) - 0.1) > 1e-6);
          const expected = d < -0.1 ? 'below' : d > 0.1 ? 'above' : 'within';
          expect(drift(roi, target).state).toBe(expected);
        },
      ),
    );
  });
});

describe('7-day periods', () => {
  it('counts both ends of a period', () => {
    expect(periodDays({ start: '2026-11-23', end: '2026-11-29' })).toBe(7);
    expect(periodDays({ start: '2026-11-29', end: '2026-11-23' })).toBeNull();
    expect(periodDays({ start: '2026-02-30', end: '2026-03-05' })).toBeNull();
  });

  it('gives a drift to a week only, across a month end too', () => {
    expect(isWeek({ start: '2026-02-26', end: '2026-03-04' })).toBe(true);
    expect(weeklyDrift({ start: '2026-11-23', end: '2026-11-29' }, 0.41, 0.5)?.state).toBe('below');
    expect(weeklyDrift({ start: '2026-11-01', end: '2026-11-30' }, 0.41, 0.5)).toBeNull();
    expect(weeklyDrift({ start: '2026-11-23', end: '2026-11-30' }, 0.41, 0.5)).toBeNull();
    expect(weeklyDrift({ start: '2026-11-23', end: '2026-11-29' }, null, 0.5)).toBeNull();
  });
});
