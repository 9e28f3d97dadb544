/**
 * Currency symbols as the platforms display them, and their ISO 4217 code.
 * The displayed symbol alone is often ambiguous (`$`, `¥`, `kr`), so the
 * page locale settles it; when it cannot, the answer is null and the caller
 * must not assume the profile's currency.
 */
import { cleanText } from './text';
import { localeInfo } from './locale';

/** Symbols that name one currency whatever the locale (CLDR symbols and their common variants). */
const FIXED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '€': 'EUR',
    '£': 'GBP',
    '£GB': 'GBP',
    'GB£': 'GBP',
    US$: 'USD',
    $US: 'USD',
    CA$: 'CAD',
    C$: 'CAD',
    $CA: 'CAD',
    A$: 'AUD',
    AU$: 'AUD',
    $AU: 'AUD',
    NZ$: 'NZD',
    $NZ: 'NZD',
    S$: 'SGD',
    SG$: 'SGD',
    $SG: 'SGD',
    HK$: 'HKD',
    $HK: 'HKD',
    MX$: 'MXN',
    $MX: 'MXN',
    NT$: 'TWD',
    $NT: 'TWD',
    R$: 'BRL',
    '₹': 'INR',
    'JP¥': 'JPY',
    '¥JP': 'JPY',
    円: 'JPY',
    'CN¥': 'CNY',
    '¥CN': 'CNY',
    元: 'CNY',
    '₩': 'KRW',
    '₺': 'TRY',
    '₽': 'RUB',
    'руб.': 'RUB',
    '₴': 'UAH',
    '₪': 'ILS',
    '₫': 'VND',
    '฿': 'THB',
    '₱': 'PHP',
    '₦': 'NGN',
    zł: 'PLN',
    Kč: 'CZK',
    Ft: 'HUF',
    lei: 'RON',
    RM: 'MYR',
    Rp: 'IDR',
    R: 'ZAR',
    'Fr.': 'CHF',
  }),
);

/** Symbols whose currency depends on the locale; resolved in `resolveCurrency`. */
const LOCALE_DEPENDENT = new Set(['$', '¥', 'kr', 'kr.']);

/** Regions whose own currency is displayed as a bare `$` there. Others fall back to USD. */
const DOLLAR_BY_REGION: ReadonlyMap<string, string> = new Map(
  Object.entries({
    US: 'USD',
    PR: 'USD',
    EC: 'USD',
    SV: 'USD',
    CA: 'CAD',
    AU: 'AUD',
    NZ: 'NZD',
    MX: 'MXN',
    SG: 'SGD',
    HK: 'HKD',
    TW: 'TWD',
    AR: 'ARS',
    CL: 'CLP',
    CO: 'COP',
    UY: 'UYU',
    DO: 'DOP',
    JM: 'JMD',
    TT: 'TTD',
    BS: 'BSD',
    BB: 'BBD',
    BZ: 'BZD',
    BM: 'BMD',
    KY: 'KYD',
    FJ: 'FJD',
    NA: 'NAD',
    LR: 'LRD',
    BN: 'BND',
    GY: 'GYD',
    SR: 'SRD',
  }),
);

const KRONA_BY_LANGUAGE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    sv: 'SEK',
    nb: 'NOK',
    nn: 'NOK',
    no: 'NOK',
    da: 'DKK',
    fo: 'DKK',
    is: 'ISK',
  }),
);
const KRONA_BY_REGION: ReadonlyMap<string, string> = new Map(
  Object.entries({
    SE: 'SEK',
    NO: 'NOK',
    DK: 'DKK',
    IS: 'ISK',
  }),
);

let isoCodes: ReadonlySet<string> | null = null;

/** An ISO 4217 code this runtime knows; if Intl cannot list them, any three capitals. */
export function isIsoCurrencyCode(token: string): boolean {
  if (!/^[A-Z]{3}$/.test(token)) return false;
  if (isoCodes === null) {
    isoCodes = typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : new Set<string>();
  }
  return isoCodes.size === 0 || isoCodes.has(token);
}

const AMBIGUOUS = '';
const localeSymbolCache = new Map<string, ReadonlyMap<string, string>>();

/**
 * symbol → code as Intl itself would display each currency in `locale`,
 * keeping only symbols that name exactly one currency there. This is the
 * catch-all for symbols the fixed table does not list (`د.إ.`, `E£`, …).
 */
function localeSymbols(locale: string): ReadonlyMap<string, string> {
  const cached = localeSymbolCache.get(locale);
  if (cached) return cached;
  const map = new Map<string, string>();
  try {
    const codes = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
    for (const code of codes) {
      const part = new Intl.NumberFormat(locale, { style: 'currency', currency: code }).formatToParts(1).find((p) => p.type === 'currency');
      if (!part) continue;
      const symbol = cleanText(part.value);
      if (symbol === code) continue;
      map.set(symbol, map.has(symbol) ? AMBIGUOUS : code);
    }
  } catch {
    map.clear();
  }
  localeSymbolCache.set(locale, map);
  return map;
}

/**
 * Whether `token` (text next to a number, already trimmed) is a currency
 * symbol rather than a word or a unit. Without a locale only symbols that
 * look like money anywhere are accepted.
 */
export function isCurrencyToken(token: string, locale?: string): boolean {
  if (token === '') return false;
  if (FIXED.has(token) || LOCALE_DEPENDENT.has(token) || isIsoCurrencyCode(token)) return true;
  // A currency sign with at most a few letters of decoration: `E£`, `RD$`, `Bs.S`.
  if (/\p{Sc}/u.test(token) && /^[\p{Sc}\p{L}.]{1,6}$/u.test(token)) return true;
  if (!locale) return false;
  const code = localeSymbols(locale).get(token);
  return code !== undefined && code !== AMBIGUOUS;
}

/** ISO 4217 code of a displayed currency symbol; null when unknown or ambiguous. */
export function resolveCurrency(symbol: string | null, locale: string): string | null {
  if (symbol === null) return null;
  const s = cleanText(symbol);
  if (s === '') return null;
  if (isIsoCurrencyCode(s)) return s;
  const info = localeInfo(locale);
  if (s === '$') {
    // A bare `$` is the local dollar (or peso); where none exists the platforms mean USD.
    return (info?.region ? DOLLAR_BY_REGION.get(info.region) : undefined) ?? 'USD';
  }
  if (s === '¥') return info?.language === 'zh' ? 'CNY' : 'JPY';
  if (s === 'kr' || s === 'kr.') {
    if (!info) return null;
    return KRONA_BY_LANGUAGE.get(info.language) ?? (info.region ? KRONA_BY_REGION.get(info.region) : undefined) ?? null;
  }
  const fixed = FIXED.get(s);
  if (fixed) return fixed;
  if (!info) return null;
  const code = localeSymbols(locale).get(s);
  return code && code !== AMBIGUOUS ? code : null;
}
