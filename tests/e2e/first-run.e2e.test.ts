/**
 * Never a silent number, in Chromium on a fresh profile: the install opens
 * the set-up, figures resting on defaults are marked on the badge until
 * settings are saved, and settings that could not be read give no number,
 * say what could not be read, and stay in storage exactly as they were.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { storedSettings } from './extension-pages';
import { clearSettings, launch, openFixture, openPanel, ROOT, setSettings, type Harness } from './harness';
import { settingsWith } from './settings-fixtures';

let h: Harness;
let setupPage: Page;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const FIXTURE = 'google-ads/campaigns_fr_eur.html';
const SHOTS = path.join(ROOT, 'docs/screenshots');
const shop = {
  id: 'default',
  name: 'My shop',
  accounts: [],
  currency: 'EUR',
  margin: { default: 0.45, rules: [] },
  vatIncluded: 0,
  returnRate: 0,
  leadValue: null,
  costs: [
    { kind: 'monthly', label: 'Tools', amount: 120 },
    { kind: 'percentOfRevenue', label: 'Card fees', rate: 0.02 },
  ],
};

/** The fixture's six campaign rows and its total: wait for every badge, not only the first pass's. */
const allBadges = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll('[data-real-roi-row][data-roi]').length >= 7, undefined, { timeout: 10_000 });

interface Mark {
  key: string;
  roi: string;
  reason: string | null;
  basis: string | null;
  text: string;
}
const marks = (page: Page): Promise<Mark[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-real-roi-row]')).map((host) => ({
      key: host.getAttribute('data-real-roi-row')!,
      roi: host.getAttribute('data-roi')!,
      reason: host.getAttribute('data-roi-reason'),
      basis: host.getAttribute('data-roi-basis'),
      text: host.shadowRoot?.textContent?.trim() ?? '',
    })),
  );

describe('first run', () => {
  it('the install opens the guided set-up', async () => {
    const isSetup = (url: string) => url.startsWith(`chrome-extension://${h.extensionId}/options.html#setup`);
    const page =
      h.context.pages().find((p) => isSetup(p.url())) ?? (await h.context.waitForEvent('page', { predicate: (p) => isSetup(p.url()), timeout: 10_000 }));
    expect(isSetup(page.url())).toBe(true);
    await page.locator('[data-testid="first-setup"]').waitFor();
    expect(await page.locator('#setup-margin').inputValue()).toBe('30');
    setupPage = page;
  });

  it('until settings are saved every number is marked on the badge, and the breakdown says what is assumed', async () => {
    await clearSettings(h);
    const page = await openFixture(h, FIXTURE);
    await allBadges(page);
    const numbered = (await marks(page)).filter((m) => m.roi !== 'na');
    expect(numbered.length).toBeGreaterThan(1);
    for (const m of numbered) {
      expect(m.basis, m.key).toBe('assumed');
      expect(m.text, m.key).toMatch(/^≈ /);
    }
    const dashed = await page
      .locator('[data-roi-basis="assumed"] .badge')
      .first()
      .evaluate((b) => getComputedStyle(b).borderStyle);
    expect(dashed).toBe('dashed');

    await page.locator('[data-roi-basis="assumed"] button').first().hover();
    const tip = page.locator('real-roi-tooltip .tip');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('Assumed: 30% margin, no hidden cost entered.');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'first-run-badge.png') });
    await page.mouse.move(0, 0);

    await openPanel(page);
    const note = page.locator('real-roi-panel [data-basis="assumed"]');
    expect(await note.textContent()).toContain('nothing is set up yet');
    expect(await note.locator('[data-action="set-up"]').count()).toBe(1);

    // Saving the set-up writes the first settings: the marks go, live.
    await setupPage.bringToFront();
    await setupPage.locator('#setup-margin').fill('45');
    await setupPage.locator('#setup-tools').fill('120');
    await setupPage.locator('[data-testid="setup-save"]').click();
    await setupPage.locator('[data-testid="save"]').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-roi-basis]'));
    const saved = (await storedSettings(h)) as { profiles: { margin: { default: number }; costs: unknown[] }[] };
    expect(saved.profiles[0]!.margin.default).toBe(0.45);
    expect(saved.profiles[0]!.costs).toEqual([{ kind: 'monthly', label: 'Tools', amount: 120 }]);
    await setupPage.close();
    const after = await marks(page);
    expect(after.filter((m) => m.roi !== 'na').length).toBe(numbered.length);
    for (const m of after) expect(m.text, m.key).not.toContain('≈');
    await page.close();
  });
});

describe('settings that could not be read', () => {
  type Raw = Record<string, unknown>;
  const first = (s: Raw) => (s['profiles'] as Raw[])[0]!;
  const costs = (s: Raw) => first(s)['costs'] as Raw[];
  const cases: [string, (s: Raw) => void, string][] = [
    [
      'a negative cost',
      (s) => {
        costs(s)[0]!['amount'] = -120;
      },
      'the cost “Tools” has a negative amount',
    ],
    [
      'an unknown kind',
      (s) => {
        costs(s).push({ kind: 'commission', label: 'Marketplace', rate: 0.15 });
      },
      'a cost of kind “commission” is unknown to this version',
    ],
    [
      'an unreadable margin',
      (s) => {
        first(s)['margin'] = 'forty-five';
      },
      'the margin could not be read',
    ],
    [
      'settings from a newer version',
      (s) => {
        Object.assign(s, { version: 3, theme: 'dark' });
        first(s)['discountRate'] = 0.05;
      },
      'the setting “discountRate” is unknown to this version',
    ],
  ];

  it.each(cases)('%s: no number anywhere, the panel says what, and storage is left untouched', async (name, corrupt, message) => {
    const raw: Raw = settingsWith([structuredClone(shop)]);
    corrupt(raw);
    await clearSettings(h);
    await setSettings(h, raw);
    const before = JSON.stringify(await storedSettings(h));
    const page = await openFixture(h, FIXTURE);
    await allBadges(page);
    const all = await marks(page);
    expect(all.length).toBeGreaterThan(1);
    for (const m of all) {
      expect(m.roi, m.key).toBe('na');
      expect(m.reason, m.key).toBe('settings-repaired');
      expect(m.text, m.key).not.toMatch(/\d/);
    }
    await openPanel(page);
    const note = page.locator('real-roi-panel [data-problem="settings-repaired"]');
    expect(await note.textContent()).toContain(message);
    expect(await note.locator('[data-action="fix-settings"]').count()).toBe(1);
    expect(await page.locator('real-roi-panel [data-panel="roi"]').count()).toBe(0);
    if (name === 'a negative cost') await page.screenshot({ path: path.join(SHOTS, 'settings-unreadable-panel.png') });

    // Reading (background, options page, popup) never rewrites what is stored.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('[data-testid="save"]').waitFor();
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.locator('#in-spend').waitFor();
    expect(await popup.locator('[data-problem="settings-repaired"]').textContent()).toContain(message);
    expect(JSON.stringify(await storedSettings(h))).toBe(before);
    expect(JSON.parse(before)).toEqual(raw);
    await Promise.all([page.close(), options.close(), popup.close()]);
  });
});
