// Shared by the demo and the benchmark: launch Chromium with the built
// extension, route pages to local files, seed settings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');

export async function launchWithExtension({ headless = true, locale = 'en-US', viewport = { width: 1440, height: 900 } } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'real-roi-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless,
    locale,
    viewport,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--lang=${locale}`,
    ],
  });
  // The demo pages stand in for the ad platforms: nothing goes to the network.
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith('chrome-extension://')) return route.fallback();
    return route.fulfill({ status: 404, body: 'not part of the demo' });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
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
  await context.route(url.split('?')[0] + '**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return url;
}

export async function seedSettings(worker, settings) {
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}
