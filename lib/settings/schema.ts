/**
 * The settings file's shape: the single source of truth for what is valid.
 * zod/mini (not classic zod) because this ships in the content scripts,
 * where bundle size matters. Types are inferred from these schemas; the
 * engine keeps its own plain types (lib/roi/types.ts), and the check at the
 * bottom of this file fails the build if the two drift apart.
 */
import { z } from 'zod/mini';
import type { Profile, Cost as EngineCost } from '../roi/types';
import { AccountSchema } from './account-schemas';
import { CostSchema } from './cost-schemas';
import { BadgeRoiSchema, LifetimeSchema } from './lifetime';
import { CURRENT_VERSION } from './migrations';
import { MarginRuleSchema, type NamePatternSchema, between, nonEmpty, nonNegative } from './schema-parts';

export * from './account-schemas';
export * from './cost-schemas';
export { IsoDateSchema, MarginRuleSchema, NamePatternSchema, compilesAsRegex } from './schema-parts';

// ----------------------------------------------------------------- profile

export const CurrencySchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO 4217 code such as EUR'));

export const MarginSchema = z.strictObject({
  default: between(0, 1),
  rules: z.array(MarginRuleSchema),
});

export const LeadValueSchema = z.strictObject({
  closeRate: between(0, 1),
  dealValue: nonNegative(),
});

/** 1 would mean everything is refunded, and m' would be 0 for every row. */
const ReturnRateSchema = z.number().check(z.gte(0, 'must be at least 0 and less than 1'), z.lt(1, 'must be at least 0 and less than 1'));

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
    /** Since version 2: remember each complete ad table in the history on this device. Absent means on. */
    rememberTables: z.optional(z.boolean()),
    /** Since version 2: months of history kept (the same period last year needs at least 13). Absent means 25. */
    historyMonths: z.optional(
      z.number().check(z.int('must be a whole number'), z.gte(1, 'must be between 1 and 120'), z.lte(120, 'must be between 1 and 120')),
    ),
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
