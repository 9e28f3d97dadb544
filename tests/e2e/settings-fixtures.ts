/** Settings used by the e2e tests: the model's worked examples as profiles. */
export const clothingProfile = {
  id: 'clothing', name: 'Clothing shop', accounts: [{ platform: 'google-ads', id: '321-654-0987' }],
  currency: 'EUR', margin: { default: 0.6, rules: [] }, vatIncluded: 0, returnRate: 0, leadValue: null,
  costs: [
    { kind: 'staffTime', label: 'Campaign management', hoursPerMonth: 15, hourlyRate: 45 },
    { kind: 'monthly', label: 'Bid tool', amount: 120 },
    { kind: 'oneOff', label: 'Product photos', amount: 300, date: '2025-11-10' },
    { kind: 'percentOfRevenue', label: 'Payment fees', rate: 0.02 },
    { kind: 'perConversion', label: 'Shipping', amount: 6 },
  ],
};

export const smallShopProfile = {
  id: 'small', name: 'Small shop', accounts: [{ platform: 'google-ads', id: '987-654-3210' }],
  currency: 'EUR', margin: { default: 0.4, rules: [] }, vatIncluded: 0, returnRate: 0, leadValue: null,
  costs: [
    { kind: 'staffTime', label: 'Staff', hoursPerMonth: 10, hourlyRate: 50 },
    { kind: 'monthly', label: 'Tool', amount: 80 },
    { kind: 'perConversion', label: 'Shipping', amount: 6 },
    { kind: 'percentOfRevenue', label: 'Payment fees', rate: 0.02 },
  ],
};

/** A USD profile with every cost kind, a scoped cost and a margin rule. */
export const usdProfile = {
  id: 'usd', name: 'US store', accounts: [{ platform: 'google-ads', id: '123-456-7890' }],
  currency: 'USD',
  margin: { default: 0.5, rules: [{ match: 'contains', pattern: 'brand', margin: 0.7 }] },
  vatIncluded: 0, returnRate: 0.05, leadValue: null,
  costs: [
    { kind: 'staffTime', label: 'Staff', hoursPerMonth: 12, hourlyRate: 40 },
    { kind: 'monthly', label: 'Tools', amount: 99 },
    { kind: 'oneOff', label: 'Video', amount: 500, date: '2024-12-20', scope: { match: 'contains', pattern: 'youtube' } },
    { kind: 'percentOfRevenue', label: 'Card fees', rate: 0.029 },
    { kind: 'perConversion', label: 'Fulfilment', amount: 4.5 },
    { kind: 'percentOfSpend', label: 'Agency', rate: 0.12 },
  ],
};

export function settingsWith(profiles: object[], extra: object = {}) {
  return {
    version: 1, targetRoi: 0.5, display: 'percent', language: 'auto', defaultProfile: (profiles[0] as { id: string }).id,
    profiles, ...extra,
  };
}
