import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvNumber, csvFormat, toCsv, type CsvColumn } from '../../../lib/csv';

/** Read back the way a spreadsheet would: a real CSV parser, the BOM stripped first. */
function parse(text: string, delimiter: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const r = Papa.parse<string[]>(text.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r.data;
}

const COLUMNS: CsvColumn[] = [{ header: 'Campaign' }, { header: 'Spend', decimals: 2 }, { header: 'Real ROI (%)', decimals: 1 }, { header: 'Orders' }];

describe('CSV writer', () => {
  it('English: "," between cells, "." decimals, one header row, plain numbers', () => {
    const text = toCsv(COLUMNS, [['Shoes', 12345.678, 107.13, 75]], 'en');
    expect(text).toBe(`${BOM}Campaign,Spend,Real ROI (%),Orders\r\nShoes,12345.68,107.1,75\r\n`);
  });

  it('French: ";" between cells, "," decimals, UTF-8 with a BOM', () => {
    const text = toCsv(COLUMNS, [['Bébé Douceur', 12345.678, -3.04, 75]], 'fr');
    expect(text).toBe(`${BOM}Campaign;Spend;Real ROI (%);Orders\r\nBébé Douceur;12345,68;-3,0;75\r\n`);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('leaves an unknown figure empty, never 0', () => {
    expect(toCsv(COLUMNS, [['Leads', null, null, 3]], 'en')).toContain('\r\nLeads,,,3\r\n');
    expect(csvNumber(Number.NaN, 2, csvFormat('en'))).toBe('');
    expect(csvNumber(-0.001, 2, csvFormat('fr'))).toBe('0,00');
  });

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    const name = 'Promo "Noël", 2 000; -20%\nsoldes';
    for (const language of ['en', 'fr'] as const) {
      const f = csvFormat(language);
      const rows = parse(
        toCsv(
          COLUMNS,
          [
            [name, 1.5, 2, 1],
            ['=HYPERLINK("x")', 0, 0, 0],
            ['  padded ', 0, 0, 0],
          ],
          language,
        ),
        f.separator,
      );
      expect(rows[1]![0]).toBe(name);
      expect(rows[2]![0]).toBe(`'=HYPERLINK("x")`);
      expect(rows[3]![0]).toBe('  padded ');
      expect(rows[1]![1]).toBe(language === 'fr' ? '1,50' : '1.50');
    }
  });

  it('reads back every text and number as written, in both languages (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', '\r\n', '€', '1', '.', '='), maxLength: 12 });
    const cents = fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100);
    fc.assert(
      fc.property(fc.array(fc.tuple(text, cents), { minLength: 1, maxLength: 5 }), fc.constantFrom('en' as const, 'fr' as const), (rows, language) => {
        const f = csvFormat(language);
        const cols: CsvColumn[] = [{ header: 'Name' }, { header: 'Amount', decimals: 2 }];
        const parsed = parse(toCsv(cols, rows, language), f.separator);
        expect(parsed).toHaveLength(rows.length + 1);
        rows.forEach(([name, amount], i) => {
          const [gotName, gotAmount] = parsed[i + 1]!;
          expect(gotName).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
          expect(Number(gotAmount!.replace(',', '.'))).toBeCloseTo(amount, 9);
          expect(gotAmount).not.toMatch(/[ \u00a0\u202f€$]/);
        });
      }),
    );
  });
});
