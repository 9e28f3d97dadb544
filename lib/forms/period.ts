/** Calendar months for the calculator and the monthly total, in the user's time zone. */
import { localIsoDate } from '../settings';
import type { Period } from '../roi';

/** The calendar month containing `date`. */
export function monthOf(date: Date = new Date()): Period {
  const first = new Date(date.getFullYear(), date.getMonth(), 1);
  const last = new Date(date.getFullYear(), date.getMonth() + 1, 0);
  return { start: localIsoDate(first), end: localIsoDate(last) };
}

export function monthName(period: Period, locale: string): string {
  const date = new Date(`${period.start}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
