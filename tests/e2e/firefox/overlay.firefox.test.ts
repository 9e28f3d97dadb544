/**
 * The Firefox build in real Firefox: the same badges as the engine computes
 * (and as the Chrome build shows in Chromium) on a Google Ads and a Meta
 * fixture, settings changes picked up by an open page, and no request of
 * the extension's own. One browser start for the whole file.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OverlayModel } from '../../../lib/overlay/view-model';
import type { ExtractedTable } from '../../../lib/platforms/contract/types';
import { expectMatches, model } from '../engine-views';
import { fixtureUrl, readJson } from '../harness';
import { metaUsdProfile, settingsWith, usdProfile } from '../settings-fixtures';
import { launchFirefox, openFixtureFx, optionsPageVia, setSettingsFx, waitForBadgesFx, type BadgeFx, type FirefoxHarness } from './harness';

const SETTINGS = settingsWith([usdProfile, metaUsdProfile]);

let h: FirefoxHarness;
let options: Page;

beforeAll(async () => {
  h = await launchFirefox();
  // Any fixture page will do to reach the options page through the panel.
  const first = await openFixtureFx(h, 'google-ads/campaigns_en_usd.html');
  await waitForBadgesFx(first, ['total']);
  options = await optionsPageVia(h, first);
  await setSettingsFx(options, SETTINGS);
  await first.close();
});
afterAll(async () => {
  await h?.close();
});

function engineViews(platform: string, fixture: string, profile: object) {
  const table = readJson<ExtractedTable>(`tests/fixtures/${platform}/${fixture}.expected.json`);
  const m = model(table, table.rows, table.totals, profile);
  return { table, engine: m, views: [...m.rows, ...(m.totals ? [m.totals] : [])] };
}

/** As in Chromium, and each badge with a figure shows digits (a badge with a number matches a view with one). */
function expectEngine(got: BadgeFx[], m: OverlayModel) {
  expectMatches(got, m);
  for (const b of got) if (b.roi !== 'na') expect(b.text, b.key).toMatch(/\d/);
}

describe('the Firefox build in Firefox ESR', () => {
  it('Google Ads: every badge, totals included, equals the engine', async () => {
    const { table, engine } = engineViews('google-ads', 'campaigns_en_usd', usdProfile);
    const page = await openFixtureFx(h, 'google-ads/campaigns_en_usd.html');
    const got = await waitForBadgesFx(page, [...table.rows.map((r) => r.key), 'total']);
    expectEngine(got, engine);
    expect(got.filter((b) => b.roi !== 'na').length).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('Meta Ads Manager: every badge, totals included, equals the engine', async () => {
    const { table, engine } = engineViews('meta', 'campaigns_en_usd', metaUsdProfile);
    const page = await openFixtureFx(h, 'meta/campaigns_en_usd.html');
    const got = await waitForBadgesFx(page, [...table.rows.map((r) => r.key), 'total']);
    expectEngine(got, engine);
    expect(got.filter((b) => b.roi !== 'na').length).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('an open page picks up a settings change', async () => {
    const page = await openFixtureFx(h, 'google-ads/campaigns_en_usd.html');
    const before = engineViews('google-ads', 'campaigns_en_usd', usdProfile);
    await waitForBadgesFx(page, [...before.table.rows.map((r) => r.key), 'total']);
    const richer = { ...usdProfile, margin: { default: 0.8, rules: [] } };
    const after = engineViews('google-ads', 'campaigns_en_usd', richer);
    const total = after.views.find((v) => v.key === 'total')!;
    expect(total.roiAttr).not.toBe(before.views.find((v) => v.key === 'total')!.roiAttr);
    await setSettingsFx(options, settingsWith([richer, metaUsdProfile]));
    await page.waitForFunction(
      (roi: string) => document.querySelector('[data-real-roi-row="total"]')?.getAttribute('data-roi') === roi,
      { timeout: 10_000 },
      total.roiAttr,
    );
    expectEngine(await waitForBadgesFx(page, ['total']), after.engine);
    await setSettingsFx(options, SETTINGS);
    await page.close();
  });

  it('the extension makes no request of its own', () => {
    const pages = new Set(['google-ads/campaigns_en_usd.html', 'meta/campaigns_en_usd.html'].map(fixtureUrl));
    expect(h.requests.length).toBeGreaterThan(3);
    // Firefox itself asks for the site's favicon, and pages decode their own data: URLs.
    const own = h.requests.filter((u) => !pages.has(u.split('#')[0]!) && !u.startsWith('data:') && !/^https:\/\/[^/]+\/favicon\.ico$/.test(u));
    expect(own).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
