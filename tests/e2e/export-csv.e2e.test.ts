/**
 * "Export CSV" in the overlay panel, in Chromium: the file is downloaded
 * (Blob + object URL, no request), parsed with a real CSV parser, and every
 * row's figures equal the engine's for the same extraction and profile.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel, type OverlayModel } from '../../lib/overlay/view-model';
import type { Profile } from '../../lib/roi';
import type { ExtractedTable } from '../../lib/platforms/contract/types';
import { launch, openFixture, openPanel, readJson, setSettings, waitForBadges, type Harness } from './harness';
import { settingsWith, usdProfile } from './settings-fixtures';

type Named = Profile & { name: string };
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

const bebe = {
  id: 'bebe',
  name: 'Bébé Douceur',
  accounts: [{ platform: 'meta', id: '2233445566778899' }],
  currency: 'EUR',
  margin: { default: 0.45, rules: [] },
  vatIncluded: 0,
  returnRate: 0.05,
  leadValue: null,
  costs: [
    { kind: 'staffTime', label: 'Gestion', hoursPerMonth: 10, hourlyRate: 40 },
    { kind: 'monthly', label: 'Outils', amount: 99 },
    { kind: 'percentOfRevenue', label: 'Frais de paiement', rate: 0.029 },
    { kind: 'perConversion', label: 'Expédition', amount: 4.5 },
  ],
};

function engine(fixture: string, profile: object): { table: ExtractedTable; model: OverlayModel } {
  const table = readJson<ExtractedTable>(`tests/fixtures/${fixture}.expected.json`);
  const p = profile as Named;
  return {
    table,
    model: buildModel({ meta: table, columnLabels: {}, rows: table.rows, totals: table.totals, profile: p, profileName: p.name, targetRoi: 0.5 }),
  };
}

async function exportCsv(page: Page): Promise<{ name: string; text: string }> {
  const before = h.requests.length;
  await openPanel(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('real-roi-panel [data-panel="export"]').click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  // Only the blob: URL itself, never a network request.
  expect(h.requests.slice(before).filter((u) => !u.startsWith('blob:'))).toEqual([]);
  return { name: download.suggestedFilename(), text };
}

function check(text: string, model: OverlayModel, language: 'en' | 'fr') {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.delimiter).toBe(language === 'fr' ? ';' : ',');
  const [header, ...rows] = parsed.data;
  const num = (s: string) => (s === '' ? null : Number(language === 'fr' ? s.replace(',', '.') : s));
  const col = (re: RegExp) => {
    const i = header!.findIndex((x) => re.test(x));
    expect(i, String(re)).toBeGreaterThanOrEqual(0);
    return i;
  };
  const [roi, net, total, spend, reason] = [
    col(/^(Real ROI|ROI réel)/),
    col(/^(Net profit|Bénéfice net)/),
    col(/^(Total cost|Coût total)/),
    col(/^(Spend|Dépenses)/),
    col(/^(Not computed|Non calculé)/),
  ];
  // The margin as set, and the one the engine uses (after VAT and returns): two columns, each named for what it is.
  const [marginSet, marginAfter] = [col(/^(Margin set|Marge saisie) \(%\)$/), col(/^(Margin after VAT and returns|Marge après TVA et retours) \(%\)$/)];
  const views = [...model.rows, ...(model.totals ? [model.totals] : [])];
  expect(rows).toHaveLength(views.length);
  views.forEach((v, i) => {
    const r = rows[i]!;
    if (v.name) expect(r[0]).toBe(v.name);
    expect(num(r[spend]!)).toBeCloseTo(v.result.spend ?? Number.NaN, 2);
    if (v.roi === null || v.result.status !== 'ok') {
      expect([r[roi], r[net], r[total]], v.key).toEqual(['', '', '']);
      expect(r[reason]!.length, v.key).toBeGreaterThan(3);
    } else {
      expect(num(r[roi]!)!, v.key).toBeCloseTo(v.roi * 100, 1);
      expect(num(r[net]!)!, v.key).toBeCloseTo(v.result.netProfit, 2);
      expect(num(r[total]!)!, v.key).toBeCloseTo(v.result.totalCost, 2);
      expect(num(r[marginSet]!)!, v.key).toBeCloseTo(v.result.marginRate * 100, 2);
      expect(num(r[marginAfter]!)!, v.key).toBeCloseTo(v.result.effectiveMargin * 100, 2);
      expect(r[reason], v.key).toBe('');
    }
  });
  return rows.length;
}

describe('overlay panel: export the enriched table as CSV', () => {
  it('Google Ads (English): "," and "." and the engine\'s figures on every row', async () => {
    await setSettings(h, settingsWith([usdProfile], { language: 'en' }));
    const { table, model } = engine('google-ads/campaigns_en_usd', usdProfile);
    const page = await openFixture(h, 'google-ads/campaigns_en_usd.html');
    await waitForBadges(page, [...table.rows.map((r) => r.key), 'total']);
    const file = await exportCsv(page);
    expect(file.name).toMatch(/^real-roi-google-ads-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(check(file.text, model, 'en')).toBeGreaterThan(3);
    await page.close();
  });

  it('Meta (French): ";" and "," with a BOM, incomplete rows empty with the reason', async () => {
    await setSettings(h, settingsWith([bebe], { language: 'fr' }));
    const { table, model } = engine('meta/campaigns_fr_eur', bebe);
    expect(model.rows.filter((v) => v.roiAttr === 'na').length).toBeGreaterThan(0);
    const page = await openFixture(h, 'meta/campaigns_fr_eur.html');
    await waitForBadges(page, [...table.rows.map((r) => r.key), 'total']);
    const file = await exportCsv(page);
    expect(check(file.text, model, 'fr')).toBeGreaterThan(2);
    expect(file.text).toContain('Frais de paiement (EUR)');
    await page.close();
  });
});
