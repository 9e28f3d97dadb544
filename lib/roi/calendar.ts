/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, in whole UTC days so that no
 * time zone or DST shift can move a day across a month boundary.
 */
import type { IsoDate, Period } from './types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01), or null for a malformed or impossible date. */
export function dayNumber(date: IsoDate): number | null {
  const m = ISO.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return Date.UTC(y, mo - 1, d) / MS_PER_DAY;
}

export function isoFromDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days in month `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year and month (1–12) of a day number. */
export function yearMonth(day: number): { year: number; month: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/**
 * The same day `months` later, clamped to the end of a shorter month
 * (Jan 31 + 1 month = Feb 28/29): the usual reading of "for k months".
 */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const total = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(total / 12);
  const month = (((total % 12) + 12) % 12) + 1;
  const dom = Math.min(d.getUTCDate(), daysInMonth(year, month));
  return Date.UTC(year, month - 1, dom) / MS_PER_DAY;
}

/**
 * Σ over the days d of [first, last] of amount / daysInMonth(d): the model's
 * calendar-day proration. Walks month by month, so a year costs 12 steps.
 */
export function prorateMonthly(amount: number, first: number, last: number): number {
  let total = 0;
  let day = first;
  while (day <= last) {
    const { year, month } = yearMonth(day);
    const dim = daysInMonth(year, month);
    const monthEnd = Date.UTC(year, month - 1, dim) / MS_PER_DAY;
    const until = Math.min(monthEnd, last);
    total += (amount * (until - day + 1)) / dim;
    day = until + 1;
  }
  return total;
}

/** A period from two typed dates: both real calendar dates, start ≤ end; else null. */
export function periodFrom(start: IsoDate, end: IsoDate): Period | null {
  const a = dayNumber(start);
  const b = dayNumber(end);
  return a !== null && b !== null && a <= b ? { start, end } : null;
}
