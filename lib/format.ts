/**
 * Display formatting, the only place where numbers are rounded (model:
 * money to the cent, ratios to 2 decimals, ROI to 1 decimal).
 */
import type { Period, RoasThreshold } from './roi/types';

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    // −0.0004 would print "-0,0 %": a sign on zero reads as a loss that is not there (as in lib/csv.ts).
    f = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options });
    cache.set(key, f);
  }
  return f;
}

export function formatMoney(value: number, currency: string, locale: string): string {
  try {
    return nf(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  } catch {
    // An unknown ISO code must not break the overlay.
    return `${formatNumber(value, locale, 2)} ${currency}`;
  }
}

export function formatNumber(value: number, locale: string, decimals: number): string {
  return nf(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A fraction as a percentage: 1.0713 → "107.1 %" (fr) / "107.1%" (en). */
export function formatPercent(fraction: number, locale: string, decimals = 1): string {
  return nf(locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(fraction);
}

/** Gain ratio in the "x : 1" form. */
export function formatGainRatio(ratio: number, locale: string): string {
  return `${formatNumber(ratio, locale, 2)} : 1`;
}

export type RoiDisplay = 'percent' | 'ratio';

export function formatRoi(roi: number, display: RoiDisplay, locale: string): string {
  return display === 'ratio' ? formatGainRatio(1 + roi, locale) : formatPercent(roi, locale, 1);
}

export function formatRoas(roas: number, locale: string): string {
  return formatNumber(roas, locale, 2);
}

export function formatThreshold(t: RoasThreshold, locale: string, words: { unreachable: string; unknown: string }): string {
  if (t === 'unreachable') return words.unreachable;
  if (t === 'unknown') return words.unknown;
  return formatRoas(t, locale);
}

export type Verdict = 'loss' | 'below-target' | 'on-target';

/** Badge colour: red below 0 %, amber from 0 % to the target, green at or above it. */
export function verdict(roi: number, targetRoi: number): Verdict {
  if (roi < 0) return 'loss';
  return roi >= targetRoi ? 'on-target' : 'below-target';
}

/** A date range in the locale's own words ("1 – 30 Nov 2025"), a single day as one date. */
export function formatPeriod(period: Period, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(`${period.end}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${period.start} – ${period.end}`;
  return period.start === period.end ? f.format(start) : f.formatRange(start, end);
}
