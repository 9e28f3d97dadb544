/**
 * Calendar arithmetic on plain year/month/day triples. UTC throughout: a
 * displayed date is a calendar day, never an instant, so the user's time
 * zone must not shift it.
 */
import type { IsoDate } from '../roi/types';

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
