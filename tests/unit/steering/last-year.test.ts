import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDay } from '../../../lib/roi/calendar';
import { periodYearEarlier, yearChange, yearEarlier } from '../../../lib/steering';

describe('same period last year', () => {
  it('December 280 % against 260 %: +20 points, +7.7 %', () => {
    const c = yearChange(2.8, 2.6);
    expect(c.points).toBeCloseTo(0.2, 12);
    expect(c.relative!).toBeCloseTo(0.2 / 2.6, 12);
    expect(Math.round(c.relative! * 1000) / 10).toBe(7.7);
  });

  it('February 65 % against 45 %: +20 points, +44.4 % (the real win)', () => {
    const c = yearChange(0.65, 0.45);
    expect(c.points).toBeCloseTo(0.2, 12);
    expect(Math.round(c.relative! * 1000) / 10).toBe(44.4);
  });

  it('shows points only when the ROI then was 0 or less', () => {
    expect(yearChange(0.3, 0)).toEqual({ now: 0.3, then: 0, points: 0.3, relative: null });
    const c = yearChange(0.1, -0.2);
    expect(c.points).toBeCloseTo(0.3, 12);
    expect(c.relative).toBeNull();
  });

  it('maps 29 February to 28 February, and every other date to the same date', () => {
    expect(yearEarlier('2024-02-29')).toBe('2023-02-28');
    expect(yearEarlier('2025-02-28')).toBe('2024-02-28');
    expect(yearEarlier('2025-03-01')).toBe('2024-03-01');
    expect(yearEarlier('2026-01-01')).toBe('2025-01-01');
    expect(yearEarlier('2026-13-01')).toBeNull();
    expect(periodYearEarlier({ start: '2024-02-23', end: '2024-02-29' })).toEqual({ start: '2023-02-23', end: '2023-02-28' });
    expect(periodYearEarlier({ start: '2026-12-01', end: '2026-12-31' })).toEqual({ start: '2025-12-01', end: '2025-12-31' });
  });

  it('always lands on a real date one year earlier with the same month and (clamped) day', () => {
    const day = fc.integer({ min: dayNumber('1971-01-01')!, max: dayNumber('2100-12-31')! });
    fc.assert(
      fc.property(day, (d) => {
        const date = isoFromDay(d);
        const earlier = yearEarlier(date)!;
        expect(dayNumber(earlier)).not.toBeNull();
        expect(Number(earlier.slice(0, 4))).toBe(Number(date.slice(0, 4)) - 1);
        expect(earlier.slice(5, 7)).toBe(date.slice(5, 7));
        if (date.slice(5) !== '02-29') expect(earlier.slice(5)).toBe(date.slice(5));
      }),
    );
  });

  it("keeps the order of a period's ends", () => {
    const day = fc.integer({ min: dayNumber('1971-01-01')!, max: dayNumber('2100-12-31')! });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (d, len) => {
        const p = periodYearEarlier({ start: isoFromDay(d), end: isoFromDay(d + len) })!;
        expect(dayNumber(p.start)!).toBeLessThanOrEqual(dayNumber(p.end)!);
      }),
    );
  });
});
