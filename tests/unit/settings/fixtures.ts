import type { Repair } from '../../../lib/settings';

/**
 * The examples of docs "Data shapes" (docs/roi-model.md), copied as written.
 * The settings file there abbreviates each profile's fields as "…"; here
 * they are the example profile's fields. Older versions of the file are the
 * golden files under tests/fixtures/settings/.
 */
export const MODEL_PROFILE = {
  currency: 'EUR',
  margin: { default: 0.6, rules: [{ match: 'contains', pattern: 'Baby bottles', margin: 0.18 }] },
  vatIncluded: 0,
  returnRate: 0,
  leadValue: null,
  costs: [
    { kind: 'staffTime', label: 'Campaign management', hoursPerMonth: 15, hourlyRate: 45 },
    { kind: 'monthly', label: 'Bid tool', amount: 120 },
    { kind: 'oneOff', label: 'Product photos', amount: 300, date: '2025-11-10' },
    { kind: 'percentOfRevenue', label: 'Payment fees', rate: 0.02 },
    { kind: 'perConversion', label: 'Shipping', amount: 6 },
    { kind: 'percentOfSpend', label: 'Agency fee', rate: 0.1 },
  ],
  lifetime: null,
};

export function modelSettingsFile() {
  return {
    version: 2,
    targetRoi: 0.5,
    display: 'percent',
    badgeRoi: 'firstOrder',
    language: 'auto',
    defaultProfile: 'default',
    profiles: [
      { id: 'default', name: 'My shop', accounts: [], ...structuredClone(MODEL_PROFILE) },
      {
        id: 'p2',
        name: 'Client B',
        accounts: [
          { platform: 'google-ads', id: '123-456-7890' },
          { platform: 'meta', id: '1234567890' },
        ],
        ...structuredClone(MODEL_PROFILE),
      },
    ],
  };
}

/** The repair readSettings reports at this path, if any. */
export function repairAt(repairs: Repair[], path: string): Repair | undefined {
  return repairs.find((r) => r.path === path);
}
