/**
 * Helpers for the extension's own pages (options, popup, history) in the e2e
 * tests, next to harness.ts: open them as tabs, read storage, seed the
 * history, run axe.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { HistoryEntry } from '../../lib/history';
import { ROOT, type Harness } from './harness';

/** The popup's CSS width: a tab is sized to it so the page renders as the real popup does. */
export const POPUP_WIDTH = 380;

export async function openOptions(h: Harness, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.locator('[data-testid="save"]').waitFor();
  return page;
}

export async function openPopup(h: Harness, height = 900): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: POPUP_WIDTH, height });
  await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
  await page.locator('#in-spend').waitFor();
  return page;
}

export async function storedSettings(h: Harness): Promise<unknown> {
  return h.worker.evaluate(async () => (await chrome.storage.local.get('settings'))['settings']);
}

export async function wipeStorage(h: Harness): Promise<void> {
  await h.worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
  });
}

/**
 * Puts entries in the history database through the extension's own origin: history.html opens (and so
 * creates) the database first, so the entries land in the extension's stores.
 */
export async function seedHistory(h: Harness, entries: readonly HistoryEntry[]): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/history.html`);
  await page.locator('h1').waitFor();
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('real-roi-history');
        open.onsuccess = () => {
          const tx = open.result.transaction('entries', 'readwrite');
          for (const e of list) tx.objectStore('entries').put(e);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
  await page.close();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe-core's violations of impact serious or critical. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Extension pages forbid inline scripts (CSP), so addScriptTag is refused;
  // evaluation through the DevTools protocol is not subject to the page's CSP.
  await page.evaluate(`${readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')}\n;0`);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Label in Name (WCAG 2.5.3) is experimental in axe, so off unless asked for.
    return (await axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
}

/** French formats use no-break spaces (U+00A0, U+202F): compare them as plain spaces. */
export const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

/** The options page shows a profile with accounts, a margin rule and every cost kind; axe finds nothing serious. */
export async function expectFullProfileClean(page: Page, removeAccountName: string) {
  await page.getByRole('button', { name: removeAccountName }).waitFor();
  const kinds = await page.locator('fieldset.cost').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')).sort());
  expect(kinds).toEqual(['monthly', 'oneOff', 'perConversion', 'percentOfRevenue', 'percentOfSpend', 'staffTime']);
  expect(await page.locator('li.rule').count()).toBeGreaterThan(0);
  expect(await seriousViolations(page)).toEqual([]);
}
