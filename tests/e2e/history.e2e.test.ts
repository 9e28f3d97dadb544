/**
 * The history in Chromium: tables seen on both platforms are recorded by
 * the background, survive a browser restart, and show on history.html with
 * the engine's figure; the ad site's origin gets no database; delete-all
 * empties the page; axe passes in English and French.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './extension-pages';
import { buildModel } from '../../lib/overlay/view-model';
import type { ExtractedTable } from '../../lib/platforms/contract/types';
import type { Profile } from '../../lib/roi/types';
import { badges, launch, openFixture, readJson, setSettings, waitForBadges, type Harness } from './harness';
import { settingsWith, usdProfile } from './settings-fixtures';

const TABLES = [
  'google-ads/campaigns_en_usd.html',
  'google-ads/adgroups_en.html',
  'google-ads/spa_nav.html',
  'google-ads/keywords_en.html',
  'google-ads/campaigns_fr_eur.html',
  'meta/campaigns_en_usd.html',
  'meta/adsets_en.html',
  'meta/campaigns_leads_en.html',
];

interface Entry {
  platform: string;
  account: string;
  level: string;
  start: string;
  end: string;
  roi: string;
  reason: string | null;
}

async function historyEntries(page: Page): Promise<Entry[]> {
  return page.$$eval('[data-history-entry]', (els) =>
    els.map((el) => ({
      platform: el.getAttribute('data-platform')!,
      account: el.getAttribute('data-account')!,
      level: el.getAttribute('data-level')!,
      start: el.getAttribute('data-start')!,
      end: el.getAttribute('data-end')!,
      roi: el.getAttribute('data-roi')!,
      reason: el.getAttribute('data-roi-reason'),
    })),
  );
}

/** What the background stored, read from its own origin without creating the database. */
async function stored(h: Harness): Promise<{ count: number; latest: string }> {
  return h.worker.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'real-roi-history')) return { count: 0, latest: '' };
    return new Promise<{ count: number; latest: string }>((resolve, reject) => {
      const open = indexedDB.open('real-roi-history');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const req = db.transaction('entries').objectStore('entries').getAll();
        req.onsuccess = () => {
          db.close();
          const all = req.result as { capturedAt: string }[];
          const latest = all.map((e) => e.capturedAt).sort();
          resolve({ count: all.length, latest: latest.at(-1) ?? '' });
        };
      };
    });
  });
}

/** Every stored entry's id and capture time. */
async function storedTimes(h: Harness): Promise<Map<string, string>> {
  const list = await h.worker.evaluate(
    () =>
      new Promise<[string, string][]>((resolve, reject) => {
        const open = indexedDB.open('real-roi-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('entries').objectStore('entries').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { id: string; capturedAt: string }[]).map((e) => [e.id, e.capturedAt]));
          };
        };
      }),
  );
  return new Map(list);
}

async function openHistoryPage(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/history.html`);
  await page.locator('[data-testid="delete-all"]').waitFor();
  return page;
}

describe('history (Chromium, persistent profile)', () => {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'real-roi-history-'));
  let h: Harness;
  const totalRoi = new Map<string, string>();
  const adOrigins = new Map<string, unknown>();

  beforeAll(async () => {
    h = await launch({ profile: profileDir });
    const meta = { ...usdProfile, id: 'meta', name: 'Meta store', accounts: [{ platform: 'meta', id: '1234567890123456' }] };
    await setSettings(h, settingsWith([usdProfile, meta]));
  });
  afterAll(async () => {
    await h?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('records every complete table, and a table seen twice once', async () => {
    for (const rel of [...TABLES, TABLES[0]!]) {
      const before = (await stored(h)).latest;
      const page = await openFixture(h, rel);
      await waitForBadges(page, ['total']);
      // Waited for with the tab open: the badges read after the record are the ones recorded.
      await expect.poll(async () => (await stored(h)).latest > before, { timeout: 15_000 }).toBe(true);
      // Read after the record: the page was quiet for a second, the badges are final.
      const total = (await badges(page)).find((b) => b.key === 'total');
      const account = await page.evaluate(() => document.documentElement.outerHTML.length);
      totalRoi.set(rel, total!.roi);
      // The ad site's origin holds no database of ours (or any).
      adOrigins.set(new URL(page.url()).origin, await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)));
      expect(account).toBeGreaterThan(0);
      await page.close();
    }
    expect((await stored(h)).count).toBe(TABLES.length);
    for (const [origin, names] of adOrigins) expect(names, origin).toEqual([]);
  });

  it("shows each recorded period with the engine's figure, and survives a browser restart", async () => {
    await h.close();
    h = await launch({ profile: profileDir });
    const page = await openHistoryPage(h);
    await page
      .locator('[data-history-entry]')
      .nth(TABLES.length - 1)
      .waitFor({ state: 'attached' });
    const entries = await historyEntries(page);
    expect(entries).toHaveLength(TABLES.length);
    // One entry per table, each with the figure its total badge showed on the ad page.
    const byKey = (e: Entry) => `${e.platform}|${e.account}|${e.level}|${e.start}|${e.end}`;
    expect(new Set(entries.map(byKey)).size).toBe(TABLES.length);
    const campaigns = entries.find((e) => e.platform === 'google-ads' && e.account === '123-456-7890' && e.level === 'campaigns')!;
    expect(campaigns).toMatchObject({ start: '2024-12-16', end: '2025-01-14' });
    expect(campaigns.roi).toBe(totalRoi.get('google-ads/campaigns_en_usd.html'));
    // And what the engine says for the fixture's expected extraction, independently of the recording.
    const table = readJson<ExtractedTable>('tests/fixtures/google-ads/campaigns_en_usd.expected.json');
    const engine = buildModel({
      meta: table,
      columnLabels: {},
      rows: table.rows,
      totals: table.totals,
      profile: usdProfile as Profile,
      profileName: usdProfile.name,
      targetRoi: 0.5,
    });
    expect(campaigns.roi).not.toBe('na');
    expect(Number(campaigns.roi)).toBeCloseTo(Number(engine.totals!.roiAttr), 12);
    expect(entries.find((e) => e.platform === 'meta' && e.level === 'adsets')!.roi).toBe(totalRoi.get('meta/adsets_en.html'));
    const eur = entries.find((e) => e.account === '234-567-8901')!;
    expect(eur).toMatchObject({ roi: 'na', reason: 'currency-mismatch' });
    expect(totalRoi.get('google-ads/campaigns_fr_eur.html')).toBe('na');
    for (const e of entries) expect(e.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.close();
  });

  it('passes axe in English and French', async () => {
    for (const language of ['en', 'fr']) {
      await h.worker.evaluate(async (lang) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings as object), language: lang } });
      }, language);
      const page = await openHistoryPage(h);
      await page.locator('[data-history-entry]').first().waitFor({ state: 'attached' });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('a tab closed right after its table settled still records it; a table still loading records nothing', async () => {
    const before = await storedTimes(h);
    // Loading: no complete read ever reached the recorder, so closing the tab must not record anything.
    const loading = await openFixture(h, 'google-ads/loading.html');
    await loading.locator('body').waitFor();
    await loading.close();
    const page = await openFixture(h, 'google-ads/campaigns_worked_example.html');
    await waitForBadges(page, ['total']);
    // Closed well within the recorder's quiet second: the pending read leaves on pagehide.
    await page.close();
    await expect.poll(async () => (await storedTimes(h)).size, { timeout: 15_000 }).toBe(before.size + 1);
    const after = await storedTimes(h);
    const added = [...after.keys()].filter((id) => !before.has(id));
    expect(added).toEqual([expect.stringMatching(/^google-ads\|321-654-0987\|campaigns\|/)]);
    // Nothing else was written: the loading page's table (same identity as a recorded one) kept its record.
    for (const [id, at] of before) expect(after.get(id), id).toBe(at);
  });

  it('the options page offers the switch, on by default, and the way to the page; turned off, nothing new is recorded', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    const box = options.locator('#f-rememberTables');
    await box.waitFor();
    expect(await box.isChecked()).toBe(true);
    expect(await options.locator('[data-testid="open-history"]').getAttribute('href')).toBe('/history.html');
    await box.uncheck();
    await options.locator('[data-testid="save"]').click();
    await expect
      .poll(() => h.worker.evaluate(async () => ((await chrome.storage.local.get('settings'))['settings'] as { rememberTables?: boolean }).rememberTables))
      .toBe(false);
    const before = await stored(h);
    const page = await openFixture(h, 'google-ads/campaigns_de_eur.html');
    await waitForBadges(page, ['total']);
    // Three times the recorder's quiet delay: a recording would have landed by now.
    await page.waitForTimeout(3000);
    expect(await stored(h)).toEqual(before);
    await page.close();
    await options.close();
  });

  it('"delete all" empties the page and the store; no network request was made', async () => {
    const page = await openHistoryPage(h);
    await page.locator('[data-history-entry]').first().waitFor({ state: 'attached' });
    page.once('dialog', (d) => void d.accept());
    await page.locator('[data-testid="delete-all"]').click();
    await page.locator('[data-testid="empty"]').waitFor();
    expect(await page.locator('[data-history-entry]').count()).toBe(0);
    expect((await stored(h)).count).toBe(0);
    const allowed = /^(https:\/\/(ads\.google\.com|adsmanager\.facebook\.com)\/|chrome-extension:\/\/)/;
    expect(h.requests.filter((u) => !allowed.test(u))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});
