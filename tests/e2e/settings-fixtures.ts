import { CLOTHING_SHOP, SMALL_SHOP } from '../shared/worked-examples';

/** Settings used by the e2e tests: the model's worked examples as profiles. */
export const clothingProfile = {
  id: 'clothing',
  name: 'Clothing shop',
  accounts: [{ platform: 'google-ads', id: '321-654-0987' }],
  ...CLOTHING_SHOP,
};

export const smallShopProfile = {
  id: 'small',
  name: 'Small shop',
  accounts: [{ platform: 'google-ads', id: '987-654-3210' }],
  ...SMALL_SHOP,
};

/** A USD profile with every cost kind, a scoped cost and a margin rule. */
export const usdProfile = {
  id: 'usd',
  name: 'US store',
  accounts: [{ platform: 'google-ads', id: '123-456-7890' }],
  currency: 'USD',
  margin: { default: 0.5, rules: [{ match: 'contains', pattern: 'brand', margin: 0.7 }] },
  vatIncluded: 0,
  returnRate: 0.05,
  leadValue: null,
  costs: [
    { kind: 'staffTime', label: 'Staff', hoursPerMonth: 12, hourlyRate: 40 },
    { kind: 'monthly', label: 'Tools', amount: 99 },
    { kind: 'oneOff', label: 'Video', amount: 500, date: '2024-12-20', scope: { match: 'contains', pattern: 'youtube' } },
    { kind: 'percentOfRevenue', label: 'Card fees', rate: 0.029 },
    { kind: 'perConversion', label: 'Fulfilment', amount: 4.5 },
    { kind: 'percentOfSpend', label: 'Agency', rate: 0.12 },
  ],
};

/** Current-version settings (2); a profile without `lifetime` gets none. */
export function settingsWith(profiles: object[], extra: object = {}) {
  return {
    version: 2,
    targetRoi: 0.5,
    display: 'percent',
    badgeRoi: 'firstOrder',
    language: 'auto',
    defaultProfile: (profiles[0] as { id: string }).id,
    profiles: profiles.map((p) => ({ lifetime: null, ...p })),
    ...extra,
  };
}

/** The Meta fixtures' USD account (campaigns_en_usd, ad sets, ads), every cost kind but one-off. */
export const metaUsdProfile = {
  id: 'northwind',
  name: 'Northwind (Meta)',
  accounts: [{ platform: 'meta', id: '1234567890123456' }],
  currency: 'USD',
  margin: { default: 0.5, rules: [{ match: 'contains', pattern: 'Retargeting', margin: 0.6 }] },
  vatIncluded: 0,
  returnRate: 0.05,
  leadValue: null,
  costs: [
    { kind: 'staffTime', label: 'Staff', hoursPerMonth: 10, hourlyRate: 40 },
    { kind: 'monthly', label: 'Tools', amount: 99 },
    { kind: 'percentOfRevenue', label: 'Card fees', rate: 0.029 },
    { kind: 'perConversion', label: 'Fulfilment', amount: 4.5 },
    { kind: 'percentOfSpend', label: 'Agency', rate: 0.1 },
  ],
};
