/**
 * The options page edits settings that are not valid yet: while the user
 * types, a number field may be empty (null) or unreadable (NaN). `Loose<T>`
 * is T with those states allowed, so the compiler makes every use of a draft
 * go through validation before the engine sees it.
 */
import type { Settings, SettingsCost, SettingsMarginRule, SettingsProfile } from '../settings';

export type Loose<T> = T extends number
  ? number | null
  : T extends string | boolean | null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? Loose<U>[]
      : T extends object
        ? { [K in keyof T]: Loose<T[K]> }
        : T;

export type DraftSettings = Loose<Settings>;
export type DraftProfile = Loose<SettingsProfile>;
export type DraftCost = Loose<SettingsCost>;
export type DraftRule = Loose<SettingsMarginRule>;
