import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../lib/export/table-csv';
import type { TableExport } from '../../../lib/export/types';
import { buildModel } from '../../../lib/overlay/view-model';
import type { Language } from '../../../lib/i18n/language';
import { CLOTHING_SHOP, LIFETIME_EXAMPLE, NOVEMBER_2025 } from '../../shared/worked-examples';

const GOLDEN = path.resolve(__dirname, '../../golden');
const COLUMNS = { spend: true, conversions: true, conversionValue: true, roas: false };

/** Worked example 1 as the only full row, a scoped-out row, a row without spend, and the table total. */
function tableExport(language: Language): TableExport {
  const profile = {
    ...CLOTHING_SHOP,
    costs: [...CLOTHING_SHOP.costs, { kind: 'monthly' as const, label: 'Brand studio', amount: 90, scope: { match: 'contains' as const, pattern: 'Brand' } }],
  };
  const model = buildModel({
    meta: { columns: COLUMNS, currency: 'EUR', period: NOVEMBER_2025, periodText: 'Nov 1 – 30, 2025' },
    columnLabels: {},
    rows: [
      { key: 'c:1', name: 'Shopping – Vêtements', spend: 2500, conversions: 75, conversionValue: 15000, roas: null, pending: [] },
      { key: 'c:2', name: 'Brand "Noël"; search, exact', spend: 500, conversions: 10, conversionValue: 900, roas: null, pending: [] },
      { key: 'c:3', name: '=Display', spend: null, conversions: 4, conversionValue: 300, roas: null, pending: [] },
    ],
    totals: [{ scope: 'table', label: 'Total: Campaigns', spend: 3000, conversions: 89, conversionValue: 16200, roas: null }],
    profile,
    profileName: 'Clothing shop',
    targetRoi: 0.5,
  });
  return {
    platform: 'google-ads',
    language,
    currency: 'EUR',
    period: NOVEMBER_2025,
    targetRoi: 0.5,
    costs: profile.costs.map(({ label, kind }) => ({ label, kind })),
    rows: model.rows,
    totals: model.totals,
  };
}

const num = (cell: string, language: Language) => (cell === '' ? null : Number(language === 'fr' ? cell.replace(',', '.') : cell));

describe.each(['en', 'fr'] as const)('enriched table CSV (%s)', (language) => {
  const input = tableExport(language);
  const file = tableCsv(input);
  const golden = path.join(GOLDEN, `table-${language}.csv`);
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, file.text);

  it('equals the committed golden file byte for byte', () => {
    expect(file.text).toBe(readFileSync(golden, 'utf8'));
    expect(file.filename).toBe('real-roi-google-ads-2025-11-01_2025-11-30.csv');
  });

  const parsed = Papa.parse<string[]>(readFileSync(golden, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  const col = (name: RegExp) => header!.findIndex((h) => name.test(h));

  it('parses with a real CSV parser: one header row, one line per table row plus the total', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.delimiter).toBe(language === 'fr' ? ';' : ',');
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
    expect(rows.map((r) => r[0])).toEqual(['Shopping – Vêtements', 'Brand "Noël"; search, exact', "'=Display", 'Total: Campaigns']);
  });

  it("holds the engine's figures for every computed row (money to the cent, ROI to 0.1 point)", () => {
    const views = [...input.rows, input.totals!];
    const roiCol = col(/ROI (réel )?\(%\)|Real ROI/);
    const netCol = col(/Net profit|Bénéfice net/);
    const totalCol = col(/Total cost|Coût total/);
    views.forEach((v, i) => {
      const r = rows[i]!;
      if (v.roi === null || v.result.status !== 'ok') return;
      expect(num(r[roiCol]!, language)).toBeCloseTo(v.roi * 100, 1);
      expect(num(r[netCol]!, language)).toBeCloseTo(v.result.netProfit, 2);
      expect(num(r[totalCol]!, language)).toBeCloseTo(v.result.totalCost, 2);
    });
  });

  it('puts each cost in its own column, 0 where a scoped cost does not apply', () => {
    const studio = col(/Brand studio/);
    const shipping = col(/^Shipping/);
    expect(num(rows[1]![studio]!, language)).toBe(90);
    expect(num(rows[0]![studio]!, language)).toBe(0);
    expect(num(rows[0]![shipping]!, language)).toBe(450);
  });

  it("leaves an incomplete row's figures empty and says why", () => {
    const r = rows[2]!;
    expect(r[col(/Net profit|Bénéfice net/)]).toBe('');
    expect(r[col(/Real ROI|ROI réel/)]).toBe('');
    expect(r[col(/Not computed|Non calculé/)]).toMatch(language === 'fr' ? /dépense/i : /spend/i);
    expect(num(r[col(/^Conversions/)]!, language)).toBe(4);
  });

  it('writes plain numbers: no currency sign, no thousands separator', () => {
    for (const r of rows)
      for (const cell of r.slice(1)) {
        if (/^-?\d/.test(cell)) expect(cell).toMatch(language === 'fr' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/);
      }
    expect(rows[0]![col(/^(Spend|Dépenses)/)]).toBe(language === 'fr' ? '2500,00' : '2500.00');
  });
});

describe('enriched table CSV with a lifetime view', () => {
  it("adds the lifetime ROI column, with the model's seed check (188 %)", () => {
    const profile = { ...LIFETIME_EXAMPLE.profile, margin: { default: 0.45, rules: [] }, costs: [] };
    const model = buildModel({
      meta: { columns: COLUMNS, currency: 'EUR', period: NOVEMBER_2025, periodText: null },
      columnLabels: {},
      rows: [{ key: 'c:1', name: 'New customers', ...LIFETIME_EXAMPLE.figures, roas: null, pending: [] }],
      totals: [],
      profile,
      profileName: 'Lifetime',
      targetRoi: 0.5,
    });
    const file = tableCsv({
      platform: 'meta',
      language: 'en',
      currency: 'EUR',
      period: NOVEMBER_2025,
      targetRoi: 0.5,
      costs: [],
      rows: model.rows,
      totals: null,
    });
    const [header, row] = Papa.parse<string[]>(file.text.slice(1), { skipEmptyLines: true }).data;
    const i = header!.indexOf('Lifetime ROI (%)');
    expect(i).toBeGreaterThan(0);
    expect(row![i]).toBe('188.0');
    expect(header!.length).toBe(row!.length);
  });

  it.each([
    ['en', 'Margin set (%)', 'Margin after VAT and returns (%)', ['60.00', '45.00']],
    ['fr', 'Marge saisie (%)', 'Marge après TVA et retours (%)', ['60,00', '45,00']],
  ] as const)('says which margin is which (%s): the one set, and the one after VAT and returns the figures use', (language, set, after, cells) => {
    // 60 % on values with 20 % VAT and 10 % returns: m' = 0.6 × 0.9 / 1.2 = 45 %, what the breakdown shows.
    const profile = { ...CLOTHING_SHOP, vatIncluded: 0.2, returnRate: 0.1 };
    const model = buildModel({
      meta: { columns: COLUMNS, currency: 'EUR', period: NOVEMBER_2025, periodText: null },
      columnLabels: {},
      rows: [{ key: 'c:1', name: 'Shopping', spend: 2500, conversions: 75, conversionValue: 15000, roas: null, pending: [] }],
      totals: [],
      profile,
      profileName: 'Shop',
      targetRoi: 0.5,
    });
    const costs = profile.costs.map(({ label, kind }) => ({ label, kind }));
    const file = tableCsv({ platform: 'google-ads', language, currency: 'EUR', period: NOVEMBER_2025, targetRoi: 0.5, costs, rows: model.rows, totals: null });
    const [header, row] = Papa.parse<string[]>(file.text.slice(1), { skipEmptyLines: true }).data;
    const i = header!.indexOf(set);
    expect(i).toBeGreaterThan(0);
    expect(header![i + 1]).toBe(after);
    expect(row!.slice(i, i + 2)).toEqual(cells);
    expect(header!.length).toBe(row!.length);
  });
});
