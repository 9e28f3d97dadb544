/**
 * Loads the built extension (.output/chrome-mv3) into the system Chromium
 * and serves fixtures at the platforms' real URLs through routing, so the
 * content scripts match exactly as on the live sites.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR, type LaunchedBrowser, launchWithExtension, ROOT } from '../../scripts/browser.mjs';

// Chromium is launched by scripts/browser.mjs, shared with the demo and the benches.
export { chromiumPath, EXTENSION_DIR, ROOT };

/** The launched browser, `requests` and `pageErrors` recorded from the start. */
export type Harness = LaunchedBrowser;

/** `profile`: a user-data directory kept after close (a browser restart reopens it); else a fresh one, removed. */
export function launch(options: { locale?: string; profile?: string } = {}): Promise<Harness> {
  return launchWithExtension({
    headless: true,
    locale: options.locale ?? 'en-US',
    // No --lang unless a test asks for a locale: the suite has always run so.
    lang: options.locale ?? null,
    viewport: { width: 1400, height: 900 },
    profile: options.profile,
    profilePrefix: 'real-roi-e2e-',
    record: true,
    refusal: 'not served by the e2e harness',
  });
}

export function fixturePath(rel: string): string {
  return path.join(ROOT, 'tests/fixtures', rel);
}

/** The real URL a fixture stands for (its `<meta name="fixture-url">`). */
export function fixtureUrl(rel: string): string {
  const html = readFileSync(fixturePath(rel), 'utf8');
  const m = /<meta\s+name="fixture-url"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error(`${rel}: no <meta name="fixture-url">`);
  return m[1]!.replace(/&amp;/g, '&');
}

export function readJson<T>(rel: string): T {
  return JSON.parse(readFileSync(path.join(ROOT, rel), 'utf8')) as T;
}

/** Open a fixture at its real URL in a new page. */
export async function openFixture(h: Harness, rel: string, url = fixtureUrl(rel)): Promise<Page> {
  const page = await h.context.newPage();
  const body = readFileSync(fixturePath(rel), 'utf8');
  await page.route(`${url.split('?')[0]}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await page.goto(url);
  return page;
}

export async function setSettings(h: Harness, settings: unknown): Promise<void> {
  await h.worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

export async function clearSettings(h: Harness): Promise<void> {
  await h.worker.evaluate(() => chrome.storage.local.clear());
}

export interface BadgeState {
  key: string;
  roi: string;
  reason: string | null;
  /** `data-lifetime-roi`: null when the profile has no lifetime view. */
  lifetimeRoi: string | null;
  text: string;
  /** The badge shows a value kept from a cell scrolled out of view (`data-roi-kept`). */
  kept: boolean;
}

/** Every badge host on the page with its contract attributes and visible text. */
export async function badges(page: Page): Promise<BadgeState[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-real-roi-row]')).map((host) => ({
      key: host.getAttribute('data-real-roi-row')!,
      roi: host.getAttribute('data-roi')!,
      reason: host.getAttribute('data-roi-reason'),
      lifetimeRoi: host.getAttribute('data-lifetime-roi'),
      text: host.shadowRoot?.textContent?.trim() ?? '',
      kept: host.hasAttribute('data-roi-kept'),
    })),
  );
}

/** Wait until the badges for these keys are all present and settled. */
/** Every row key of a fixture's expected extraction, plus the totals badge. */
export function fixtureKeys(fixture: string): string[] {
  const table = readJson<{ rows: { key: string }[] }>(`tests/fixtures/${fixture.replace(/\.html$/, '.expected.json')}`);
  return [...table.rows.map((r) => r.key), 'total'];
}

export async function waitForBadges(page: Page, keys: readonly string[], timeout = 10_000): Promise<BadgeState[]> {
  await page.waitForFunction((ks) => ks.every((k) => document.querySelector(`[data-real-roi-row="${CSS.escape(k)}"][data-roi]`)), keys, { timeout });
  return badges(page);
}

/**
 * Open the summary panel: it starts as a chip, or comes back open if a
 * previous test left it so (its layout is remembered per platform).
 */
export async function openPanel(page: Page): Promise<void> {
  const body = page.locator('real-roi-panel .panel .body');
  const chip = page.locator('real-roi-panel [data-panel="chip"]');
  for (let i = 0; i < 50 && (await body.count()) === 0; i++) {
    // The stored layout may replace the chip while we click: try again.
    await chip.click({ timeout: 1_000 }).catch(() => {});
  }
  await body.waitFor();
}
