/**
 * Steering on history.html and report.html, in Chromium: a recorded history
 * (seeded in the extension's own database) shows each week's drift and the
 * same period last year on its entry, Google Ads and Meta side by side for
 * the same dates, the three-month verdict, the history as CSV, and the
 * printable report; axe passes on both pages in English and French.
 * SHOTS=1 also writes the closing note's screenshots and PDF to docs/screenshots.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recompute } from '../../lib/history';
import { readSettings } from '../../lib/settings';
import { entrySteering } from '../../lib/steering/history';
import { seedHistory, seriousViolations } from './extension-pages';
import { launch, ROOT, setSettings, type Harness } from './harness';
import { BLIND, GOOGLE, history, META, SETTINGS } from './steering-history-data';

const SHOTS = process.env.SHOTS ? path.join(ROOT, 'docs/screenshots') : null;

let h: Harness;
const ENTRIES = history();
beforeAll(async () => {
  h = await launch();
  await setSettings(h, SETTINGS);
  await seedHistory(h, ENTRIES);
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

async function openPage(name: string, width = 1200): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/${name}`);
  return page;
}

async function setLanguage(language: string) {
  await setSettings(h, { ...SETTINGS, language });
}

describe('steering on the progress page', () => {
  it("each entry carries its drift (7-day periods) and last year's real ROI, as the engine computes them", async () => {
    const page = await openPage('history.html');
    await page.locator('[data-history-entry]').first().waitFor({ state: 'attached' });
    const got = await page.$$eval('[data-history-entry]', (els) =>
      els.map((el) => ({
        platform: el.getAttribute('data-platform'),
        start: el.getAttribute('data-start'),
        end: el.getAttribute('data-end'),
        drift: el.getAttribute('data-drift'),
        prev: el.getAttribute('data-prev-year-roi'),
      })),
    );
    const settings = readSettings(SETTINGS).settings;
    const items = ENTRIES.map((entry) => ({ entry, rec: recompute(entry, settings) }));
    const expected = entrySteering(items, settings.targetRoi);
    expect(got).toHaveLength(ENTRIES.length);
    for (const e of ENTRIES) {
      const row = got.find((g) => g.platform === e.platform && g.start === e.period.start && g.end === e.period.end)!;
      const s = expected.get(e.id)!;
      expect(row.drift, e.id).toBe(s.drift?.state ?? null);
      expect(row.prev, e.id).toBe(s.prevYear ? String(s.prevYear.roi) : null);
    }
    const week = got.find((g) => g.platform === 'google-ads' && g.start === '2026-11-23')!;
    expect(week.prev).not.toBeNull();
    expect(got.filter((g) => g.drift !== null)).toHaveLength(29);
    if (SHOTS) {
      await page
        .locator('[data-history-account]')
        .first()
        .screenshot({ path: path.join(SHOTS, 'steering-drift-google.png') });
      await page
        .locator('[data-history-account]')
        .last()
        .screenshot({ path: path.join(SHOTS, 'steering-drift-meta.png') });
    }
    await page.close();
  });

  it('puts Google Ads and Meta side by side for each period recorded on both, and flags Meta after 13 weeks', async () => {
    const page = await openPage('history.html');
    await page.locator('[data-channel-compare]').first().waitFor();
    const compares = await page.$$eval('[data-channel-compare]', (els) =>
      els.map((el) => ({
        start: el.getAttribute('data-start'),
        end: el.getAttribute('data-end'),
        platforms: Array.from(el.querySelectorAll('[data-platform][data-roi]')).map((p) => [p.getAttribute('data-platform'), p.getAttribute('data-roi')]),
      })),
    );
    expect(compares).toHaveLength(15);
    const settings = readSettings(SETTINGS).settings;
    for (const c of compares) {
      expect(c.platforms.map((p) => p[0])).toEqual(['google-ads', 'meta']);
      for (const [platform, roi] of c.platforms) {
        const e = ENTRIES.find((x) => x.platform === platform && x.period.start === c.start && x.period.end === c.end)!;
        expect(Number(roi)).toBeCloseTo(recompute(e, settings).totals.roi!, 12);
      }
    }
    const meta = page.locator('[data-verdict][data-platform="meta"]:not([data-campaign])');
    expect(await meta.getAttribute('data-verdict')).toBe('consider-stopping');
    expect(await meta.getAttribute('data-weeks')).toBe('13');
    expect(await page.locator(`[data-verdict][data-account="${GOOGLE}"]:not([data-campaign])`).getAttribute('data-verdict')).toBe('keep');
    // The unreadable week is named with its reason, and no verdict is claimed on it.
    const blind = page.locator(`[data-verdict][data-account="${BLIND}"]:not([data-campaign])`);
    expect(await blind.getAttribute('data-verdict')).toBe('incomplete');
    expect(await blind.locator('[data-verdict-gaps]').getAttribute('data-verdict-gaps')).toBe('1');
    expect(await blind.textContent()).toMatch(
      /1 of 1 weeks had no readable real ROI and are not counted: Aug 3\s–\s9, 2026 \(no conversion value, ROAS or lead value\)/,
    );
    if (SHOTS) {
      await page.locator('.steering').screenshot({ path: path.join(SHOTS, 'steering-channels.png') });
    }
    await page.close();
  });

  it('exports the history as CSV (French: ";" and a BOM) that a CSV parser reads back', async () => {
    await setLanguage('fr');
    const page = await openPage('history.html');
    await page.locator('[data-export-history-csv]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-history-csv]').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.delimiter).toBe(';');
    expect(parsed.data).toHaveLength(ENTRIES.length + 1);
    if (SHOTS) {
      // The CSV rendered as a spreadsheet would show it: a plain table of the parsed cells.
      const view = await h.context.newPage();
      await view.setViewportSize({ width: 1600, height: 700 });
      const cell = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      await view.setContent(`<style>body{font:12px Arial}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 6px;white-space:nowrap}th{background:#eef}</style>
        <table>${parsed.data
          .slice(0, 18)
          .map((r, i) => `<tr>${r.map((c) => (i ? `<td>${cell(c)}</td>` : `<th>${cell(c)}</th>`)).join('')}</tr>`)
          .join('')}</table>`);
      await view.screenshot({ path: path.join(SHOTS, 'history-csv-fr.png'), fullPage: true });
      writeFileSync(path.join(SHOTS, 'history-fr.csv'), text);
      await view.close();
    }
    await page.close();
    await setLanguage('en');
  });

  it('the printable report fits one page with the channels, the totals and the trend', async () => {
    // A target date chosen on the progress page is the one the report measures against, and it says so.
    const progress = await openPage('history.html');
    const baselineId = await progress.getByTestId('baseline').inputValue();
    await progress.getByTestId('target-date').fill('2027-03-31');
    await progress.waitForFunction(() => chrome.storage.local.get('historyGoals').then((r) => JSON.stringify(r).includes('2027-03-31')));
    await progress.close();
    const page = await openPage('report.html', 900);
    await page.locator('[data-channel-compare]').waitFor();
    const goal = page.locator(`[data-report-account="google-ads|${GOOGLE}"] [data-report-goal]`);
    expect(await goal.getAttribute('data-report-goal')).toBe('account');
    expect(await goal.getAttribute('data-baseline')).toBe(baselineId);
    expect(await goal.getAttribute('data-target-date')).toBe('2027-03-31');
    expect(await goal.textContent()).toContain('as saved on the progress page for this account');
    expect(await page.locator(`[data-report-account="meta|${META}"] [data-report-goal]`).getAttribute('data-report-goal')).toBe('default');
    // The week without a readable real ROI is named where the trend would have drawn it.
    expect(await page.locator(`[data-report-account="google-ads|${BLIND}"] [data-trend-gaps]`).getAttribute('data-trend-gaps')).toBe('1');
    expect(await page.locator('.report h2').allTextContents()).toEqual(['Channels', 'Totals of the period', 'Trend of the real ROI', 'Three-month verdict']);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.no-print').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    // One page: a PDF lists its pages as "/Type /Page" objects.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    if (SHOTS) writeFileSync(path.join(SHOTS, 'report.pdf'), pdf);
    await page.close();
  });

  it('passes axe on the progress page and the report, in English and French', async () => {
    for (const language of ['en', 'fr']) {
      await setLanguage(language);
      for (const name of ['history.html', 'report.html']) {
        const page = await openPage(name);
        await page.locator('[data-channel-compare]').first().waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        expect([name, language, await seriousViolations(page)]).toEqual([name, language, []]);
        await page.close();
      }
    }
    await setLanguage('en');
  });
});
