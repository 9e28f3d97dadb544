import { describe, expect, it } from 'vitest';
import { fixedCostInPeriod } from '../../../lib/roi';
import { addMonths, dayNumber, isoFromDay, prorateMonthly } from '../../../lib/roi/calendar';

const monthly = (amount: number, extra: object = {}) => ({ kind: 'monthly' as const, label: 'x', amount, ...extra });

describe('calendar-day proration of a monthly amount', () => {
  it.each([
    ['full calendar month costs exactly A', '2025-11-01', '2025-11-30', 300],
    ['1–15 November costs A / 2', '2025-11-01', '2025-11-15', 150],
    ['a full February (28 days) costs A', '2025-02-01', '2025-02-28', 300],
    ['a leap February costs A', '2024-02-01', '2024-02-29', 300],
    ['one day of a 31-day month', '2025-01-31', '2025-01-31', 300 / 31],
    ['30 days across two months mix both weights', '2025-11-16', '2025-12-15', (15 * 300) / 30 + (15 * 300) / 31],
    ['a whole year costs 12 A', '2025-01-01', '2025-12-31', 3600],
  ])('%s', (_, start, end, expected) => {
    expect(fixedCostInPeriod(monthly(300), { start, end })).toBeCloseTo(expected, 9);
  });

  it('counts only the days the cost is active (from / until)', () => {
    const c = monthly(300, { from: '2025-11-11', until: '2025-11-20' });
    expect(fixedCostInPeriod(c, { start: '2025-11-01', end: '2025-11-30' })).toBeCloseTo(100, 9);
    expect(fixedCostInPeriod(c, { start: '2025-11-15', end: '2025-12-31' })).toBeCloseTo(60, 9);
    expect(fixedCostInPeriod(c, { start: '2025-12-01', end: '2025-12-31' })).toBe(0);
  });

  it('staff time is hours × rate per month', () => {
    const c = { kind: 'staffTime' as const, label: 's', hoursPerMonth: 15, hourlyRate: 45 };
    expect(fixedCostInPeriod(c, { start: '2025-11-01', end: '2025-11-15' })).toBeCloseTo(337.5, 9);
  });

  it('a one-off cost counts whole when its date is in the period, else not at all', () => {
    const c = { kind: 'oneOff' as const, label: 'photos', amount: 300, date: '2025-11-10' };
    expect(fixedCostInPeriod(c, { start: '2025-11-10', end: '2025-11-10' })).toBe(300);
    expect(fixedCostInPeriod(c, { start: '2025-11-11', end: '2025-11-30' })).toBe(0);
    expect(fixedCostInPeriod(c, { start: '2025-10-01', end: '2025-11-09' })).toBe(0);
  });

  it('an amortized one-off cost is amount / k per month from its date for k months', () => {
    const c = { kind: 'oneOff' as const, label: 'site', amount: 1200, date: '2025-11-01', amortizeMonths: 12 };
    expect(fixedCostInPeriod(c, { start: '2025-11-01', end: '2025-11-30' })).toBeCloseTo(100, 9);
    expect(fixedCostInPeriod(c, { start: '2026-10-01', end: '2026-10-31' })).toBeCloseTo(100, 9);
    expect(fixedCostInPeriod(c, { start: '2026-11-01', end: '2026-11-30' })).toBe(0);
    expect(fixedCostInPeriod(c, { start: '2025-01-01', end: '2027-12-31' })).toBeCloseTo(1200, 9);
    const mid = { ...c, date: '2025-11-10', amortizeMonths: 3 };
    expect(fixedCostInPeriod(mid, { start: '2025-11-01', end: '2025-11-30' })).toBeCloseTo((400 * 21) / 30, 9);
  });

  it('an inverted or malformed period costs nothing rather than a negative amount', () => {
    expect(fixedCostInPeriod(monthly(300), { start: '2025-11-30', end: '2025-11-01' })).toBe(0);
    expect(fixedCostInPeriod(monthly(300), { start: '2025-02-30', end: '2025-03-01' })).toBe(0);
  });
});

describe('calendar helpers', () => {
  it('rejects impossible dates', () => {
    expect(dayNumber('2025-02-29')).toBeNull();
    expect(dayNumber('2024-02-29')).not.toBeNull();
    expect(dayNumber('2025-13-01')).toBeNull();
    expect(dayNumber('25-11-01')).toBeNull();
  });
  it('adds months clamping to the end of shorter months', () => {
    expect(isoFromDay(addMonths(dayNumber('2025-01-31')!, 1))).toBe('2025-02-28');
    expect(isoFromDay(addMonths(dayNumber('2025-11-10')!, 3))).toBe('2026-02-10');
  });
  it('prorates day by day equivalently to the month walk', () => {
    const first = dayNumber('2025-01-17')!;
    const last = dayNumber('2025-04-03')!;
    let byDay = 0;
    for (let d = first; d <= last; d++) {
      const iso = isoFromDay(d);
      const [y, m] = iso.split('-').map(Number) as [number, number];
      byDay += 90 / new Date(Date.UTC(y, m, 0)).getUTCDate();
    }
    expect(prorateMonthly(90, first, last)).toBeCloseTo(byDay, 9);
  });
});
