/**
 * Loads the built extension (.output/chrome-mv3) into the system Chromium
 * and serves fixtures at the platforms' real URLs through routing, so the
 * content scripts match exactly as on the live sites.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

export function chromiumPath(): string {
  return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request any page or worker made, as URLs. */
  requests: string[];
  /** Uncaught page errors. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** `profile`: a user-data directory kept after close (a browser restart reopens it); else a fresh one, removed. */
export async function launch(options: { locale?: string; profile?: string } = {}): Promise<Harness> {
  const profile = options.profile ?? mkdtempSync(path.join(tmpdir(), 'real-roi-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1400, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(String(e))));
  // Nothing leaves the machine: anything not served by a test is refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.fallback();
    return route.fulfill({ status: 404, body: 'not served by the e2e harness' });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    requests,
    pageErrors,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
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
  await page.route(url.split('?')[0] + '**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
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
