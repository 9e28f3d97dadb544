/**
 * The settings file's shape: the single source of truth for what is valid.
 * zod/mini (not classic zod) because this ships in the content scripts,
 * where bundle size matters. Types are inferred from these schemas; the
 * engine keeps its own plain types (lib/roi/types.ts), and the check at the
 * bottom of this file fails the build if the two drift apart.
 */
import { z } from 'zod/mini';
import type { CostKind, Profile, Cost as EngineCost } from '../roi/types';
import {
  GOOGLE_ADS_ID, META_ID, PLATFORMS, normaliseGoogleAdsId, normaliseMetaId,
} from './accounts';
import { DEFAULT_COST_LABELS } from './defaults';
import { BadgeRoiSchema, LifetimeSchema } from './lifetime';
import { CURRENT_VERSION } from './migrations';

const between = (min: number, max: number) => {
  const error = `must be between ${min} and ${max}`;
  return z.number().check(z.gte(min, error), z.lte(max, error));
};
const nonNegative = () => z.number().check(z.gte(0, 'must not be negative'));
const nonEmpty = () => z.string().check(z.minLength(1, 'must not be empty'));

export function compilesAsRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

export const IsoDateSchema = z.iso.date('must be a real date written YYYY-MM-DD');

// ---------------------------------------------------------------- patterns

const MATCH_KINDS = ['contains', 'regex'] as const;

/** On the object, not the string: whether the pattern must compile depends on `match`. */
const patternCompiles = <T extends { match: string; pattern: string }>() =>
  z.refine<T>((p) => p.match !== 'regex' || compilesAsRegex(p.pattern), {
    error: 'is not a valid regular expression',
    path: ['pattern'],
  });

const namePatternShape = { match: z.enum(MATCH_KINDS), pattern: nonEmpty() };

export const NamePatternSchema = z.strictObject(namePatternShape).check(patternCompiles());

export const MarginRuleSchema = z
  .strictObject({ ...namePatternShape, margin: between(0, 1) })
  .check(patternCompiles());

// ------------------------------------------------------------------- costs

/** An empty label would leave a cost line nameless in every breakdown. */
const label = (kind: CostKind) =>
  z.string().check(z.overwrite((s) => (s.trim() === '' ? DEFAULT_COST_LABELS[kind] : s)));

const costBase = <K extends CostKind>(kind: K) => ({
  kind: z.literal(kind),
  id: z.optional(z.string()),
  label: label(kind),
});

const optionalDate = () => z.optional(z.nullable(IsoDateSchema));
const optionalScope = () => z.optional(z.nullable(NamePatternSchema));

const datesInOrder = <T extends { from?: string | null | undefined; until?: string | null | undefined }>() =>
  z.refine<T>((c) => !c.from || !c.until || c.from <= c.until, {
    error: 'must not be before from',
    path: ['until'],
  });

export const PercentOfRevenueCostSchema = z.strictObject({
  ...costBase('percentOfRevenue'),
  rate: between(0, 1),
});

export const PerConversionCostSchema = z.strictObject({
  ...costBase('perConversion'),
  amount: nonNegative(),
});

/** Up to 10× spend: agency fees above 100 % of spend exist, 1000 % is a typo. */
export const PercentOfSpendCostSchema = z.strictObject({
  ...costBase('percentOfSpend'),
  rate: between(0, 10),
});

export const MonthlyCostSchema = z
  .strictObject({
    ...costBase('monthly'),
    amount: nonNegative(),
    from: optionalDate(),
    until: optionalDate(),
    scope: optionalScope(),
  })
  .check(datesInOrder());

/** 744 h = 31 days × 24 h: more hours than a month has is a typo. */
export const StaffTimeCostSchema = z
  .strictObject({
    ...costBase('staffTime'),
    hoursPerMonth: between(0, 744),
    hourlyRate: nonNegative(),
    from: optionalDate(),
    until: optionalDate(),
    scope: optionalScope(),
  })
  .check(datesInOrder());

export const OneOffCostSchema = z.strictObject({
  ...costBase('oneOff'),
  amount: nonNegative(),
  date: IsoDateSchema,
  amortizeMonths: z.optional(z.nullable(
    z.int('must be a whole number of months').check(z.gte(1, 'must be between 1 and 120'), z.lte(120, 'must be between 1 and 120')),
  )),
  scope: optionalScope(),
});

export const COST_SCHEMAS = {
  percentOfRevenue: PercentOfRevenueCostSchema,
  perConversion: PerConversionCostSchema,
  percentOfSpend: PercentOfSpendCostSchema,
  monthly: MonthlyCostSchema,
  staffTime: StaffTimeCostSchema,
  oneOff: OneOffCostSchema,
} as const satisfies Record<CostKind, unknown>;

export const CostSchema = z.discriminatedUnion('kind', [
  PercentOfRevenueCostSchema,
  PerConversionCostSchema,
  PercentOfSpendCostSchema,
  MonthlyCostSchema,
  StaffTimeCostSchema,
  OneOffCostSchema,
]);

// ---------------------------------------------------------------- accounts

export const GoogleAdsAccountSchema = z.strictObject({
  platform: z.literal(PLATFORMS[0]),
  id: z.string().check(
    z.overwrite(normaliseGoogleAdsId),
    z.regex(GOOGLE_ADS_ID, 'must be a Google Ads customer id like 123-456-7890'),
  ),
});

export const MetaAccountSchema = z.strictObject({
  platform: z.literal(PLATFORMS[1]),
  id: z.string().check(
    z.overwrite(normaliseMetaId),
    z.regex(META_ID, 'must be a Meta ad account id: digits, optionally after act_'),
  ),
});

export const ACCOUNT_SCHEMAS = {
  'google-ads': GoogleAdsAccountSchema,
  meta: MetaAccountSchema,
} as const satisfies Record<(typeof PLATFORMS)[number], unknown>;

export const AccountSchema = z.discriminatedUnion('platform', [GoogleAdsAccountSchema, MetaAccountSchema]);

// ----------------------------------------------------------------- profile

export const CurrencySchema = z.string().check(
  z.regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO 4217 code such as EUR'),
);

export const MarginSchema = z.strictObject({
  default: between(0, 1),
  rules: z.array(MarginRuleSchema),
});

export const LeadValueSchema = z.strictObject({
  closeRate: between(0, 1),
  dealValue: nonNegative(),
});

/** 1 would mean everything is refunded, and m' would be 0 for every row. */
const ReturnRateSchema = z.number().check(
  z.gte(0, 'must be at least 0 and less than 1'),
  z.lt(1, 'must be at least 0 and less than 1'),
);

export const ProfileSchema = z.strictObject({
  id: nonEmpty(),
  name: nonEmpty(),
  accounts: z.array(AccountSchema),
  currency: CurrencySchema,
  margin: MarginSchema,
  vatIncluded: between(0, 1),
  returnRate: ReturnRateSchema,
  leadValue: z.nullable(LeadValueSchema),
  costs: z.array(CostSchema),
  /** Since version 2; null: no lifetime view. */
  lifetime: z.nullable(LifetimeSchema),
});

// ---------------------------------------------------------------- settings

export const DISPLAY_MODES = ['percent', 'ratio'] as const;
export const LANGUAGES = ['auto', 'en', 'fr'] as const;

type ProfileList = readonly { id: string; accounts: readonly { platform: string; id: string }[] }[];

/**
 * A page's profile is found by its account; an account in two profiles
 * would make the choice depend on list order, invisibly to the user.
 */
const profilesConsistent = z.superRefine<{ defaultProfile: string; profiles: ProfileList }>((s, ctx) => {
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  s.profiles.forEach((profile, i) => {
    if (ids.has(profile.id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate profile id "${profile.id}"`, path: ['profiles', i, 'id'], input: profile.id });
    }
    ids.add(profile.id);
    profile.accounts.forEach((account, j) => {
      const key = `${account.platform}:${account.id}`;
      const owner = owners.get(key);
      if (owner !== undefined) {
        ctx.addIssue({ code: 'custom', message: `account already listed in profile "${owner}"`, path: ['profiles', i, 'accounts', j], input: account });
      } else {
        owners.set(key, profile.id);
      }
    });
  });
  if (!ids.has(s.defaultProfile)) {
    ctx.addIssue({ code: 'custom', message: `names no profile ("${s.defaultProfile}")`, path: ['defaultProfile'], input: s.defaultProfile });
  }
});

export const SettingsSchema = z
  .strictObject({
    version: z.literal(CURRENT_VERSION, `must be ${CURRENT_VERSION}`),
    targetRoi: between(-1, 100),
    display: z.enum(DISPLAY_MODES),
    /** Since version 2: what the badges show. */
    badgeRoi: BadgeRoiSchema,
    language: z.enum(LANGUAGES),
    defaultProfile: nonEmpty(),
    profiles: z.array(ProfileSchema).check(z.minLength(1, 'must list at least one profile')),
    /** Absent means false: keep settings on this device only. */
    sync: z.optional(z.boolean()),
  })
  .check(profilesConsistent);

// ------------------------------------------------------------------- types

export type SettingsNamePattern = z.infer<typeof NamePatternSchema>;
export type SettingsMarginRule = z.infer<typeof MarginRuleSchema>;
export type SettingsCost = z.infer<typeof CostSchema>;
export type SettingsAccount = z.infer<typeof AccountSchema>;
export type SettingsLeadValue = z.infer<typeof LeadValueSchema>;
export type SettingsProfile = z.infer<typeof ProfileSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type DisplayMode = Settings['display'];
export type LanguageSetting = Settings['language'];

/**
 * Compile-time only: fails `tsc` here, where the drift happens, if a
 * settings profile could not be handed to the engine as is.
 */
type Assignable<A extends B, B> = [A, B];
export type _ProfileIsEngineProfile = Assignable<SettingsProfile, Profile>;
export type _CostIsEngineCost = Assignable<SettingsCost, EngineCost>;
