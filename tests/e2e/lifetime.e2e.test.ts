/**
 * The lifetime view in Chromium: every badge host's `data-lifetime-roi`
 * equals the engine's figure for the fixture's expected extraction, on
 * Google Ads and Meta; the panel's switch puts the labelled lifetime ROI on
 * the badges; the breakdown shows CAC, CLV, lifetime ROI and payback.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeTable, lifetimeOfRow, type LifetimeProfile, type Profile } from '../../lib/roi';
import type { ExtractedTable } from '../../lib/platforms/contract/types';
import { badges, launch, openFixture, fixtureKeys, readJson, ROOT, setSettings, waitForBadges, type BadgeState, type Harness } from './harness';
import { settingsWith, usdProfile } from './settings-fixtures';

const LIFETIME: LifetimeProfile = { purchasesPerYear: 4, years: 3, newCustomerShare: 0.7 };

/** usdProfile's costs on the Meta fixtures' account (campaigns_en_usd, USD). */
const metaProfile = {
  ...usdProfile,
  id: 'northwind',
  name: 'Northwind (Meta)',
  accounts: [{ platform: 'meta', id: '1234567890123456' }],
  lifetime: LIFETIME,
};
const googleProfile = { ...usdProfile, lifetime: LIFETIME };

/**
 * The engine's lifetime ROI for each badge key, from the fixture's expected
 * JSON: the table through computeTable (the totals row the overlay badges is
 * the table's own, else the account's), then lifetimeOfRow.
 */
function expectedLifetime(rel: string, profile: Profile): Map<string, number | 'na'> {
  const table = readJson<ExtractedTable>(rel);
  const primary = table.totals.find((t) => t.scope === 'table') ?? table.totals[0] ?? null;
  const account = table.totals.find((t) => t.scope === 'account');
  const figures = (r: { spend: number | null; conversions: number | null; conversionValue: number | null; roas: number | null }, name: string | null) => ({
    spend: r.spend,
    conversions: r.conversions,
    conversionValue: r.conversionValue,
    platformRoas: r.roas,
    name,
  });
  const result = computeTable({
    rows: table.rows.map((r) => figures(r, r.name)),
    totals: primary ? figures(primary, null) : null,
    accountSpend: account && account !== primary ? account.spend : null,
    profile,
    period: table.period,
    targetRoi: 0.5,
    currency: table.currency,
  });
  const out = new Map<string, number | 'na'>();
  const put = (key: string, r: (typeof result.rows)[number], pending: boolean) => {
    const life = lifetimeOfRow(r, profile.lifetime!);
    out.set(key, !pending && life.status === 'ok' && life.lifetimeRoi !== null ? life.lifetimeRoi : 'na');
  };
  table.rows.forEach((r, i) => put(r.key, result.rows[i]!, (r.pending ?? []).length > 0));
  if (primary && result.totals) put('total', result.totals, (primary.pending ?? []).length > 0);
  return out;
}

function expectAgrees(got: BadgeState[], expected: Map<string, number | 'na'>) {
  expect(got.map((b) => b.key).sort()).toEqual([...expected.keys()].sort());
  let differ = 0;
  for (const [key, want] of expected) {
    const b = got.find((x) => x.key === key)!;
    if (want === 'na') expect(b.lifetimeRoi, key).toBe('na');
    else {
      expect(Number(b.lifetimeRoi), key).toBeCloseTo(want, 12);
      if (b.lifetimeRoi !== b.roi) differ += 1;
    }
  }
  // Rows that sell: customers who come back make the figure differ from the first-order ROI.
  expect(differ).toBeGreaterThan(1);
}

/** The panel starts as a chip; the switch is in the open panel. */
async function openPanel(page: Page) {
  await page.locator('[data-real-roi-panel]').first().waitFor();
  // The open or closed state is remembered per platform: an earlier test may have opened it.
  if (await page.locator('[data-panel="chip"]').count()) await page.locator('[data-panel="chip"]').click();
  await page.locator('section[data-real-roi-panel]').waitFor();
}

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

describe('lifetime view in Chromium', () => {
  it('Google Ads: data-lifetime-roi equals the engine on every row and the total', async () => {
    await setSettings(h, settingsWith([googleProfile]));
    const expected = expectedLifetime('tests/fixtures/google-ads/campaigns_en_usd.expected.json', googleProfile as Profile);
    const page = await openFixture(h, 'google-ads/campaigns_en_usd.html');
    expectAgrees(await waitForBadges(page, [...expected.keys()]), expected);
    await page.close();
  });

  it('Meta: data-lifetime-roi equals the engine on every row and the total', async () => {
    await setSettings(h, settingsWith([metaProfile]));
    const expected = expectedLifetime('tests/fixtures/meta/campaigns_en_usd.expected.json', metaProfile as Profile);
    const page = await openFixture(h, 'meta/campaigns_en_usd.html');
    expectAgrees(await waitForBadges(page, [...expected.keys()]), expected);
    await page.close();
  });

  it('no lifetime in the profile: no data-lifetime-roi, no switch', async () => {
    await setSettings(h, settingsWith([usdProfile]));
    const page = await openFixture(h, 'google-ads/campaigns_en_usd.html');
    const got = await waitForBadges(page, ['total']);
    expect(got.every((b) => b.lifetimeRoi === null)).toBe(true);
    await openPanel(page);
    await page.locator('[data-panel="rows"]').waitFor();
    expect(await page.locator('[data-panel="lifetime-switch"]').count()).toBe(0);
    await page.close();
  });

  it('the panel switch shows the labelled lifetime ROI on the badges, and the breakdown its figures', async () => {
    await setSettings(h, settingsWith([googleProfile]));
    const page = await openFixture(h, 'google-ads/campaigns_en_usd.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    // Every row, not only the total: each badge after the switch is compared with its own 'before'.
    const before = await waitForBadges(page, fixtureKeys('google-ads/campaigns_en_usd.html'));
    expect(before.some((b) => b.text.includes('LTV'))).toBe(false);
    await openPanel(page);
    const toggle = page.locator('[data-panel="lifetime-switch"]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await page.waitForFunction(() => document.querySelector('[data-real-roi-row="total"]')?.shadowRoot?.textContent?.includes('LTV'));
    const after = await badges(page);
    for (const b of after) {
      // Same contract attributes; only what is shown changed, and it says what it is.
      expect(b.roi).toBe(before.find((x) => x.key === b.key)!.roi);
      if (b.lifetimeRoi !== 'na') expect(b.text.startsWith('LTV')).toBe(true);
    }
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    const shown = after.find((b) => b.lifetimeRoi !== 'na' && b.key !== 'total')!;
    await page.locator(`[data-real-roi-row="${shown.key}"] button`).hover();
    const tip = page.locator('real-roi-tooltip .tip');
    await tip.waitFor();
    const text = (await tip.textContent()) ?? '';
    for (const label of ['CAC (per new customer)', 'CLV', 'Lifetime ROI', 'CAC paid back in']) expect(text).toContain(label);

    const dir = path.join(ROOT, 'docs/screenshots');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'lifetime-breakdown.png') });

    await toggle.click();
    await page.waitForFunction(() => !document.querySelector('[data-real-roi-row="total"]')?.shadowRoot?.textContent?.includes('LTV'));
    await page.close();
  });

  it('badgeRoi "lifetime" in the settings shows the lifetime ROI from the start', async () => {
    await setSettings(h, settingsWith([googleProfile], { badgeRoi: 'lifetime' }));
    const page = await openFixture(h, 'google-ads/campaigns_en_usd.html');
    await waitForBadges(page, ['total']);
    await page.waitForFunction(() => document.querySelector('[data-real-roi-row="total"]')?.shadowRoot?.textContent?.includes('LTV'));
    await openPanel(page);
    expect(await page.locator('[data-panel="lifetime-switch"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('section[data-real-roi-panel] header .badge').textContent()).toMatch(/^LTV/);
    // Closed to its chip, the panel shows the same figure, labelled too.
    await page.locator('[data-panel="collapse"]').click();
    expect(await page.locator('[data-panel="chip-roi"]').textContent()).toMatch(/^LTV/);
    await page.close();
  });
});
