/**
 * Pure parsing of what the ad platforms display: figures, currencies,
 * date ranges, column headers. No DOM and no browser API, so the
 * extractors, the overlay and the tests share one implementation.
 */
export { parseDisplayedNumber, type ParsedNumber } from './number';
export { resolveCurrency } from './currency';
export { parseDateRange } from './date-range';
export { normalizeHeader } from './header';
