/**
 * The two worked examples of the ROI model (docs/roi-model.md), as engine
 * profiles. One copy for every tier: unit, DOM and end-to-end tests.
 */
import type { Profile } from '../../lib/roi/types';

export const NOVEMBER_2025 = { start: '2025-11-01', end: '2025-11-30' };

/** Example 1, Google Shopping, clothing shop: S 2 500, N 75, V 15 000 → ROI 107.1 %. */
export const CLOTHING_SHOP: Profile = {
  currency: 'EUR',
  margin: { default: 0.6, rules: [] },
  vatIncluded: 0,
  returnRate: 0,
  leadValue: null,
  costs: [
    { kind: 'staffTime', label: 'Campaign management', hoursPerMonth: 15, hourlyRate: 45 },
    { kind: 'monthly', label: 'Bid tool', amount: 120 },
    { kind: 'oneOff', label: 'Product photos', amount: 300, date: '2025-11-10' },
    { kind: 'percentOfRevenue', label: 'Payment fees', rate: 0.02 },
    { kind: 'perConversion', label: 'Shipping', amount: 6 },
  ],
};

/** Example 2, Meta campaign, small shop: S 1 000, N 50, V 5 000 → ROI 1.0 %. */
export const SMALL_SHOP: Profile = {
  currency: 'EUR',
  margin: { default: 0.4, rules: [] },
  vatIncluded: 0,
  returnRate: 0,
  leadValue: null,
  costs: [
    { kind: 'staffTime', label: 'Staff', hoursPerMonth: 10, hourlyRate: 50 },
    { kind: 'monthly', label: 'Tool', amount: 80 },
    { kind: 'perConversion', label: 'Shipping', amount: 6 },
    { kind: 'percentOfRevenue', label: 'Payment fees', rate: 0.02 },
  ],
};

/**
 * The lifetime seed check of the model ("Lifetime view of a row"): AOV 80 €,
 * 4 orders a year for 3 years, margin 45 %, CAC 150 € as a row of one new
 * customer (S = 150, N = 1, V = 80, no other cost) → lifetime ROI 188 %.
 */
export const LIFETIME_EXAMPLE = {
  profile: {
    currency: 'EUR',
    margin: { default: 0.45, rules: [] },
    vatIncluded: 0,
    returnRate: 0,
    leadValue: null,
    costs: [],
    lifetime: { purchasesPerYear: 4, years: 3, newCustomerShare: 1 },
  } satisfies Profile,
  figures: { spend: 150, conversions: 1, conversionValue: 80 },
  expected: { lifetimeRoi: 1.88, cac: 150, clv: 960, maxCac: 432, paybackMonths: 12.5, firstOrderRoi: (36 - 150) / 150 },
} as const;
