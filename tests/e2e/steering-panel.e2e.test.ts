/**
 * Steering in the overlay panel and the toolbar badge, in Chromium: a week
 * recorded last year (the content script records it into the history as the
 * user looks at it), then the same week this year shows its drift against
 * the target and last year's real ROI; the toolbar badge counts the rows
 * below target on that tab.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../lib/format';
import { buildModel } from '../../lib/overlay/view-model';
import type { ExtractedTable } from '../../lib/platforms/contract/types';
import type { Profile } from '../../lib/roi';
import { drift } from '../../lib/steering';
import { fixturePath, fixtureUrl, launch, openPanel, readJson, setSettings, waitForBadges, type Harness } from './harness';
import { settingsWith, usdProfile } from './settings-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await setSettings(h, settingsWith([usdProfile], { language: 'en' }));
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

const FIXTURE = 'google-ads/campaigns_en_usd';
const SHOWN = 'Dec 16, 2024 – Jan 14, 2025';

/** The fixture with another date range on its date button. */
async function openWeek(text: string): Promise<Page> {
  const url = fixtureUrl(`${FIXTURE}.html`);
  const body = readFileSync(fixturePath(`${FIXTURE}.html`), 'utf8').replace(SHOWN, text);
  expect(body).toContain(text);
  const page = await h.context.newPage();
  await page.route(`${url.split('?')[0]}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await page.goto(url);
  const table = readJson<ExtractedTable>(`tests/fixtures/${FIXTURE}.expected.json`);
  await waitForBadges(page, [...table.rows.map((r) => r.key), 'total']);
  await openPanel(page);
  return page;
}

function engine(period: { start: string; end: string }) {
  const table = readJson<ExtractedTable>(`tests/fixtures/${FIXTURE}.expected.json`);
  const p = usdProfile as unknown as Profile & { name: string };
  return buildModel({ meta: { ...table, period }, columnLabels: {}, rows: table.rows, totals: table.totals, profile: p, profileName: p.name, targetRoi: 0.5 });
}

const panelText = (page: Page, what: string) => page.locator(`real-roi-panel [data-panel="${what}"]`).textContent({ timeout: 15_000 });

/** The toolbar badge text of every tab, from the extension's own side. */
const badgeTexts = () =>
  h.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return Promise.all(tabs.map((t) => chrome.action.getBadgeText({ tabId: t.id! })));
  });

describe('steering in the overlay panel', () => {
  it('a week without last year recorded: its drift, and which dates to open', async () => {
    const page = await openWeek('Dec 8, 2025 – Dec 14, 2025');
    const model = engine({ start: '2025-12-08', end: '2025-12-14' });
    const d = drift(model.totals!.roi!, 0.5);
    const pct = formatPercent(Math.abs(d.relative!), 'en-US', 0);
    const expected = d.state === 'within' ? 'This week: within 10 % of your target (50%)' : `This week: ${pct} ${d.state} your target (50%)`;
    expect(await panelText(page, 'drift')).toBe(expected);
    expect(await panelText(page, 'last-year')).toMatch(/^To compare with last year, open Dec 8\s–\s14, 2024 once$/);
    const below = model.rows.filter((v) => v.roi !== null && v.roi < 0.5).length;
    expect(below).toBeGreaterThan(0);
    await expect.poll(badgeTexts).toContain(String(below));
    await page.close();
  });

  it("after last year's week was looked at (and so recorded), the panel shows its real ROI beside this year's", async () => {
    const old = await openWeek('Dec 8, 2024 – Dec 14, 2024');
    // The recorder writes after a quiet second: wait until the history holds that week.
    await expect
      .poll(
        () =>
          h.worker.evaluate(async () => {
            // Opening a database that does not exist yet would create it empty, ahead of the extension's upgrade.
            if (!(await indexedDB.databases()).some((d) => d.name === 'real-roi-history')) return [];
            return new Promise<string[]>((resolve) => {
              const open = indexedDB.open('real-roi-history');
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('entries')) return resolve([]);
                const all = db.transaction('entries').objectStore('entries').getAll();
                all.onsuccess = () => resolve((all.result as { period: { start: string } }[]).map((e) => e.period.start));
              };
              open.onerror = () => resolve([]);
            });
          }),
        { timeout: 15_000 },
      )
      .toContain('2024-12-08');
    await old.close();
    const page = await openWeek('Dec 8, 2025 – Dec 14, 2025');
    const now = engine({ start: '2025-12-08', end: '2025-12-14' }).totals!.roi!;
    const then = engine({ start: '2024-12-08', end: '2024-12-14' }).totals!.roi!;
    const line = await page.locator('real-roi-panel [data-panel="last-year"]', { hasText: '→' }).textContent({ timeout: 15_000 });
    expect(line).toContain(`${formatPercent(then, 'en-US', 1)} → ${formatPercent(now, 'en-US', 1)}`);
    expect(line).toMatch(/^Same period last year: .+ \([+-]\d+\.\d points(, [+-]\d+\.\d%)?\)$/);
    if (process.env.SHOTS) await page.locator('real-roi-panel [data-real-roi-panel]').screenshot({ path: 'docs/screenshots/steering-panel.png' });
    await page.close();
  });
});

describe('weekly reminder: opt-in, permissions optional', () => {
  it('asks for nothing at install: alarms and notifications are optional and not granted; the switch starts off', async () => {
    const manifest = readJson<{ permissions: string[]; optional_permissions?: string[] }>('.output/chrome-mv3/manifest.json');
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions).toEqual(['alarms', 'notifications']);
    expect(await h.worker.evaluate(() => chrome.permissions.contains({ permissions: ['alarms', 'notifications'] }))).toBe(false);
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const toggle = page.locator('[data-reminder-toggle]');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await page.close();
  });
});
