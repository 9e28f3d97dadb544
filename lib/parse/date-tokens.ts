/**
 * Splits a date-button text into date tokens. Everything that cannot be
 * part of a date (preset labels such as "Last 30 days", colons, icons)
 * becomes a `break` token, so the parser can look at each stretch of date
 * tokens on its own.
 */
import { cleanText } from './text';
import { monthOf } from './months';
import { numericDateOrder } from './locale';

export type DateToken =
  | { kind: 'num'; value: number; digits: number }
  | { kind: 'month'; value: number }
  /** CJK field markers: 年/년 year, 月/월 month, 日/일 day. */
  | { kind: 'unit'; unit: 'y' | 'm' | 'd' }
  /** An all-numeric date (`2025-11-01`, `15.12.2024`, `15.12.`), already split into fields. */
  | { kind: 'date'; year: number | null; month: number; day: number }
  | { kind: 'dash' }
  | { kind: 'comma' }
  /** Words that glue a date together without meaning (es/pt `de`, ru `г.`). */
  | { kind: 'filler' }
  | { kind: 'break' };

const UNITS: Readonly<Record<string, 'y' | 'm' | 'd'>> = {
  年: 'y',
  년: 'y',
  月: 'm',
  월: 'm',
  日: 'd',
  일: 'd',
};

const FILLERS = new Set(['de', 'del', 'г', 'г.']);

type Rule = (m: RegExpExecArray, locale: string | undefined) => DateToken;

const int = (s: string | undefined): number => Number(s ?? NaN);

/** All-numeric day/month/year in the locale's order; without a locale it is unreadable. */
const byLocaleOrder: Rule = (m, locale) => {
  const a = int(m[1]);
  const b = int(m[2]);
  const year = int(m[3]);
  const order = numericDateOrder(locale);
  if (order === 'dmy') return { kind: 'date', year, month: b, day: a };
  if (order === 'mdy') return { kind: 'date', year, month: a, day: b };
  return { kind: 'break' };
};

/** Tried in order at each position; the first that matches wins. */
const RULES: ReadonlyArray<readonly [RegExp, Rule]> = [
  [/ +/y, () => ({ kind: 'filler' })],
  // ISO and CJK numeric dates: 2025-11-01, 2025/11/1, 2025.11.1
  [/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)\.?/y, (m) => ({ kind: 'date', year: int(m[1]), month: int(m[2]), day: int(m[3]) })],
  // German numeric dates: 15.12.2024, or 15.12. when the year follows later
  [/(\d{1,2})\.(\d{1,2})\.(\d{4})?(?!\d)/y, (m) => ({ kind: 'date', year: m[3] ? int(m[3]) : null, month: int(m[2]), day: int(m[1]) })],
  [/(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?!\d)/y, byLocaleOrder],
  // Longer digit runs are ids or amounts, never a day or a year.
  [/\d{5,}/y, () => ({ kind: 'break' })],
  // A day or a year, with the ordinal marks of en (1st), fr (1er) and de (1.).
  // CJK unit characters may follow directly (2024年), Latin/Cyrillic letters may not.
  [
    /(\d{1,4})(?:er|re|st|nd|rd|th|º|ª)?\.?(?![\p{Script=Latin}\p{Script=Cyrillic}])/uy,
    (m) => ({ kind: 'num', value: int(m[1]), digits: (m[1] ?? '').length }),
  ],
  [/[-‐‑‒–—―−~〜至]/y, () => ({ kind: 'dash' })],
  [/[,、]/y, () => ({ kind: 'comma' })],
  [/[年년月월日일]/y, (m) => ({ kind: 'unit', unit: UNITS[m[0]] ?? 'd' })],
  [
    /\p{L}+\.?/uy,
    (m) => {
      const month = monthOf(m[0]);
      if (month !== null) return { kind: 'month', value: month };
      return FILLERS.has(m[0]) ? { kind: 'filler' } : { kind: 'break' };
    },
  ],
  [/[\s\S]/y, () => ({ kind: 'break' })],
];

export function tokenizeDates(text: string, locale?: string): DateToken[] {
  const s = cleanText(text).toLowerCase();
  const tokens: DateToken[] = [];
  let at = 0;
  while (at < s.length) {
    for (const [re, rule] of RULES) {
      re.lastIndex = at;
      const m = re.exec(s);
      if (!m) continue;
      tokens.push(rule(m, locale));
      at = re.lastIndex;
      break;
    }
  }
  return tokens;
}
