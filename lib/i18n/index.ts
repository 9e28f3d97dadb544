/**
 * French and English, following the browser unless the user chose. Every
 * text the UI shows comes from here; components never hard-code strings.
 */
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type Language = 'en' | 'fr';
export type LanguageSetting = Language | 'auto';
export type { MessageKey };

const catalogs: Record<Language, Record<MessageKey, string>> = { en, fr };

/** The UI language: the user's choice, else the browser's when it is French, else English. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string | undefined): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Locale for number formatting: the browser's own when it matches the language (fr-CA stays fr-CA). */
export function localeFor(language: Language, browserLanguage: string | undefined): string {
  if (browserLanguage && browserLanguage.toLowerCase().startsWith(language)) return browserLanguage;
  return language === 'fr' ? 'fr-FR' : 'en-US';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalog = catalogs[language];
  return (key, params) => {
    const text = catalog[key] ?? en[key] ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
  };
}
