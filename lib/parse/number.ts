/**
 * Reads one figure as the ad platforms display it (`$1,234.56`,
 * `1 234,56 €`, `12,5 %`, `CHF 1’234.50`, `$50.00/day`) into a number.
 *
 * It refuses rather than guesses: empty markers are reported as `empty`
 * (a missing figure is not a zero), abbreviated figures (`1.2K`, `2 M€`)
 * as `abbreviated` (their precision is gone), and anything else it cannot
 * read unambiguously as `unparseable`. Accounting negatives `(12.00)` and
 * bounds such as `< 10%` are refused as unparseable.
 */
import { cleanText } from './text';
import { decimalMarkOf } from './locale';
import { isCurrencyToken } from './currency';
import { NUMERIC_CORE, readDigits } from './digits';

export type ParsedNumber =
  | { ok: true; value: number; percent: boolean; currencySymbol: string | null; raw: string }
  | { ok: false; reason: 'empty' | 'abbreviated' | 'unparseable'; raw: string };

/** Placeholders the platforms and exports show for "no value" (compared lowercased, spaces removed). */
const EMPTY_WORDS = new Set(['n/a', 'n.a.', 'na', 'n/d', 'n.d.', 'n.v.', 'n/v', 's/d']);
const DASHES_ONLY = /^[-‐‑‒–—―−]+$/;

/** Budgets carry a per-day suffix; the figure itself is still a plain amount. */
const PER_PERIOD = /\s?\/\s?(?:day|jour|tag|día|dia|dag|giorno|dzień|день|天|日)$/i;

/**
 * Magnitude suffixes: thousand, million, billion in the UI languages we
 * meet (Latin, Cyrillic, CJK). Reporting one only changes the failure
 * reason, so the list errs on the generous side.
 */
const ABBREVIATIONS = new Set([
  'k',
  'm',
  'mm',
  'mn',
  'b',
  'bn',
  't',
  'tn',
  'mio',
  'mrd',
  'md',
  'mds',
  'mil',
  'mill',
  'tsd',
  'tys',
  'тыс',
  'млн',
  'млрд',
  'l',
  'lakh',
  'lac',
  'cr',
  'crore',
]);
const CJK_MAGNITUDE = /^[万萬亿億千]/;

const SIGN = /^[-−+]$/;

function isAbbreviated(suffix: string, locale: string | undefined): boolean {
  if (CJK_MAGNITUDE.test(suffix)) return true;
  const m = /^(\p{L}+)\.?\s?(.*)$/u.exec(suffix);
  if (!m) return false;
  const word = (m[1] ?? '').toLowerCase();
  const rest = m[2] ?? '';
  return ABBREVIATIONS.has(word) && (rest === '' || isCurrencyToken(rest, locale));
}

/** Splits the text before the digits into an optional sign and currency, in either order (`-$`, `CHF-`). */
function readPrefix(prefix: string): { sign: string; currency: string } | null {
  const m = /^([-−+]?)\s?(.*?)\s?([-−+]?)$/u.exec(prefix);
  if (!m) return null;
  const before = m[1] ?? '';
  const currency = m[2] ?? '';
  const after = m[3] ?? '';
  if (before && after) return null;
  if (SIGN.test(currency)) return null;
  return { sign: before || after, currency };
}

/**
 * Parses a displayed figure. `locale` (the page's `lang`, or `hl=`) decides
 * the decimal mark; without it, see the fallback documented in `digits.ts`.
 * Percentages come back as ratios (`12,5 %` → 0.125, `percent: true`).
 */
export function parseDisplayedNumber(text: string, locale?: string): ParsedNumber {
  const raw = text;
  const fail = (reason: 'empty' | 'abbreviated' | 'unparseable'): ParsedNumber => ({ ok: false, reason, raw });

  let s = cleanText(text);
  if (s === '' || DASHES_ONLY.test(s) || EMPTY_WORDS.has(s.toLowerCase().replace(/ /g, ''))) return fail('empty');

  s = s.replace(PER_PERIOD, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  } else if (s.startsWith('%')) {
    // Turkish and a few other locales put the sign first: `%12,5`.
    percent = true;
    s = s.slice(1).trimStart();
  }

  const core = NUMERIC_CORE.exec(s);
  if (!core) return fail('unparseable');
  const prefixText = s.slice(0, core.index).trim();
  const suffix = s.slice(core.index + core[0].length).trim();
  if (/\d/.test(suffix)) return fail('unparseable');

  const prefix = readPrefix(prefixText);
  if (!prefix) return fail('unparseable');

  let currency: string | null = null;
  if (suffix !== '') {
    // Before the currency test: `M€` would otherwise pass for a decorated symbol.
    if (isAbbreviated(suffix, locale)) return fail('abbreviated');
    if (!isCurrencyToken(suffix, locale)) return fail('unparseable');
    currency = suffix;
  }
  if (prefix.currency !== '') {
    if (currency !== null || !isCurrencyToken(prefix.currency, locale)) return fail('unparseable');
    currency = prefix.currency;
  }
  if (percent && currency !== null) return fail('unparseable');

  const digits = readDigits(core[0], decimalMarkOf(locale));
  if (digits === null) return fail('unparseable');

  const negative = prefix.sign === '-' || prefix.sign === '−';
  // Scaling through the exponent keeps `5.23%` exactly 0.0523 instead of 5.23 / 100.
  const value = Number(`${negative ? '-' : ''}${digits}e${percent ? -2 : 0}`);
  if (!Number.isFinite(value)) return fail('unparseable');
  return { ok: true, value: value === 0 ? 0 : value, percent, currencySymbol: currency, raw };
}
