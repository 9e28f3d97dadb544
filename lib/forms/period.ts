/** Calendar periods for the calculator and the monthly total, in the user's time zone. */
import { localIsoDate } from '../settings';
import type { IsoDate, Period } from '../roi';

/** The calendar month containing `date`. */
export function monthOf(date: Date = new Date()): Period {
  const first = new Date(date.getFullYear(), date.getMonth(), 1);
  const last = new Date(date.getFullYear(), date.getMonth() + 1, 0);
  return { start: localIsoDate(first), end: localIsoDate(last) };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A period from two typed dates, or null when either is missing or they are reversed. */
export function periodOf(start: IsoDate, end: IsoDate): Period | null {
  if (!ISO.test(start) || !ISO.test(end) || end < start) return null;
  return { start, end };
}

export function monthName(period: Period, locale: string): string {
  const date = new Date(`${period.start}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "1 – 30 Nov 2025" style, in the locale's own words. */
export function periodText(period: Period, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(`${period.end}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${period.start} – ${period.end}`;
  return f.formatRange(start, end);
}
