/**
 * Geometry of the progress chart: scales and ticks from dates and figures
 * to SVG coordinates. Pure, so the chart component only draws.
 */
import { dayNumber, isoFromDay, yearMonth } from '../roi/calendar';
import type { IsoDate } from '../roi/types';

export interface Scale {
  (value: number): number;
  domain: [number, number];
}

export function linear(d0: number, d1: number, r0: number, r1: number): Scale {
  const span = d1 - d0 || 1;
  const f = ((v: number) => r0 + ((v - d0) / span) * (r1 - r0)) as Scale;
  f.domain = [d0, d1];
  return f;
}

/** Round steps (1, 2, 5 × 10^k) covering [min, max] with about `count` ticks. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  return ticks;
}

/** First days of months between two days, thinned so that at most `max` remain. */
export function monthTicks(first: number, last: number, max = 8): IsoDate[] {
  const ticks: IsoDate[] = [];
  let { year, month } = yearMonth(first);
  for (;;) {
    const iso = `${year}-${String(month).padStart(2, '0')}-01`;
    const day = dayNumber(iso)!;
    if (day > last) break;
    if (day >= first) ticks.push(iso);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  const every = Math.ceil(ticks.length / max) || 1;
  return ticks.filter((_, i) => i % every === 0);
}

/** A padded range that includes every value given (and zero when asked). */
export function extent(values: readonly number[], withZero: boolean): [number, number] {
  const vs = withZero ? [...values, 0] : [...values];
  if (vs.length === 0) return [0, 1];
  let lo = Math.min(...vs);
  let hi = Math.max(...vs);
  if (hi === lo) {
    hi += 0.5;
    lo -= lo === 0 ? 0 : 0.5;
  }
  const pad = (hi - lo) * 0.08;
  return [lo < 0 || !withZero ? lo - pad : lo, hi + pad];
}

export function dayRange(dates: readonly IsoDate[]): [number, number] {
  const days = dates.map((d) => dayNumber(d)!).filter((d) => d !== null);
  if (days.length === 0) return [0, 1];
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  return hi === lo ? [lo - 1, hi + 1] : [lo, hi];
}

export { dayNumber, isoFromDay };
