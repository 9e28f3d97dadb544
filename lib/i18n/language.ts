/** Which language and number locale the UI uses. No texts here. */

export type Language = 'en' | 'fr';
export type LanguageSetting = Language | 'auto';

/** The UI language: the user's choice, else the browser's when it is French, else English. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string | undefined): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Locale for number formatting: the browser's own when it matches the language (fr-CA stays fr-CA). */
export function localeFor(language: Language, browserLanguage: string | undefined): string {
  if (browserLanguage?.toLowerCase().startsWith(language)) return browserLanguage;
  return language === 'fr' ? 'fr-FR' : 'en-US';
}

export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

/** A translator over one pair of catalogs, English as the fallback. */
export function makeTranslator<K extends string>(catalogs: Record<Language, Record<K, string>>, language: Language): Translate<K> {
  const catalog = catalogs[language];
  return (key, params) => {
    const text = catalog[key] ?? catalogs.en[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  };
}
