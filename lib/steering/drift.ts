/**
 * Drift of a 7-day period against the target ROI (docs/roi-model.md, "Over
 * time and across channels"): d = (ROI − target) / |target|; `below` when
 * d < −10 %, `above` when d > +10 %, else `within`.
 */
import { dayNumber } from '../roi/calendar';
import type { Period } from '../roi/types';

export type DriftState = 'below' | 'within' | 'above';

export interface Drift {
  state: DriftState;
  /** The relative drift d; null when the target is 0 (no relative distance exists). */
  relative: number | null;
}

export const DRIFT_TOLERANCE = 0.1;
/**
 * Float noise must not push a period that sits exactly on the ±10 % line
 * across it: (0.45 − 0.5) / 0.5 is −0.09999999999999998 in binary.
 */
const EPSILON = 1e-9;

export function drift(roi: number, targetRoi: number): Drift {
  if (targetRoi === 0) {
    // The limit of d as the target shrinks to 0: any loss is far below, any profit far above.
    return { state: roi < 0 ? 'below' : roi > 0 ? 'above' : 'within', relative: null };
  }
  const relative = (roi - targetRoi) / Math.abs(targetRoi);
  const state: DriftState = relative < -DRIFT_TOLERANCE - EPSILON ? 'below' : relative > DRIFT_TOLERANCE + EPSILON ? 'above' : 'within';
  return { state, relative };
}

/** Number of days of a period, both ends included; null for a malformed one. */
export function periodDays(period: Period): number | null {
  const a = dayNumber(period.start);
  const b = dayNumber(period.end);
  return a === null || b === null || b < a ? null : b - a + 1;
}

/** Drift is defined for 7-day periods only: a month against a weekly habit says little. */
export function isWeek(period: Period): boolean {
  return periodDays(period) === 7;
}

/** The drift of a period, or null when it is not a 7-day period or has no ROI. */
export function weeklyDrift(period: Period, roi: number | null, targetRoi: number): Drift | null {
  return roi !== null && isWeek(period) ? drift(roi, targetRoi) : null;
}
