/**
 * Ads Manager's period from the URL (platform-dom.md §7.2): `date=<start>_<end>,<preset>`,
 * e.g. `date=2026-01-01_2026-08-19%2Cmaximum`. A "last 7 days" URL reads
 * `2024-10-27_2024-11-03,last_7d`, eight calendar dates for seven days, so the
 * end is read as exclusive [I]: the period's last day is the day before it.
 */
import type { Period } from '../../roi/types';

const DATE_PARAM = /^(\d{4})-(\d{2})-(\d{2})_(\d{4})-(\d{2})-(\d{2})(?:,|$)/;

function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2026-02-30 over to March: such a date is not a date.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The period a `date=` value names, end exclusive; null when absent or malformed. */
export function periodFromDateParam(value: string | null): Period | null {
  const m = value ? DATE_PARAM.exec(value.trim()) : null;
  if (!m) return null;
  const n = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const start = isoDay(n[0], n[1], n[2]);
  const endExclusive = isoDay(n[3], n[4], n[5]);
  if (!start || !endExclusive || endExclusive <= start) return null;
  return { start, end: dayBefore(endExclusive) };
}

/**
 * The page's period: the visible date text when it parses (it is what the
 * user sees, and wins when the two differ by the URL's exclusive last day),
 * else the URL's `date=`.
 */
export function metaPeriod(fromText: Period | null, url: URL): Period | null {
  return fromText ?? periodFromDateParam(url.searchParams.get('date'));
}
