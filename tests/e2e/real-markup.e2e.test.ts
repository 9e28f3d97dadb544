/**
 * The built extension in Chromium on the fixtures that follow the real
 * captures (platform-dom.md §7): every row gets its own badge (no two rows
 * share a key), each equal to the engine's view of the expected extraction,
 * with layout geometry.
 */
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportOfCopy } from '../../lib/diagnostic/page-report';
import { asPageCopy } from '../../lib/messages';
import type { ExtractedTable } from '../../lib/platforms/contract/types';
import { buildModel } from '../../lib/overlay/view-model';
import type { Profile } from '../../lib/roi';
import { launch, openFixture, readJson, setSettings, waitForBadges, type Harness } from './harness';
import { metaUsdProfile, settingsWith } from './settings-fixtures';

const costs = [
  { kind: 'staffTime', label: 'Staff', hoursPerMonth: 8, hourlyRate: 40 },
  { kind: 'monthly', label: 'Tools', amount: 60 },
  { kind: 'percentOfRevenue', label: 'Card fees', rate: 0.02 },
  { kind: 'perConversion', label: 'Shipping', amount: 5 },
];
const trailhead = {
  id: 'trailhead',
  name: 'Trailhead Outfitters',
  accounts: [{ platform: 'google-ads', id: '212-555-0142' }],
  currency: 'USD',
  margin: { default: 0.45, rules: [] },
  vatIncluded: 0,
  returnRate: 0.03,
  leadValue: null,
  costs,
};
const eu2026 = {
  ...trailhead,
  id: 'eu2026',
  name: 'Sentier (Meta, EUR)',
  accounts: [{ platform: 'meta', id: '2087365410293847' }],
  currency: 'EUR',
};

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await setSettings(h, settingsWith([trailhead, eu2026, metaUsdProfile]));
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

async function check(fixture: string, profile: object) {
  const table = readJson<ExtractedTable>(`tests/fixtures/${fixture}.expected.json`);
  const p = profile as Profile & { name: string };
  const model = buildModel({ meta: table, columnLabels: {}, rows: table.rows, totals: table.totals, profile: p, profileName: p.name, targetRoi: 0.5 });
  const page = await openFixture(h, `${fixture}.html`);
  const got = await waitForBadges(page, [...table.rows.map((r) => r.key), 'total']);
  const views = [...model.rows, ...(model.totals ? [model.totals] : [])];
  // One badge per row and one for the total: rows that shared a key would have shared a badge.
  expect(got.map((b) => b.key).sort()).toEqual(views.map((v) => v.key).sort());
  for (const v of views) {
    const b = got.find((x) => x.key === v.key)!;
    if (v.roiAttr === 'na') expect([b.roi, b.reason], v.key).toEqual(['na', v.reasons[0] ?? 'value-missing']);
    else expect(Number(b.roi), v.key).toBeCloseTo(Number(v.roiAttr), 12);
  }
  return { page, got, table };
}

describe('pages of the real captures (§7) in Chromium', () => {
  it('Google keywords 2021: several keywords per ad group and no keyword id, one badge each', async () => {
    const { page, got, table } = await check('google-ads/keywords_2021_en', trailhead);
    expect(table.rows).toHaveLength(8);
    expect(got.filter((b) => b.roi !== 'na').length).toBeGreaterThanOrEqual(6);
    await page.close();
  });

  it('Meta ad sets 2026: new groups, typed header ids, footer without data-pagelet, date only in the URL', async () => {
    const { page, got, table } = await check('meta/adsets_2026_en', eu2026);
    // The period comes from date=: rows have figures, not "period unknown".
    expect(got.filter((b) => b.reason === 'period-unknown')).toEqual([]);
    expect(got.filter((b) => b.roi !== 'na').length).toBeGreaterThanOrEqual(6);
    // The two ad sets with no spend and no value say nothing was spent, not that a value is missing.
    const idle = table.rows.filter((r) => r.spend === 0 && !r.conversionValue).map((r) => r.key);
    expect(idle).toHaveLength(2);
    expect(got.filter((b) => b.reason === 'no-cost').map((b) => b.key)).toEqual(idle);
    const inFooter = await page.evaluate(() =>
      Array.from(document.querySelectorAll('._3h1b._1mic [data-real-roi-row]')).map((b) => b.getAttribute('data-real-roi-row')),
    );
    expect(inFooter).toEqual(['total']);
    await page.close();
  });

  it('Meta ad sets with cell keys: two ad sets of one name keep two badges', async () => {
    const { page, got } = await check('meta/adsets_cellkeys_en', metaUsdProfile);
    expect(got.filter((b) => b.key.startsWith('adset:'))).toHaveLength(4);
    await page.close();
  });

  it('the diagnostic: the content script hands its page to the popup (real messaging), whose report reads what the overlay read', async () => {
    const { page, table } = await check('meta/adsets_2026_en', eu2026);
    await page.bringToFront();
    const copy = asPageCopy(
      await h.worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(tab!.id!, { type: 'real-roi:get-page-copy' });
      }),
    );
    expect(copy?.url).toBe(page.url());
    // The copy carries the overlay's badges; the report must read past them.
    expect(copy!.html).toContain('data-real-roi-row');
    const window = new Window();
    const report = reportOfCopy(copy!, (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document, 'salt', null)!;
    expect(report.rows.data).toBe(table.rows.length);
    expect(report.rows.duplicateKeys).toBe(0);
    expect(report.table['period']).toEqual(table.period);
    for (const r of table.rows) expect(JSON.stringify(report)).not.toContain(r.name!);
    await window.happyDOM.close();
    await page.close();
  });
});
