/**
 * Numbers as the user types them in a field and as the field shows them.
 * Percentages are typed as percents (60) and stored as fractions (0.6), the
 * settings file's convention.
 */
import { parseDisplayedNumber } from '../parse';

export type Unit = 'percent' | 'money' | 'hours' | 'months' | 'count' | 'number';

/** `null`: the field is empty; `NaN`: it holds text that is not a number. */
export type FieldNumber = number | null;

/**
 * What the stored value is for the typed text. Accepts the locale's decimal
 * mark and the other one, spaces as group separators and a trailing `%` or
 * currency sign; a dangling decimal mark (`12,` while typing) is not an error.
 */
export function parseField(text: string, unit: Unit, locale: string): FieldNumber {
  const trimmed = text
    .trim()
    .replace(/[.,]$/, '')
    .replace(/^([-+]?)[.,](\d)/, '$10.$2');
  const parsed = parseDisplayedNumber(trimmed, locale);
  if (!parsed.ok) return parsed.reason === 'empty' ? null : Number.NaN;
  if (unit !== 'percent' || parsed.percent) return parsed.value;
  // Through the exponent so that 5.23 becomes exactly 0.0523.
  return Number(`${parsed.value}e-2`);
}

/**
 * The text a field shows for a stored value (no grouping: it must parse back).
 * `maxDecimals` rounds what is shown only, for a computed value (a blend) whose
 * every digit would be noise to the user; the stored value stays exact.
 */
export function fieldText(value: FieldNumber | undefined, unit: Unit, locale: string, maxDecimals = 10): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const shown = unit === 'percent' ? Number(`${value}e2`) : value;
  // Float noise (0.30000000000000004) must not reach the user.
  const clean = Number(shown.toPrecision(12));
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: maxDecimals }).format(clean);
}

/** The shortest percentage text for a fraction, up to 4 decimals: 0.02 → "2%", 0.125 → "12.5%". */
export function percentText(fraction: number, locale: string): string {
  let decimals = 0;
  while (decimals < 4 && Number((fraction * 100).toFixed(decimals)) !== Number((fraction * 100).toPrecision(12))) {
    decimals += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(fraction);
}
