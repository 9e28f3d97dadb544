/**
 * French and English, following the browser unless the user chose. Every
 * text the UI shows comes from here; components never hard-code strings.
 * Content scripts import `./overlay` (overlay texts only) to stay small.
 */
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { makeTranslator, type Language, type Translate as TranslateOf } from './language';

export { localeFor, resolveLanguage, makeTranslator } from './language';
export type { Language, LanguageSetting } from './language';
export type { MessageKey };
export { PROFILE_NAME_KEY, shownProfileName, withShownProfileNames } from './profile-name';

/** The built-in profile's name in every UI language: a profile so named was never renamed. */
export const BUILT_IN_PROFILE_NAMES: readonly string[] = [en['profile.defaultName'], fr['profile.defaultName']];
export type Translate = TranslateOf<MessageKey>;

export function translator(language: Language): Translate {
  return makeTranslator<MessageKey>({ en, fr }, language);
}
