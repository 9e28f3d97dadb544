import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../lib/overlay/view-model';
import type { Profile } from '../../lib/roi';
import type { ExtractedTable } from '../../lib/platforms/contract/types';
import {
  badges,
  clearSettings,
  EXTENSION_DIR,
  launch,
  openFixture,
  fixtureKeys,
  openPanel,
  readJson,
  setSettings,
  waitForBadges,
  type Harness,
} from './harness';
import { clothingProfile, settingsWith, smallShopProfile, usdProfile } from './settings-fixtures';

let h: Harness;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

/** What the engine says for a fixture's expected extraction under a profile. */
function engineFor(fixture: string, profile: Profile & { name: string }, targetRoi = 0.5) {
  const table = readJson<ExtractedTable>(`tests/fixtures/google-ads/${fixture}.expected.json`);
  return {
    table,
    model: buildModel({
      meta: table,
      columnLabels: {},
      rows: table.rows,
      totals: table.totals,
      profile,
      profileName: profile.name,
      targetRoi,
    }),
  };
}

describe('Google Ads overlay in Chromium', () => {
  it('reproduces worked example 1 (ROI 107.1 %) on its row and total', async () => {
    await setSettings(h, settingsWith([clothingProfile, smallShopProfile]));
    const page = await openFixture(h, 'google-ads/campaigns_worked_example.html');
    const got = await waitForBadges(page, ['campaign:22334455667', 'total']);
    const row = got.find((b) => b.key === 'campaign:22334455667')!;
    expect(Number(row.roi)).toBeCloseTo(4655 / 4345, 9);
    expect(row.text).toBe('107.1%');
    expect(Number(got.find((b) => b.key === 'total')!.roi)).toBeCloseTo(4655 / 4345, 9);
    await page.close();
  });

  it('reproduces worked example 2 (ROI 1.0 % behind a ROAS of 5.00)', async () => {
    const page = await openFixture(h, 'google-ads/campaigns_worked_example2.html');
    // Wait for the row itself: under load the totals badge can come first.
    const b = (await waitForBadges(page, ['campaign:23344556678', 'total'])).find((x) => x.key === 'campaign:23344556678');
    expect(Number(b!.roi)).toBeCloseTo(20 / 1980, 9);
    expect(b!.text).toBe('1.0%');
    await page.close();
  });

  it('every badge matches the engine for a full profile, totals included', async () => {
    await setSettings(h, settingsWith([usdProfile]));
    const { table, model } = engineFor('campaigns_en_usd', usdProfile as Profile & { name: string });
    const page = await openFixture(h, 'google-ads/campaigns_en_usd.html');
    const got = await waitForBadges(page, [...table.rows.map((r) => r.key), 'total']);
    expect(got).toHaveLength(table.rows.length + 1);
    for (const view of [...model.rows, model.totals!]) {
      const b = got.find((x) => x.key === view.key)!;
      if (view.roiAttr === 'na') expect(b.roi).toBe('na');
      else expect(Number(b.roi)).toBeCloseTo(Number(view.roiAttr), 12);
    }
    await page.close();
  });

  it('hover and keyboard focus show the breakdown', async () => {
    const page = await openFixture(h, 'google-ads/campaigns_en_usd.html');
    await waitForBadges(page, ['total']);
    const first = page.locator('[data-real-roi-row]').first();
    await first.locator('button').hover();
    const tip = page.locator('real-roi-tooltip .tip');
    await tip.waitFor();
    const text = await tip.textContent();
    for (const label of ['Gross margin', 'Ad spend', 'Staff', 'Agency', 'Net profit', 'Platform ROAS', 'POAS', 'Break-even ROAS', 'Target ROAS']) {
      expect(text).toContain(label);
    }
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'detached' });
    await first.locator('button').focus();
    await tip.waitFor();
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    await page.close();
  });

  it('a hidden Cost column shows "spend column not found" and no number', async () => {
    const page = await openFixture(h, 'google-ads/campaigns_no_cost.html');
    const table = readJson<ExtractedTable>('tests/fixtures/google-ads/campaigns_no_cost.expected.json');
    const got = await waitForBadges(
      page,
      table.rows.map((r) => r.key),
    );
    for (const b of got) {
      expect(b.roi).toBe('na');
      expect(b.reason).toBe('spend-column-missing');
      expect(b.text).not.toMatch(/\d/);
    }
    await openPanel(page);
    const panel = page.locator('real-roi-panel .panel');
    await expect.poll(() => panel.textContent()).toContain('spend column not found');
    await page.close();
  });

  it('settings changes re-render live, with no duplicate badge', async () => {
    await setSettings(h, settingsWith([usdProfile]));
    const page = await openFixture(h, 'google-ads/campaigns_en_usd.html');
    const before = await waitForBadges(page, ['total']);
    await setSettings(h, settingsWith([{ ...usdProfile, margin: { default: 0.9, rules: [] } }]));
    await expect.poll(async () => (await badges(page)).find((b) => b.key === 'total')!.roi).not.toBe(before.find((b) => b.key === 'total')!.roi);
    const keys = (await badges(page)).map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    await page.close();
  });

  it('an unreadable date range blocks the numbers until the user types it in the panel', async () => {
    await setSettings(h, settingsWith([usdProfile]));
    const page = await openFixture(h, 'google-ads/campaigns_en_usd.html');
    await waitForBadges(page, ['total']);
    await page.evaluate(() => {
      const el = document.querySelector(
        '.dropdown-and-comparison .button-text, .menu-lookalike span.button-text, dropdown-button.menu-trigger.primary-range .button',
      )!;
      el.textContent = 'All time';
    });
    await expect.poll(async () => (await badges(page)).find((b) => b.key === 'total')!.reason).toBe('period-unknown');
    expect((await badges(page)).every((b) => b.roi === 'na')).toBe(true);
    await openPanel(page);
    await page.locator('real-roi-panel input[name="start"]').fill('2024-12-16');
    await page.locator('real-roi-panel input[name="end"]').fill('2025-01-14');
    await page.locator('real-roi-panel form.period button[type="submit"]').click();
    await expect.poll(async () => (await badges(page)).find((b) => b.key === 'total')!.roi).not.toBe('na');
    await expect.poll(() => page.locator('real-roi-panel [data-panel="period"]').textContent()).toContain('entered by you');
    await page.close();
  });

  it("answers the popup's request for the page's totals (real messaging)", async () => {
    await setSettings(h, settingsWith([clothingProfile, smallShopProfile]));
    const page = await openFixture(h, 'google-ads/campaigns_worked_example.html');
    // Page totals come from a complete read: wait for every row, not only the total.
    await waitForBadges(page, fixtureKeys('google-ads/campaigns_worked_example.html'));
    await page.bringToFront();
    const answer = await h.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'real-roi:get-page-totals' });
    });
    expect(answer).toEqual({
      platform: 'google-ads',
      accountId: '321-654-0987',
      currency: 'EUR',
      period: { start: '2025-11-01', end: '2025-11-30' },
      spend: 2500,
      conversions: 75,
      conversionValue: 15000,
      platformRoas: 6,
      // The total's margin: the profile's default here (no campaign rule).
      margin: clothingProfile.margin.default,
      // No account total on this page: the total carries every fixed cost, as the popup does.
      fixedCostsShared: false,
    });
    await page.close();
  });

  it('the extension makes no network request of its own and asks only for storage', async () => {
    const allowed = /^(https:\/\/ads\.google\.com\/aw\/|chrome-extension:\/\/)/;
    expect(h.requests.filter((u) => !allowed.test(u))).toEqual([]);
    // No network API anywhere in what ships (belt and braces: the service
    // worker's own requests are not all visible to the page-level recorder).
    const shipped = listFiles(EXTENSION_DIR).filter((f) => f.endsWith('.js'));
    expect(shipped.length).toBeGreaterThan(2);
    for (const file of shipped) {
      expect(readFileSync(file, 'utf8')).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts/);
    }
    const manifest = readJson<{ permissions?: string[]; host_permissions?: string[]; content_scripts: { matches: string[] }[] }>(
      '.output/chrome-mv3/manifest.json',
    );
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    for (const cs of manifest.content_scripts) for (const m of cs.matches) expect(m).toMatch(/^https:\/\/(ads\.google\.com|[a-z]+\.facebook\.com)\//);
  });

  it('without saved settings the overlay still works on the default profile', async () => {
    await clearSettings(h);
    const page = await openFixture(h, 'google-ads/campaigns_fr_eur.html');
    const table = readJson<ExtractedTable>('tests/fixtures/google-ads/campaigns_fr_eur.expected.json');
    // Row badges follow the total by a frame (drawn once the rows are seen near the viewport).
    const got = await waitForBadges(page, [...table.rows.map((r) => r.key), 'total']);
    expect(got.length).toBe(table.rows.length + 1);
    await page.close();
  });
});
