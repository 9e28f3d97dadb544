/**
 * The built-in profile's name follows the UI language while nobody renamed it: before anything is
 * saved, a French page said "My shop". The name is user data, so this is for display only: what is
 * saved stays as it is, and a name the user typed is shown as typed. The first set-up saves the UI
 * language's name (lib/options/first-setup.ts): that one is built in too and follows the language.
 * No catalog here: the content scripts get theirs from the background.
 */

/** The catalogs' key of the built-in profile's name. */
export const PROFILE_NAME_KEY = 'profile.defaultName';

/** `shown`: the built-in name in the UI language; `builtIns`: the built-in name in every language. */
export function shownProfileName(name: string, shown: string, builtIns: readonly string[]): string {
  return builtIns.includes(name) ? shown : name;
}

/** The settings with every profile named as shown; the same object when no name changes. */
export function withShownProfileNames<S extends { profiles: readonly { name: string }[] }>(settings: S, shown: string, builtIns: readonly string[]): S {
  if (!settings.profiles.some((p) => shownProfileName(p.name, shown, builtIns) !== p.name)) return settings;
  return { ...settings, profiles: settings.profiles.map((p) => ({ ...p, name: shownProfileName(p.name, shown, builtIns) })) };
}
