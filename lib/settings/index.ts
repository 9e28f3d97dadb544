/**
 * Settings: schema, defaults, repair on read, strict import, import preview
 * and the injected-storage store. Pure: no DOM, no browser API.
 */
export type {
  DisplayMode,
  LanguageSetting,
  Settings,
  SettingsAccount,
  SettingsCost,
  SettingsLeadValue,
  SettingsMarginRule,
  SettingsNamePattern,
  SettingsProfile,
} from './schema';
export {
  AccountSchema,
  CostSchema,
  COST_SCHEMAS,
  CurrencySchema,
  DISPLAY_MODES,
  IsoDateSchema,
  LANGUAGES,
  LeadValueSchema,
  MarginRuleSchema,
  MarginSchema,
  NamePatternSchema,
  ProfileSchema,
  SettingsSchema,
  compilesAsRegex,
} from './schema';
export {
  DEFAULT_COST_LABELS,
  DEFAULT_CURRENCY,
  DEFAULT_MARGIN,
  DEFAULT_PROFILE_ID,
  DEFAULT_PROFILE_NAME,
  DEFAULT_TARGET_ROI,
  defaultCost,
  defaultProfile,
  defaultSettings,
} from './defaults';
export type { BadgeRoi, SettingsLifetime } from './lifetime';
export { BADGE_ROI, BadgeRoiSchema, LifetimeSchema } from './lifetime';
export type { Migration, MigrationResult, RawSettings } from './migrations';
export { CURRENT_VERSION, MIGRATIONS, migrate } from './migrations';
export type { Repair } from './report';
export type { DetailedRead, ReadResult } from './read';
export { readDetailed, readSettings } from './read';
export type { Validation } from './validate';
export { MAX_IMPORT_BYTES, checkSettings, validateImport } from './validate';
export type { Change, ProfileField, SettingField } from './diff';
export { diffSettings } from './diff';
export type { SettingsStore, StorageAreaLike } from './store';
export { SETTINGS_KEY, SettingsError, createSettingsStore } from './store';
export { profileFor } from './profile-for';
export { normaliseAccountId } from './accounts';
export type { StoredSettings, Unreadable, UnreadableProblem, UnreadableWhat } from './unreadable';
export { readStored, unreadableOf } from './unreadable';
export type { SettingsState } from './blocking';
export { blocking, SAVED_STATE } from './blocking';
