import { expect } from 'vitest';

// What both number test files share: the spaces locales group with, and a float comparison.
export const NBSP = '\u00a0';
export const NNBSP = '\u202f';
export const THIN = '\u2009';

/** |actual − expected| ≤ 1e-9 · |expected| (exact for 0). */
export function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}
