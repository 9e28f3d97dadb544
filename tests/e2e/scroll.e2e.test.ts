/**
 * Badges are drawn for the rows near the viewport and created as the user
 * scrolls: after scrolling to the bottom and back, every row has exactly one
 * badge, with its own figure (the engine's, on what the page shows).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractTable } from '../../lib/platforms/contract/adapter';
import type { ExtractedRow, ExtractedTotals } from '../../lib/platforms/contract/types';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { buildModel, type BadgeView } from '../../lib/overlay/view-model';
import type { Profile } from '../../lib/roi';
import { launch, openFixture, readJson, ROOT, setSettings, type Harness } from './harness';
import { settingsWith, usdProfile } from './settings-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

type Rows = { expected: string; hosts: { key: string | null; roi: string | null }[] }[];

/** Each row's expected key and the badges inside it. */
const rowsIn = (page: Page, rowSelector: string, keyOf: string) =>
  page.evaluate(
    ([sel, fn]) => {
      const key = new Function('row', fn) as (row: Element) => string;
      return Array.from(document.querySelectorAll(sel)).map((row) => ({
        expected: key(row),
        hosts: Array.from(row.querySelectorAll('[data-real-roi-row]')).map((b) => ({
          key: b.getAttribute('data-real-roi-row'),
          roi: b.getAttribute('data-roi'),
        })),
      }));
    },
    [rowSelector, keyOf] as const,
  ) as Promise<Rows>;

function expectOwnFigures(rows: Rows, views: Map<string, BadgeView>) {
  for (const r of rows) {
    expect(r.hosts, r.expected).toHaveLength(1);
    expect(r.hosts[0]!.key).toBe(r.expected);
    const view = views.get(r.expected)!;
    if (view.roiAttr === 'na') expect(r.hosts[0]!.roi, r.expected).toBe('na');
    else expect(Number(r.hosts[0]!.roi), r.expected).toBeCloseTo(Number(view.roiAttr), 12);
  }
}

/** Scroll by a screen at a time, each time waiting for the rows on screen to have their badge. */
async function scrollThrough(page: Page, rowSelector: string, direction: 1 | -1) {
  for (;;) {
    await expect
      .poll(
        () =>
          page.evaluate(
            (sel) =>
              Array.from(document.querySelectorAll(sel))
                .filter((r) => {
                  const b = r.getBoundingClientRect();
                  return b.bottom > 0 && b.top < innerHeight;
                })
                .every((r) => r.querySelectorAll('[data-real-roi-row]').length === 1),
            rowSelector,
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    const moved = await page.evaluate((d) => {
      const before = scrollY;
      scrollBy(0, d * innerHeight);
      return scrollY !== before;
    }, direction);
    if (!moved) return;
  }
}

describe('scrolling a long table', () => {
  it('Google Ads: 600 rows, to the bottom and back: one badge per row, with its own figure', async () => {
    await setSettings(h, settingsWith([usdProfile]));
    const pages = (await import(pathToFileURL(path.join(ROOT, 'scripts/bench-pages.mjs')).href)) as { GOOGLE_BENCH_URL: string; googleBenchHtml(): string };
    const page = await h.context.newPage();
    await page.route(`${pages.GOOGLE_BENCH_URL.split('?')[0]}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages.googleBenchHtml() }),
    );
    await page.goto(pages.GOOGLE_BENCH_URL);
    await page.waitForSelector('real-roi-panel', { state: 'attached' });
    await page.evaluate(() => (window as unknown as { __bench: { insert(n: number): number } }).__bench.insert(600));
    const dataRows = '#grid .particle-table-row:not(.particle-table-header):not(.particle-table-summary-row)';
    const keyOf = `const h = row.querySelector('a[href*="campaignId="]')?.getAttribute('href') ?? '';
      return 'campaign:' + new URLSearchParams(h.slice(h.indexOf('?') + 1)).get('campaignId');`;

    // What the page shows, read by the adapter outside the browser, through the engine.
    const window = new Window({ url: pages.GOOGLE_BENCH_URL });
    window.document.write(await page.content());
    const table = extractTable(googleAdsAdapter, window.document as unknown as Document, new URL(pages.GOOGLE_BENCH_URL));
    expect(table.rows).toHaveLength(600);
    const profile = usdProfile as unknown as Profile & { name: string };
    const model = buildModel({ meta: table, columnLabels: {}, rows: table.rows, totals: table.totals, profile, profileName: profile.name, targetRoi: 0.5 });
    const views = new Map(model.rows.map((v) => [v.key, v]));

    await expect.poll(() => page.evaluate((sel) => document.querySelector(sel)?.querySelectorAll('[data-real-roi-row]').length, dataRows)).toBe(1);
    expect(await page.evaluate((sel) => Array.from(document.querySelectorAll(sel)).at(-1)!.querySelectorAll('[data-real-roi-row]').length, dataRows)).toBe(0);
    // Far below the fold, no badge yet: they come as the user scrolls.
    await scrollThrough(page, dataRows, 1);
    await scrollThrough(page, dataRows, -1);
    const rows = await rowsIn(page, dataRows, keyOf);
    expect(rows).toHaveLength(600);
    expectOwnFigures(rows, views);
    await page.close();
  });

  it('Meta: recycled rows, to the bottom and back: one badge per row node, with its own figure', async () => {
    const northwind = {
      id: 'northwind',
      name: 'Northwind (Meta)',
      accounts: [{ platform: 'meta', id: '1234567890123456' }],
      currency: 'USD',
      margin: { default: 0.5, rules: [] },
      vatIncluded: 0,
      returnRate: 0.05,
      leadValue: null,
      costs: [
        { kind: 'monthly', label: 'Tools', amount: 99 },
        { kind: 'percentOfSpend', label: 'Agency', rate: 0.1 },
      ],
    };
    await setSettings(h, settingsWith([northwind]));
    const meta = readJson<{ columns: Record<string, boolean>; currency: string; period: null; periodText: string | null }>(
      'tests/fixtures/meta/virtualized_scroll.expected.json',
    );
    const page = await openFixture(h, 'meta/virtualized_scroll.html');
    type Fx = { scrollToRow(n: number): number; scrollToColumn(n: number): number; expected(): { rows: ExtractedRow[]; totals: ExtractedTotals[] } };
    const fx = <T>(fn: string) => page.evaluate(`(function (f) { return ${fn}; })(window.__fixture)`) as Promise<T>;
    await fx('f.scrollToColumn(6)');
    const dataRows = '._3h1k > ._1gda';
    const keyOf = `const h = row.querySelector('a[href*="selected_campaign_ids="]')?.getAttribute('href') ?? '';
      return 'campaign:' + new URLSearchParams(h.slice(h.indexOf('?') + 1)).get('selected_campaign_ids');`;
    const check = async () => {
      const now = await fx<ReturnType<Fx['expected']>>('f.expected()');
      const profile = northwind as unknown as Profile & { name: string };
      const model = buildModel({
        meta: meta as never,
        columnLabels: {},
        rows: now.rows,
        totals: now.totals,
        profile,
        profileName: profile.name,
        targetRoi: 0.5,
      });
      const views = new Map(model.rows.map((v) => [v.key, v]));
      await expect
        .poll(
          async () => {
            try {
              expectOwnFigures(await rowsIn(page, dataRows, keyOf), views);
              return true;
            } catch {
              return false;
            }
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      expectOwnFigures(await rowsIn(page, dataRows, keyOf), views);
    };
    let at = 0;
    for (let last = -1; at !== last; at = await fx<number>(`f.scrollToRow(${at + 10})`)) {
      last = at;
      await check();
    }
    for (let next = at; next > 0; ) {
      next = await fx<number>(`f.scrollToRow(${Math.max(0, next - 10)})`);
      await check();
    }
    await page.close();
  });
});
