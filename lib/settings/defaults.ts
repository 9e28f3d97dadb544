/**
 * What a new user starts with, and what a broken field falls back to.
 * Every default errs on the side of *not* flattering the ads: the product
 * exists because the platforms' numbers look better than reality.
 */
import type { CostKind, IsoDate } from '../roi/types';
import { localIsoDate } from '../dates';
import { CURRENT_VERSION } from './migrations';
import { DEFAULT_COST_LABELS } from './cost-labels';
import type { Settings, SettingsCost, SettingsProfile } from './schema';

export { DEFAULT_COST_LABELS };

/** The model's default target: ROI 50 %, a gain ratio of 1.5 : 1. */
export const DEFAULT_TARGET_ROI = 0.5;

/**
 * 30 % is a modest gross margin for online retail. Until the user enters
 * their own, a low guess shows ROI too low rather than too high, which is
 * the safer mistake for a tool whose job is to correct optimistic ROAS.
 */
export const DEFAULT_MARGIN = 0.3;

/** The model's examples are in euros; the user sets their own on first use. */
export const DEFAULT_CURRENCY = 'EUR';

export const DEFAULT_PROFILE_ID = 'default';
export const DEFAULT_PROFILE_NAME = 'My shop';

export function defaultProfile(): SettingsProfile {
  return {
    id: DEFAULT_PROFILE_ID,
    name: DEFAULT_PROFILE_NAME,
    accounts: [],
    currency: DEFAULT_CURRENCY,
    margin: { default: DEFAULT_MARGIN, rules: [] },
    // 0: both platforms report conversion values as the site sends them,
    // usually without VAT; a user whose values include VAT says so.
    vatIncluded: 0,
    returnRate: 0,
    leadValue: null,
    // No invented costs: every cost shown must be one the user entered.
    costs: [],
    // No invented repeat purchases either: the lifetime view is opt-in.
    lifetime: null,
  };
}

export function defaultSettings(): Settings {
  return {
    version: CURRENT_VERSION,
    targetRoi: DEFAULT_TARGET_ROI,
    display: 'percent',
    badgeRoi: 'firstOrder',
    language: 'auto',
    defaultProfile: DEFAULT_PROFILE_ID,
    profiles: [defaultProfile()],
    sync: false,
    rememberTables: true,
    historyMonths: 25,
  };
}

type CostOfKind<K extends CostKind> = Extract<SettingsCost, { kind: K }>;

// Amounts start at zero so a half-filled new cost never adds money the user
// did not type.
const COST_FACTORIES: { [K in CostKind]: (today: IsoDate) => CostOfKind<K> } = {
  percentOfRevenue: () => ({ kind: 'percentOfRevenue', label: DEFAULT_COST_LABELS.percentOfRevenue, rate: 0 }),
  perConversion: () => ({ kind: 'perConversion', label: DEFAULT_COST_LABELS.perConversion, amount: 0 }),
  percentOfSpend: () => ({ kind: 'percentOfSpend', label: DEFAULT_COST_LABELS.percentOfSpend, rate: 0 }),
  monthly: () => ({ kind: 'monthly', label: DEFAULT_COST_LABELS.monthly, amount: 0 }),
  staffTime: () => ({ kind: 'staffTime', label: DEFAULT_COST_LABELS.staffTime, hoursPerMonth: 0, hourlyRate: 0 }),
  oneOff: (today) => ({ kind: 'oneOff', label: DEFAULT_COST_LABELS.oneOff, amount: 0, date: today }),
};

/** A new cost of one kind, as the options page adds it. */
export function defaultCost<K extends CostKind>(kind: K, today: IsoDate = localIsoDate()): CostOfKind<K> {
  const make: (today: IsoDate) => CostOfKind<K> = COST_FACTORIES[kind];
  return make(today);
}
