/**
 * Dates, in one place: calendar days as `YYYY-MM-DD` strings (`IsoDate`).
 *
 * Two clocks, never mixed: a day read from the page or typed by the user is
 * a calendar day, so its arithmetic runs in UTC where no time zone or DST
 * can shift it; "today" and "this month" are the user's, so they come from
 * the local clock. The engine's own day arithmetic lives in
 * lib/roi/calendar.ts (lib/roi imports nothing outside itself); it is
 * re-exported here so the rest of the code has one module to ask.
 */
import type { IsoDate, Period } from './roi/types';

export type { IsoDate, Period };
export { addMonths, dayNumber, daysInMonth, isoFromDay, periodFrom } from './roi/calendar';

/** Years a reporting period can plausibly fall in; outside is a misread, not a date. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2199;

/** Whether the triple names a real day (no 30 February, no month 13). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `YYYY-MM-DD` of a triple, or null when it is not a real date. */
export function formatIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today in the user's time zone: a one-off cost is dated by their calendar. */
export function localIsoDate(date: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar month containing `date`, in the user's time zone (calculator, monthly total). */
export function monthOf(date: Date = new Date()): Period {
  const first = new Date(date.getFullYear(), date.getMonth(), 1);
  const last = new Date(date.getFullYear(), date.getMonth() + 1, 0);
  return { start: localIsoDate(first), end: localIsoDate(last) };
}

/** "mars 2026", "March 2026". */
export function monthName(period: Period, locale: string): string {
  const date = new Date(`${period.start}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
