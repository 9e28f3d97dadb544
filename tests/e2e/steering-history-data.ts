/**
 * The history the steering e2e seeds: 14 weeks of Google Ads and Meta up to 29 Nov 2026, the same
 * week in 2025, November on both, and one week of a third account read without its value column.
 */
import { buildSnapshot, type HistoryEntry } from '../../lib/history';
import { settingsWith, usdProfile } from './settings-fixtures';
export const GOOGLE = '123-456-7890';
export const META = '1234567890123456';
export const BLIND = '555-555-5555';
const profile = {
  ...usdProfile,
  accounts: [
    { platform: 'google-ads', id: GOOGLE },
    { platform: 'meta', id: META },
  ],
};
export const SETTINGS = settingsWith([profile]);

const day = (d: string, plus: number) => new Date(Date.parse(`${d}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

function snap(platform: 'google-ads' | 'meta', accountId: string, start: string, end: string, spend: number, value: number): HistoryEntry {
  const conversions = Math.round(value / 80);
  const e = buildSnapshot({
    platform,
    level: 'campaigns',
    accountId,
    currency: 'USD',
    period: { start, end },
    columns: { spend: true, conversions: true, conversionValue: true, roas: true },
    rows: [
      {
        key: 'campaign:1',
        name: platform === 'meta' ? 'Instagram – Prospecting' : 'Shopping – All products',
        spend,
        conversions,
        conversionValue: value,
        roas: value / spend,
        pending: [],
      },
    ],
    totals: [{ scope: 'table', label: 'Total', spend, conversions, conversionValue: value, roas: value / spend }],
    capturedAt: `${day(end, 3)}T09:00:00.000Z`,
  });
  if (!e) throw new Error('incomplete');
  return e;
}

/** 14 weeks on both platforms up to 29 Nov 2026, the same week in 2025, and November on both. */
export function history(): HistoryEntry[] {
  const list: HistoryEntry[] = [];
  for (let i = 0; i < 14; i++) {
    const end = day('2026-11-29', -7 * i);
    list.push(snap('google-ads', GOOGLE, day(end, -6), end, 1000 + 40 * i, 17000 - 250 * i));
    list.push(snap('meta', META, day(end, -6), end, 600, 2600 + 30 * i));
  }
  list.push(snap('google-ads', GOOGLE, '2025-11-23', '2025-11-29', 900, 12500));
  list.push(snap('google-ads', GOOGLE, '2026-11-01', '2026-11-30', 4400, 66000));
  list.push(snap('meta', META, '2026-11-01', '2026-11-30', 2600, 11500));
  // A week of another account read without its value column: no real ROI, so no drift, no channel
  // figure; the verdict must count and name it rather than leave it out.
  const blind = snap('google-ads', BLIND, '2026-08-03', '2026-08-09', 500, 4000);
  list.push({
    ...blind,
    columns: { ...blind.columns, conversionValue: false, roas: false },
    rows: blind.rows.map((r) => ({ ...r, conversionValue: null, roas: null })),
    totals: blind.totals.map((t) => ({ ...t, conversionValue: null, roas: null })),
  });
  return list;
}
