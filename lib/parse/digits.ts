/**
 * Reads the digits-and-separators core of a displayed number (`1 234,56`,
 * `1.234`, `12,34,567.8`, `1'234.50`) into a plain decimal string.
 *
 * Which of `.` and `,` is the decimal mark is the hard part. The page
 * locale decides when it is known and the text agrees with it. When there
 * is no locale, or the text contradicts it (say `1.234,56` on an `en`
 * page, or `4,21` on an `en` page where `,21` cannot be a thousands group),
 * the fallback is:
 *   1. spaces and apostrophes are always group separators;
 *   2. if both `.` and `,` occur, the rightmost one is the decimal mark
 *      (it must occur once, after every group separator);
 *   3. if only one of them occurs: several times → group separator; once →
 *      group separator when it is followed by exactly 3 digits and makes a
 *      valid grouping (`1,234` → 1234), decimal otherwise (`4,21`, `12,5`,
 *      `0,123`, `1,2345`). If a space or apostrophe already groups the
 *      digits, a single `.`/`,` can only be the decimal mark.
 * Consequence: without a locale, `1,234` and `1.234` read as 1234. Pass the
 * locale whenever the page has one.
 */
import type { DecimalMark } from './locale';

/** The numeric core: digits with `.`, `,`, spaces or apostrophes between them. */
export const NUMERIC_CORE = /\d(?:[\d.,' ’ʼ]*\d)?/;

interface Split {
  runs: string[];
  seps: string[];
}

function split(core: string): Split | null {
  if (!/^[\d.,' ’ʼ]+$/.test(core)) return null;
  const runs: string[] = [];
  const seps: string[] = [];
  const re = /(\d+)|([.,' ’ʼ]+)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(core)) !== null) {
    if (m[1] !== undefined) runs.push(m[1]);
    else if (m[2] !== undefined) {
      // Two separators in a row (`1,,2`, `1 ,2`) are not a number format.
      if (m[2].length !== 1) return null;
      seps.push(m[2] === '’' || m[2] === 'ʼ' ? "'" : m[2]);
    }
  }
  if (runs.length !== seps.length + 1) return null;
  return { runs, seps };
}

/**
 * Western (`1,234,567`) or Indian (`12,34,567`) grouping: a leading group of
 * 1–3 digits not starting with 0, a last group of 3, middle groups all of 2
 * or all of 3.
 */
function validGrouping(groups: string[]): boolean {
  if (groups.length < 2) return true;
  const first = groups[0] ?? '';
  const last = groups[groups.length - 1] ?? '';
  if (first.length < 1 || first.length > 3 || first.startsWith('0')) return false;
  if (last.length !== 3) return false;
  const middle = groups.slice(1, -1).map((g) => g.length);
  return middle.every((n) => n === 3) || middle.every((n) => n === 2);
}

/** The core read with `decimal` as the decimal mark, or null if it is not a valid number that way. */
function readWith({ runs, seps }: Split, decimal: DecimalMark): string | null {
  const decimalCount = seps.filter((s) => s === decimal).length;
  if (decimalCount > 1) return null;
  const decimalAt = decimalCount === 1 ? seps.length - 1 : -1;
  if (decimalCount === 1 && seps[decimalAt] !== decimal) return null;
  const groupSeps = decimalAt === -1 ? seps : seps.slice(0, decimalAt);
  if (new Set(groupSeps).size > 1) return null;
  const intRuns = decimalAt === -1 ? runs : runs.slice(0, -1);
  if (!validGrouping(intRuns)) return null;
  const fraction = decimalAt === -1 ? '' : `.${runs[runs.length - 1] ?? ''}`;
  return intRuns.join('') + fraction;
}

/** The decimal mark implied by the text alone (see the rules at the top of this file). */
function guessDecimal({ runs, seps }: Split): DecimalMark {
  const marks = seps.filter((s): s is DecimalMark => s === '.' || s === ',');
  const last = marks[marks.length - 1];
  if (last === undefined) return '.'; // no mark at all: either reading gives the same integer
  const other: DecimalMark = last === '.' ? ',' : '.';
  if (marks.includes(other)) return last;
  if (marks.length > 1) return other;
  if (seps.some((s) => s === ' ' || s === "'")) return last;
  const after = runs[seps.lastIndexOf(last) + 1] ?? '';
  return after.length === 3 && validGrouping(runs) ? other : last;
}

/**
 * `core` as a plain decimal string (`1234.56`, no sign, no grouping), or
 * null when no reading is valid. `localeDecimal` wins whenever the text
 * is valid under it.
 */
export function readDigits(core: string, localeDecimal: DecimalMark | null): string | null {
  const parts = split(core);
  if (!parts) return null;
  if (localeDecimal) {
    const read = readWith(parts, localeDecimal);
    if (read !== null) return read;
  }
  return readWith(parts, guessDecimal(parts));
}
