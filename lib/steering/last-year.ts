/**
 * Same period last year: the same calendar dates one year earlier, 29
 * February mapping to 28 February (docs/roi-model.md).
 */
import { dayNumber } from '../roi/calendar';
import type { IsoDate, Period } from '../roi/types';

/** The same calendar date one year earlier; null for a malformed date. */
export function yearEarlier(date: IsoDate): IsoDate | null {
  if (dayNumber(date) === null) return null;
  const year = Number(date.slice(0, 4)) - 1;
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

export function periodYearEarlier(period: Period): Period | null {
  const start = yearEarlier(period.start);
  const end = yearEarlier(period.end);
  return start && end ? { start, end } : null;
}

export interface YearChange {
  now: number;
  then: number;
  /** ROI_now − ROI_then, as a fraction (0.2 = +20 points). */
  points: number;
  /** (ROI_now − ROI_then) / |ROI_then|; null when ROI_then ≤ 0 (points only). */
  relative: number | null;
}

export function yearChange(now: number, then: number): YearChange {
  return { now, then, points: now - then, relative: then > 0 ? (now - then) / Math.abs(then) : null };
}
