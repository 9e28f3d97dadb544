/**
 * Time rules of the history: how long entries are kept, and which periods
 * are still settling. Dates are whole UTC days (lib/roi/calendar).
 */
import { addMonths, dayNumber, isoFromDay } from '../roi/calendar';
import type { IsoDate, Period } from '../roi/types';

/** 25 months: the same period last year is always there, with a month to spare. */
export const DEFAULT_RETENTION_MONTHS = 25;
/** Conversions keep arriving for weeks; a period this fresh will still grow. */
export const SETTLING_DAYS = 7;

/** The UTC calendar day of an ISO timestamp. */
export function dayOf(timestamp: string): IsoDate {
  return new Date(timestamp).toISOString().slice(0, 10);
}

/** A period that ended less than 7 days before it was captured. */
export function isSettling(period: Period, capturedAt: string): boolean {
  const end = dayNumber(period.end);
  const captured = dayNumber(dayOf(capturedAt));
  if (end === null || captured === null) return false;
  return captured - end < SETTLING_DAYS;
}

/** The first period end that is still kept at `now`: older entries are removed. */
export function retentionCutoff(now: Date, months: number = DEFAULT_RETENTION_MONTHS): IsoDate {
  const today = dayNumber(now.toISOString().slice(0, 10))!;
  return isoFromDay(addMonths(today, -months));
}

/** Kept when its period ends on or after the cutoff. */
export function isExpired(period: Period, now: Date, months: number = DEFAULT_RETENTION_MONTHS): boolean {
  return period.end < retentionCutoff(now, months);
}
