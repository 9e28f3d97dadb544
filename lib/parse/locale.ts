/**
 * What the parsers need to know about a BCP 47 locale, learnt from Intl
 * rather than from hand-written tables so that any locale the browser knows
 * works. Every helper tolerates a malformed tag (returns null) because the
 * tag comes from the page (`<html lang>`, `hl=`) and cannot be trusted.
 */

export type DecimalMark = '.' | ',';

const decimalCache = new Map<string, DecimalMark | null>();

/** The decimal separator of `locale`, or null when unknown or neither `.` nor `,`. */
export function decimalMarkOf(locale: string | undefined): DecimalMark | null {
  if (!locale) return null;
  const cached = decimalCache.get(locale);
  if (cached !== undefined) return cached;
  let mark: DecimalMark | null = null;
  try {
    const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
    if (part?.value === '.' || part?.value === ',') mark = part.value;
  } catch {
    mark = null;
  }
  decimalCache.set(locale, mark);
  return mark;
}

export interface LocaleInfo {
  language: string;
  /** Explicit region, else the likely one (`en` → `US`, `fr` → `FR`); null if unknown. */
  region: string | null;
}

/** Language and region of `locale`, or null when the tag is not valid. */
export function localeInfo(locale: string | undefined): LocaleInfo | null {
  if (!locale) return null;
  try {
    const loc = new Intl.Locale(locale);
    const region = loc.region ?? loc.maximize().region ?? null;
    return { language: loc.language.toLowerCase(), region: region ? region.toUpperCase() : null };
  } catch {
    return null;
  }
}

export type NumericDateOrder = 'dmy' | 'mdy' | 'ymd';

const orderCache = new Map<string, NumericDateOrder | null>();

/**
 * Field order of all-numeric dates (`15/12/2024` vs `12/15/2024`) in
 * `locale`. Null without a locale: such a date cannot be read without one.
 */
export function numericDateOrder(locale: string | undefined): NumericDateOrder | null {
  if (!locale) return null;
  const cached = orderCache.get(locale);
  if (cached !== undefined) return cached;
  let order: NumericDateOrder | null = null;
  try {
    const types = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(2001, 1, 3)))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year')
      .map((t) => t[0])
      .join('');
    if (types === 'dmy' || types === 'mdy' || types === 'ymd') order = types;
  } catch {
    order = null;
  }
  orderCache.set(locale, order);
  return order;
}
