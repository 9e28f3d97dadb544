/** Engine profiles in tests: a shop in EUR at a 50 % margin, no VAT, no returns, no leads; the costs said. */
import type { Cost, Profile } from '../../lib/roi';

export const NOVEMBER = { start: '2025-11-01', end: '2025-11-30' };

export function profileWith(costs: Cost[], overrides: Partial<Profile> = {}): Profile {
  return {
    currency: 'EUR',
    margin: { default: 0.5, rules: [] },
    vatIncluded: 0,
    returnRate: 0,
    leadValue: null,
    costs,
    ...overrides,
  };
}
