/**
 * CSV that a spreadsheet opens as it is, following the UI language: English
 * `,` between cells and `.` decimals; French `;` and `,` (a French Excel
 * reads `,` as the decimal mark). RFC 4180 quoting and CRLF line ends.
 * Both start with a UTF-8 byte-order mark: without it Excel reads the file
 * in the system's legacy code page and campaign names lose their accents,
 * in English as in French.
 */
import type { Language } from './i18n/language';

/** A number is written plain; null is an empty cell (never a made-up 0). */
export type CsvCell = string | number | null;

export interface CsvColumn {
  header: string;
  /** Decimals for numbers in this column; absent = as the number is (integers, counts). */
  decimals?: number;
}

export interface CsvFormat {
  separator: ',' | ';';
  decimal: '.' | ',';
}

export const BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

export function csvFormat(language: Language): CsvFormat {
  return language === 'fr' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/** Digits, one decimal mark, a leading minus: no thousands separator, no currency sign. */
export function csvNumber(value: number, decimals: number | undefined, format: CsvFormat): string {
  if (!Number.isFinite(value)) return '';
  let text = decimals === undefined ? String(value) : value.toFixed(decimals);
  // −0.001 rounds to "-0.00": a sign on zero reads as a loss that is not there.
  if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
  return format.decimal === '.' ? text : text.replace('.', ',');
}

/**
 * A text cell, quoted when it holds the separator, a quote or a line break.
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
 * gets a leading apostrophe: campaign names come from the ad platform, and
 * a name such as "=HYPERLINK(…)" must stay a name.
 */
export function csvText(value: string, format: CsvFormat): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(format.separator) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(columns: readonly CsvColumn[], rows: readonly (readonly CsvCell[])[], language: Language): string {
  const format = csvFormat(language);
  const line = (cells: readonly string[]) => cells.join(format.separator);
  const out = [line(columns.map((c) => csvText(c.header, format)))];
  for (const row of rows) {
    out.push(
      line(
        columns.map((c, i) => {
          const cell = row[i] ?? null;
          if (cell === null) return '';
          return typeof cell === 'number' ? csvNumber(cell, c.decimals, format) : csvText(cell, format);
        }),
      ),
    );
  }
  return `${BOM}${out.join('\r\n')}\r\n`;
}
