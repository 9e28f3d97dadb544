// The one place Chromium is launched: the e2e suite (tests/e2e/harness.ts),
// the demo, the benches and the image scripts all come here, so a flag, the
// routing rule or the profile clean-up changes once for all of them.
// Plain JavaScript in scripts/ because the scripts run under bare Node (no
// TypeScript loader); the e2e harness imports it like any module, typed by
// browser.d.mts beside it. Routes pages to local files and seeds settings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

/** Debian's Chromium unless CHROMIUM names another binary. */
export function chromiumPath() {
  return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

/** Chromium without the extension (drawing icons and store images). */
export function launchPlain() {
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
}

/**
 * Chromium with the built extension in a persistent context (extensions need
 * one). Every request that is not the extension's own is refused with a 404:
 * the caller serves the pages it needs (routeFile, or its own route), and
 * nothing reaches the network. Resolves once the service worker runs.
 */
export async function launchWithExtension({
  headless = true,
  locale = 'en-US',
  // The UI language flag; null leaves Chromium's own (the e2e default).
  lang = locale,
  viewport = { width: 1440, height: 900 },
  extensionDir = EXTENSION_DIR,
  // A user-data directory kept after close (a restart reopens it); else a fresh temporary one, removed.
  profile,
  profilePrefix = 'real-roi-',
  args = [],
  // Collect every request URL and uncaught page error (the e2e suite checks both).
  record = false,
  refusal = 'not part of the demo',
} = {}) {
  const dir = profile ?? mkdtempSync(path.join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless,
    locale,
    viewport,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(lang ? [`--lang=${lang}`] : []),
      ...args,
    ],
  });
  const requests = [];
  const pageErrors = [];
  if (record) {
    context.on('request', (r) => requests.push(r.url()));
    context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(String(e))));
  }
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('chrome-extension://')) return route.fallback();
    return route.fulfill({ status: 404, body: refusal });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    requests,
    pageErrors,
    async close() {
      await context.close();
      if (!profile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The real URL a page stands for, from its `<meta name="fixture-url">`. */
export function pageUrlOf(html) {
  const m = /<meta\s+name="fixture-url"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error('page without <meta name="fixture-url">');
  return m[1].replace(/&amp;/g, '&');
}

/** Serve a local HTML file at the URL it stands for, in this context. */
export async function routeFile(context, file) {
  const html = readFileSync(path.join(ROOT, file), 'utf8');
  const url = pageUrlOf(html);
  await context.route(`${url.split('?')[0]}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return url;
}

export async function seedSettings(worker, settings) {
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}
