#!/usr/bin/env node
// `npm run bench`: the overlay's speed and size, measured in Chromium on the
// built extension (not a timed test: figures go into the README).
//
// For generated Google Ads campaigns tables of 1 000 and 5 000 rows:
//   - page insert: the page's own time to build, attach and lay out the table;
//   - overlay full pass: from the table being present to every badge rendered;
//   - overlay after 50 rows change: the re-render of just those rows.
// Each is measured as main-thread busy time (CDP Performance.TaskDuration:
// script, style and layout of the page AND the content script) and as wall
// latency (which also includes the overlay's mutation debounce).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, launchWithExtension, seedSettings } from './browser.mjs';
import { GOOGLE_BENCH_URL, googleBenchHtml } from './bench-pages.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const CHANGED = 50;

const settings = {
  version: 1, targetRoi: 0.5, display: 'percent', language: 'en', defaultProfile: 'bench',
  profiles: [{
    id: 'bench', name: 'Bench', accounts: [{ platform: 'google-ads', id: '123-456-7890' }], currency: 'USD',
    margin: { default: 0.5, rules: [{ match: 'contains', pattern: 'Campaign 1', margin: 0.4 }] },
    vatIncluded: 0, returnRate: 0.03, leadValue: null,
    costs: [
      { kind: 'staffTime', label: 'Staff', hoursPerMonth: 20, hourlyRate: 45 },
      { kind: 'monthly', label: 'Tools', amount: 150 },
      { kind: 'oneOff', label: 'Shoot', amount: 600, date: '2025-11-05', scope: { match: 'contains', pattern: '7' } },
      { kind: 'percentOfRevenue', label: 'Fees', rate: 0.02 },
      { kind: 'perConversion', label: 'Shipping', amount: 5 },
      { kind: 'percentOfSpend', label: 'Agency', rate: 0.1 },
    ],
  }],
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const busy = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * metrics.find((m) => m.name === 'TaskDuration').value;
};

async function measure(browser, n) {
  const page = await browser.context.newPage();
  await page.goto(GOOGLE_BENCH_URL);
  // Let the content script start and settle on the empty page.
  await page.waitForSelector('real-roi-panel', { state: 'attached', timeout: 10_000 });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');

  await page.evaluate((target) => {
    window.__badgesDone = new Promise((resolve) => {
      let count = 0;
      new MutationObserver((records, mo) => {
        for (const r of records) for (const node of r.addedNodes) if (node.nodeType === 1 && node.getAttribute('data-real-roi') === 'badge') count++;
        if (count >= target) {
          void document.body.offsetHeight;
          mo.disconnect();
          resolve(performance.now());
        }
      }).observe(document.getElementById('grid'), { childList: true, subtree: true });
    });
  }, n + 1);
  const b0 = await busy(cdp);
  const { insertMs, insertedAt } = await page.evaluate((rows) => {
    const ms = window.__bench.insert(rows);
    return { insertMs: ms, insertedAt: performance.now() };
  }, n);
  const b1 = await busy(cdp);
  const fullDoneAt = await page.evaluate(() => window.__badgesDone);
  const b2 = await busy(cdp);

  await page.evaluate((k) => {
    window.__changedDone = new Promise((resolve) => {
      const changed = new Set();
      new MutationObserver((records, mo) => {
        for (const r of records) if (r.attributeName === 'data-roi') changed.add(r.target);
        if (changed.size >= k) {
          void document.body.offsetHeight;
          mo.disconnect();
          resolve(performance.now());
        }
      }).observe(document.getElementById('grid'), { attributes: true, subtree: true, attributeFilter: ['data-roi'] });
    });
  }, CHANGED);
  await page.waitForTimeout(300);
  const b3 = await busy(cdp);
  const { changeStart, pageChangeMs } = await page.evaluate((k) => {
    const t = performance.now();
    return { changeStart: t, pageChangeMs: window.__bench.change(k, 1) };
  }, CHANGED);
  const changeDoneAt = await page.evaluate(() => window.__changedDone);
  const b4 = await busy(cdp);
  const badges = await page.evaluate(() => document.querySelectorAll('[data-real-roi-row]').length);
  await page.close();
  if (badges !== n + 1) throw new Error(`expected ${n + 1} badges, found ${badges}`);
  return {
    pageInsertWallMs: insertMs,
    pageInsertBusyMs: b1 - b0,
    overlayFullWallMs: fullDoneAt - insertedAt,
    overlayFullBusyMs: b2 - b1,
    pageChangeMs,
    overlayChangeWallMs: changeDoneAt - changeStart - pageChangeMs,
    // The page's own edit and relayout happen in the same window: subtract them.
    overlayChangeBusyMs: b4 - b3 - pageChangeMs,
  };
}

function bundleSizes() {
  const dir = path.join(ROOT, '.output/chrome-mv3/content-scripts');
  return readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => {
    const buf = readFileSync(path.join(dir, f));
    return { file: `content-scripts/${f}`, rawBytes: statSync(path.join(dir, f)).size, gzipBytes: gzipSync(buf, { level: 9 }).length };
  });
}

const browser = await launchWithExtension({ headless: true });
await seedSettings(browser.worker, settings);
const html = googleBenchHtml();
await browser.context.route(GOOGLE_BENCH_URL.split('?')[0] + '**', (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));

const results = [];
for (const n of SIZES) {
  const runs = [];
  for (let i = 0; i < REPS; i++) runs.push(await measure(browser, n));
  const m = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  results.push({ rows: n, reps: REPS, ...m });
}
await browser.close();

const fmt = (x) => x.toFixed(1);
console.log('\nGoogle Ads campaigns table (medians of %d runs; busy = main-thread task time, wall = latency incl. debounce)', REPS);
console.table(results.map((r) => ({
  rows: r.rows,
  'page insert busy ms': fmt(r.pageInsertBusyMs),
  'overlay full busy ms': fmt(r.overlayFullBusyMs),
  'overlay / page': `${(100 * r.overlayFullBusyMs / r.pageInsertBusyMs).toFixed(0)} %`,
  'full wall ms': fmt(r.overlayFullWallMs),
  [`page edits ${CHANGED} rows ms`]: fmt(r.pageChangeMs),
  [`overlay re-render busy ms`]: fmt(r.overlayChangeBusyMs),
  'change / full': `${(100 * r.overlayChangeBusyMs / r.overlayFullBusyMs).toFixed(0)} %`,
  'change wall ms': fmt(r.overlayChangeWallMs),
})));
const sizes = bundleSizes();
console.log('\nContent-script bundles');
console.table(sizes.map((s) => ({ file: s.file, 'raw KB': (s.rawBytes / 1024).toFixed(1), 'gzip KB': (s.gzipBytes / 1024).toFixed(1) })));
mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(path.join(ROOT, 'artifacts/bench.json'), JSON.stringify({ date: new Date().toISOString(), results, sizes }, null, 2));
console.log('written: artifacts/bench.json');
