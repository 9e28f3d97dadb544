/** Settings for the form tests: the model's worked example 1 as a settings file. */
import type { Settings } from '../../../lib/settings';

export function exampleSettings(): Settings {
  return {
    version: 2,
    targetRoi: 0.5,
    display: 'percent',
    badgeRoi: 'firstOrder',
    language: 'auto',
    defaultProfile: 'default',
    profiles: [
      {
        id: 'default',
        name: 'Clothing shop',
        accounts: [{ platform: 'google-ads', id: '321-654-0987' }],
        currency: 'EUR',
        margin: { default: 0.6, rules: [] },
        vatIncluded: 0,
        returnRate: 0,
        leadValue: null,
        costs: [
          { kind: 'staffTime', id: 'c1', label: 'Campaign management', hoursPerMonth: 15, hourlyRate: 45 },
          { kind: 'monthly', id: 'c2', label: 'Bid tool', amount: 120 },
          { kind: 'oneOff', id: 'c3', label: 'Product photos', amount: 300, date: '2025-11-10' },
          { kind: 'percentOfRevenue', id: 'c4', label: 'Payment fees', rate: 0.02 },
          { kind: 'perConversion', id: 'c5', label: 'Shipping', amount: 6 },
        ],
        lifetime: null,
      },
      {
        id: 'p2',
        name: 'Client B',
        accounts: [{ platform: 'meta', id: '1234567890' }],
        currency: 'USD',
        margin: { default: 0.4, rules: [{ match: 'contains', pattern: 'Baby bottles', margin: 0.18 }] },
        vatIncluded: 0,
        returnRate: 0,
        leadValue: null,
        costs: [{ kind: 'percentOfSpend', id: 'c6', label: 'Agency fee', rate: 0.1 }],
        lifetime: null,
      },
    ],
  };
}

export const NOVEMBER_2025 = { start: '2025-11-01', end: '2025-11-30' };
