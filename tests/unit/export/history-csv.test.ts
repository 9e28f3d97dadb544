import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { historyCsv } from '../../../lib/export/history-csv';
import { recompute } from '../../../lib/history';
import type { HistoryItem } from '../../../lib/steering/history';
import { CLOTHING_SHOP } from '../../shared/worked-examples';
import { entry, settingsWith } from '../history/helpers';

const GOLDEN = path.resolve(__dirname, '../../golden');
const settings = settingsWith(CLOTHING_SHOP);
const totals = (spend: number, value: number) => ({
  rows: [{ key: 'campaign:1', name: 'Shopping', spend, conversions: 10, conversionValue: value, roas: null, pending: [] }],
  totals: [{ scope: 'table' as const, label: 'Total: Campaigns', spend, conversions: 10, conversionValue: value, roas: null }],
});
function items(): HistoryItem[] {
  return [
    entry(), // worked example 1, November 2025
    entry({ period: { start: '2026-11-23', end: '2026-11-29' }, ...totals(1000, 3500) }),
    entry({ period: { start: '2025-11-23', end: '2025-11-29' }, ...totals(1000, 3000) }),
    entry({
      platform: 'meta',
      accountId: '1234567890',
      level: 'campaigns',
      period: { start: '2026-11-23', end: '2026-11-29' },
      ...totals(400, 900),
      currency: null,
    }),
  ].map((e) => ({ entry: e, rec: recompute(e, settings) }));
}

describe.each(['en', 'fr'] as const)('history CSV (%s)', (language) => {
  const list = items();
  const file = historyCsv(list, 0.5, language, '2026-11-30');
  const golden = path.join(GOLDEN, `history-${language}.csv`);
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, file.text);

  it('equals the committed golden file', () => {
    expect(file.text).toBe(readFileSync(golden, 'utf8'));
    expect(file.filename).toBe('real-roi-history-2026-11-30.csv');
  });

  it('reads back with a real CSV parser, figures equal to the recomputation', () => {
    const parsed = Papa.parse<string[]>(file.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.delimiter).toBe(language === 'fr' ? ';' : ',');
    const [header, ...rows] = parsed.data;
    expect(rows).toHaveLength(list.length);
    const num = (s: string) => Number(language === 'fr' ? s.replace(',', '.') : s);
    const roiCol = header!.findIndex((h) => /^(Real ROI|ROI réel)/.test(h));
    for (const r of rows) {
      const it = list.find((i) => i.entry.period.start === r[4] && i.entry.accountId === r[1])!;
      expect(num(r[roiCol]!)).toBeCloseTo(it.rec.totals.roi! * 100, 1);
    }
    // The 2026 week has last year's week beside it, and a drift; the month has no drift.
    const week = rows.find((r) => r[1] === '123-456-7890' && r[4] === '2026-11-23')!;
    expect(week[header!.findIndex((h) => /last year|l’an dernier/.test(h))]).not.toBe('');
    expect(week[header!.findIndex((h) => /^(Against|Par rapport)/.test(h))]).not.toBe('');
    const month = rows.find((r) => r[4] === '2025-11-01')!;
    expect(month[header!.findIndex((h) => /^(Against|Par rapport)/.test(h))]).toBe('');
  });
});
