/**
 * Reads the reporting period from the date-range button of Google Ads or
 * Meta Ads Manager (`Last 30 days: Dec 16, 2024 – Jan 14, 2025`,
 * `1 – 31 janv. 2025`, `1.–30. Nov. 2025`, `2024年1月1日 - 2024年1月31日`).
 *
 * Never guesses: a preset label alone ("Last 30 days") or any text it
 * cannot read completely gives null, because a period computed from
 * "today" would silently disagree with the platform's own (time zone,
 * data freshness) and skew every fixed cost.
 */
import type { Period } from '../roi/types';
import { formatIsoDate } from '../dates';
import { tokenizeDates, type DateToken } from './date-tokens';

interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** The preset label and other words split the text into stretches; each is tried on its own. */
function stretches(tokens: DateToken[]): DateToken[][] {
  const out: DateToken[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'break') out.push([]);
    else if (t.kind !== 'filler') out[out.length - 1]?.push(t);
  }
  return out.filter((s) => s.some((t) => t.kind !== 'comma' && t.kind !== 'dash'));
}

/** One side of the range: each field at most once, a day always. */
function readSide(tokens: DateToken[]): PartialDate | null {
  const fields = tokens.filter((t) => t.kind !== 'comma');
  const only = fields[0];
  if (only?.kind === 'date') {
    return fields.length === 1 ? { year: only.year, month: only.month, day: only.day } : null;
  }
  const date: PartialDate = { year: null, month: null, day: null };
  const set = (field: keyof PartialDate, value: number): boolean => {
    if (date[field] !== null) return false;
    date[field] = value;
    return true;
  };
  for (let i = 0; i < fields.length; i++) {
    const t = fields[i];
    if (!t) continue;
    if (t.kind === 'month') {
      if (!set('month', t.value)) return null;
    } else if (t.kind === 'num') {
      const next = fields[i + 1];
      if (next?.kind === 'unit') {
        const field = next.unit === 'y' ? 'year' : next.unit === 'm' ? 'month' : 'day';
        if (!set(field, t.value)) return null;
        i++;
      } else if (t.digits === 4) {
        if (!set('year', t.value)) return null;
      } else if (t.digits <= 2) {
        if (!set('day', t.value)) return null;
      } else {
        return null;
      }
    } else {
      return null;
    }
  }
  return date.day === null ? null : date;
}

function iso(d: PartialDate): string | null {
  return d.year === null || d.month === null || d.day === null ? null : formatIsoDate(d.year, d.month, d.day);
}

/**
 * Fills what one side leaves implicit from the other: the month
 * (`1 – 30 nov.`, `Nov 1 – 30`) and the year (`Nov 28 – Dec 4, 2025`,
 * `2026年3月13日 - 4月9日`). A year is rolled over only when both months
 * are written and run backwards (`Dec 28 – Jan 3, 2026`).
 */
function combine(start: PartialDate, end: PartialDate): Period | null {
  const monthsWritten = start.month !== null && end.month !== null;
  const s = { ...start, month: start.month ?? end.month };
  const e = { ...end, month: end.month ?? start.month };
  if (s.month === null || e.month === null) return null;
  const backwards = monthsWritten && s.month > e.month;
  if (s.year === null && e.year !== null) s.year = backwards ? e.year - 1 : e.year;
  if (e.year === null && s.year !== null) e.year = backwards ? s.year + 1 : s.year;
  const startIso = iso(s);
  const endIso = iso(e);
  if (startIso === null || endIso === null || startIso > endIso) return null;
  return { start: startIso, end: endIso };
}

function readStretch(tokens: DateToken[]): Period | null {
  // A dash before the first date only separates it from a preset label.
  const firstField = tokens.findIndex((t) => t.kind !== 'dash' && t.kind !== 'comma');
  const sides: DateToken[][] = [[]];
  for (const t of tokens.slice(Math.max(firstField, 0))) {
    if (t.kind === 'dash') sides.push([]);
    else sides[sides.length - 1]?.push(t);
  }
  if (sides.length > 2) return null;
  const [first, second] = sides;
  const start = first ? readSide(first) : null;
  if (!start) return null;
  if (!second) {
    const day = iso(start);
    return day === null ? null : { start: day, end: day };
  }
  const end = readSide(second);
  return end ? combine(start, end) : null;
}

/**
 * The period shown by a date-range button, or null when the text holds no
 * complete, valid date or range. `locale` is only needed for all-numeric
 * dates such as `11/30/2025`, which are refused without it.
 */
export function parseDateRange(text: string, locale?: string): Period | null {
  for (const stretch of stretches(tokenizeDates(text, locale))) {
    const period = readStretch(stretch);
    if (period) return period;
  }
  return null;
}
