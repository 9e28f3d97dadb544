/**
 * The built extension on Google Ads pages that change under it: a single-page
 * app moving between tables, and a virtualized grid re-using its row nodes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedTable } from '../../lib/platforms/contract/types';
import { badges, launch, openFixture, readJson, setSettings, waitForBadges, type Harness } from './harness';
import { settingsWith, usdProfile } from './settings-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  // The settings these tests ran under in google-ads.e2e.test.ts, before they moved here.
  await setSettings(h, settingsWith([usdProfile]));
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  // As the network test of google-ads.e2e.test.ts, for this file's pages.
  expect(h.requests.filter((u) => !/^(https:\/\/ads\.google\.com\/aw\/|chrome-extension:\/\/)/.test(u))).toEqual([]);
  await h.close();
});

describe('Google Ads overlay in Chromium', () => {
  it('navigating between tables keeps the overlay right', async () => {
    const page = await openFixture(h, 'google-ads/spa_nav.html');
    const campaigns = readJson<ExtractedTable>('tests/fixtures/google-ads/spa_nav.expected.json');
    const adgroups = readJson<ExtractedTable>('tests/fixtures/google-ads/spa_nav.adgroups.expected.json');
    await waitForBadges(
      page,
      campaigns.rows.map((r) => r.key),
    );
    await page.evaluate(() => (window as unknown as { __fixture: { navigate(s: string): void } }).__fixture.navigate('adgroups'));
    await waitForBadges(
      page,
      adgroups.rows.map((r) => r.key),
    );
    const keys = (await badges(page)).map((b) => b.key).sort();
    expect(keys).toEqual([...adgroups.rows.map((r) => r.key), ...(adgroups.totals.length ? ['total'] : [])].sort());
    await page.evaluate(() => (window as unknown as { __fixture: { navigate(s: string): void } }).__fixture.navigate('campaigns'));
    await waitForBadges(
      page,
      campaigns.rows.map((r) => r.key),
    );
    expect((await badges(page)).map((b) => b.key).sort()).toEqual([...campaigns.rows.map((r) => r.key), ...(campaigns.totals.length ? ['total'] : [])].sort());
    await page.close();
  });

  it('re-used rows are re-keyed: never two badges for a row, never a stale one', async () => {
    const page = await openFixture(h, 'google-ads/virtualized_en.html');
    const initial = readJson<ExtractedTable>('tests/fixtures/google-ads/virtualized_en.expected.json');
    await waitForBadges(
      page,
      initial.rows.map((r) => r.key),
    );
    for (const n of [50, 120, 170, 0]) {
      await page.evaluate((row) => (window as unknown as { __fixture: { scrollToRow(n: number): void } }).__fixture.scrollToRow(row), n);
      await expect
        .poll(
          async () => {
            const state = await page.evaluate(() =>
              Array.from(document.querySelectorAll('.particle-table-row:not(.particle-table-summary-row)')).map((row) => {
                const href = row.querySelector('a[href*="campaignId="]')?.getAttribute('href') ?? '';
                const id = new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('campaignId');
                const hosts = Array.from(row.querySelectorAll('[data-real-roi-row]')).map((x) => x.getAttribute('data-real-roi-row'));
                return { expected: `campaign:${id}`, hosts };
              }),
            );
            return state.every((r) => r.hosts.length === 1 && r.hosts[0] === r.expected);
          },
          { timeout: 5000 },
        )
        .toBe(true);
    }
    await page.close();
  });
});
