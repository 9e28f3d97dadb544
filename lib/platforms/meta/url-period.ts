/**
 * Ads Manager's period from the URL (platform-dom.md §7.2): `date=<start>_<end>,<preset>`,
 * e.g. `date=2026-01-01_2026-08-19%2Cmaximum`. A "last 7 days" URL reads
 * `2024-10-27_2024-11-03,last_7d`, eight calendar dates for seven days, so the
 * end is read as exclusive [I]: the period's last day is the day before it.
 */
import type { Period } from '../../roi/types';

const DATE_PARAM = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})(?:,|$)/;

/** A day `offset` days after an ISO date, or null when the date does not exist (2026-02-30). */
function shift(iso: string, offset: number): string | null {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** The period a `date=` value names, end exclusive; null when absent or malformed. */
export function periodFromDateParam(value: string | null): Period | null {
  const m = value ? DATE_PARAM.exec(value.trim()) : null;
  const start = m && shift(m[1]!, 0);
  const end = m && shift(m[2]!, -1);
  return start && end && end >= start ? { start, end } : null;
}

/**
 * The page's period: the visible date text when it parses (it is what the
 * user sees, and wins when the two differ by the URL's exclusive last day),
 * else the URL's `date=`.
 */
export function metaPeriod(fromText: Period | null, url: URL): Period | null {
  return fromText ?? periodFromDateParam(url.searchParams.get('date'));
}
