/**
 * The guided first set-up: a few answers become the first saved settings.
 * Only what the user typed becomes a cost: a blank answer adds nothing,
 * rather than a zero that would look like an answer.
 */
import { DEFAULT_COST_LABELS, DEFAULT_PROFILE_NAME, type Settings, type SettingsCost } from '../settings';
import type { FieldNumber } from './numbers';

export interface SetupAnswers {
  currency: string;
  /** Gross margin as a fraction. */
  margin: FieldNumber;
  staffHours: FieldNumber;
  hourlyRate: FieldNumber;
  tools: FieldNumber;
  agencyRate: FieldNumber;
  paymentRate: FieldNumber;
  shipping: FieldNumber;
  targetRoi: FieldNumber;
}

export type SetupField = keyof SetupAnswers;

const given = (x: FieldNumber): x is number => x !== null && Number.isFinite(x) && x > 0;

/** The answers a set-up starts from: the defaults' margin, currency and target, no cost. */
export function setupAnswers(settings: Settings): SetupAnswers {
  const profile = settings.profiles.find((p) => p.id === settings.defaultProfile) ?? settings.profiles[0]!;
  return {
    currency: profile.currency,
    margin: profile.margin.default,
    staffHours: null,
    hourlyRate: null,
    tools: null,
    agencyRate: null,
    paymentRate: null,
    shipping: null,
    targetRoi: settings.targetRoi,
  };
}

/** The fields that cannot be saved as typed, each with why. */
export function setupProblems(a: SetupAnswers): Partial<Record<SetupField, 'required' | 'notNumber' | 'range' | 'pair'>> {
  const problems: Partial<Record<SetupField, 'required' | 'notNumber' | 'range' | 'pair'>> = {};
  if (!/^[A-Z]{3}$/.test(a.currency.trim().toUpperCase())) problems.currency = 'notNumber';
  if (a.margin === null) problems.margin = 'required';
  if (a.targetRoi === null) problems.targetRoi = 'required';
  const fractions: SetupField[] = ['margin', 'agencyRate', 'paymentRate'];
  for (const key of ['margin', 'staffHours', 'hourlyRate', 'tools', 'agencyRate', 'paymentRate', 'shipping', 'targetRoi'] as const) {
    const v = a[key];
    if (v === null) continue;
    if (Number.isNaN(v)) problems[key] = 'notNumber';
    else if (v < (key === 'targetRoi' ? -1 : 0) || (fractions.includes(key) && v > 1)) problems[key] = 'range';
  }
  // Staff time is hours × rate: one without the other is no cost, and no silent zero either.
  if (given(a.staffHours) !== given(a.hourlyRate) && !problems.staffHours && !problems.hourlyRate) {
    problems[given(a.staffHours) ? 'hourlyRate' : 'staffHours'] = 'pair';
  }
  return problems;
}

/**
 * The settings to save: `base` with the default profile's margin, currency, main costs and the target.
 * `labels.profile` names a profile still called by the built-in (English) name in the UI's language.
 */
export function applySetup(
  base: Settings,
  a: SetupAnswers,
  labels: Record<'staff' | 'tools' | 'agency' | 'payment' | 'shipping', string> & { profile?: string },
): Settings {
  const costs: SettingsCost[] = [];
  if (given(a.staffHours) && given(a.hourlyRate)) {
    costs.push({ kind: 'staffTime', label: labels.staff, hoursPerMonth: a.staffHours, hourlyRate: a.hourlyRate });
  }
  if (given(a.tools)) costs.push({ kind: 'monthly', label: labels.tools, amount: a.tools });
  if (given(a.agencyRate)) costs.push({ kind: 'percentOfSpend', label: labels.agency, rate: a.agencyRate });
  if (given(a.paymentRate)) costs.push({ kind: 'percentOfRevenue', label: labels.payment, rate: a.paymentRate });
  if (given(a.shipping)) costs.push({ kind: 'perConversion', label: labels.shipping || DEFAULT_COST_LABELS.perConversion, amount: a.shipping });
  const id = base.defaultProfile;
  return {
    ...base,
    targetRoi: a.targetRoi ?? base.targetRoi,
    profiles: base.profiles.map((p) =>
      p.id !== id
        ? p
        : {
            ...p,
            name: p.name === DEFAULT_PROFILE_NAME && labels.profile ? labels.profile : p.name,
            currency: a.currency.trim().toUpperCase(),
            margin: { ...p.margin, default: a.margin ?? p.margin.default },
            costs: [...p.costs, ...costs],
          },
    ),
  };
}
