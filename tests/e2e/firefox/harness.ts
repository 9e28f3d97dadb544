/**
 * The Firefox build (.output/firefox-mv2) in Debian's firefox-esr, driven by
 * puppeteer-core over WebDriver BiDi. Fixtures are served at the platforms'
 * real URLs by request interception; every other request is refused and
 * recorded, so a test can show the extension made none.
 *
 * BiDi may not navigate to moz-extension:// pages, so settings are written
 * from the options page that the extension itself opens: the overlay panel's
 * "set up costs" button asks the background to open it, as a user would.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixturePath, fixtureUrl, ROOT } from '../harness';

export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');
export const GECKO_ID = 'real-roi@example.org';
/** Fixed by the pref below; random per profile otherwise. */
export const EXTENSION_UUID = '6b1f5a3e-0c2d-4e8f-9a7b-5d4c3b2a1f00';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxHarness {
  browser: Browser;
  /** Every request a fixture page made, as URLs, and which of them were served. */
  requests: string[];
  served: Set<string>;
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const profile = mkdtempSync(path.join(tmpdir(), 'real-roi-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  return {
    browser,
    requests: [],
    served: new Set(),
    pageErrors: [],
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Open a fixture at its real URL; nothing else is served. */
export async function openFixtureFx(h: FirefoxHarness, rel: string): Promise<Page> {
  const url = fixtureUrl(rel);
  const body = readFileSync(fixturePath(rel), 'utf8');
  const page = await h.browser.newPage();
  page.on('pageerror', (e) => h.pageErrors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    h.requests.push(req.url());
    if (req.url().split('#')[0] === url) {
      h.served.add(url);
      void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else {
      void req.abort();
    }
  });
  await page.goto(url);
  return page;
}

export interface BadgeFx {
  key: string;
  roi: string;
  reason: string | null;
  text: string;
}

/** Wait for these badges to be present, settled and (if given) to satisfy `until`; return every badge. */
export async function waitForBadgesFx(page: Page, keys: readonly string[], timeout = 15_000): Promise<BadgeFx[]> {
  await page.waitForFunction((ks: string[]) => ks.every((k) => document.querySelector(`[data-real-roi-row="${CSS.escape(k)}"][data-roi]`)), { timeout }, [
    ...keys,
  ]);
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-real-roi-row]')).map((host) => ({
      key: host.getAttribute('data-real-roi-row')!,
      roi: host.getAttribute('data-roi')!,
      reason: host.getAttribute('data-roi-reason'),
      text: host.shadowRoot?.textContent?.trim() ?? '',
    })),
  );
}

/**
 * The options page, opened by the extension from a fixture page's panel
 * (the only way to reach an extension page over BiDi).
 */
export async function optionsPageVia(h: FirefoxHarness, fixturePage: Page): Promise<Page> {
  const existing = await findOptions(h);
  if (existing) return existing;
  // The panel starts as a chip: open it (again until it is open, as the stored layout may redraw it meanwhile).
  await fixturePage.waitForFunction(
    () => {
      const root = document.querySelector('real-roi-panel')?.shadowRoot;
      root?.querySelector<HTMLButtonElement>('[data-panel="chip"]')?.click();
      return root?.querySelector('[data-real-roi-open-options]');
    },
    { polling: 200 },
  );
  await fixturePage.evaluate(() => {
    const button = document.querySelector('real-roi-panel')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-real-roi-open-options]')!;
    button.click();
  });
  for (let i = 0; i < 100; i++) {
    const page = await findOptions(h);
    if (page) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension did not open its options page');
}

async function findOptions(h: FirefoxHarness): Promise<Page | undefined> {
  for (const page of await h.browser.pages()) {
    // Puppeteer may still report about:blank for a tab the extension opened: ask the page itself.
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(`${EXTENSION_ORIGIN}/options.html`)) return page;
  }
  return undefined;
}

/** Write the settings as the options page does: into the extension's storage.local. */
export async function setSettingsFx(options: Page, settings: unknown): Promise<void> {
  await options.evaluate(async (s) => {
    await (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ settings: s });
  }, settings);
}
