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
//
// Meta Ads Manager campaigns table of 2 000 rows (18 columns, horizontally
// virtualized as FixedDataTable is: a row renders only the scrolling cells
// on screen; bench-meta-page.mjs), measured the same way:
//   - page insert and overlay full pass, every row attached;
//   - per horizontal scroll step (one column: cells leave and enter every
//     row), a sweep to the last column and back: the page's own step and the
//     overlay's work after it;
//   - per vertical scroll step on the recycled-rows variant (40 row nodes
//     drawing the 2 000 campaigns, as FixedDataTable's row buffer).
//
// The parts: bench-google.mjs and bench-meta.mjs measure, bench-history.mjs
// the history, bench-report.mjs prints; the pages are bench-pages.mjs and
// bench-meta-page.mjs, the browser scripts/browser.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { ROOT, launchWithExtension, seedSettings } from './browser.mjs';
import { GOOGLE_BENCH_URL, googleBenchHtml } from './bench-pages.mjs';
import { benchHistory } from './bench-history.mjs';
import { META_BENCH_URL, metaBenchHtml } from './bench-meta-page.mjs';
import { median } from './bench-measure.mjs';
import { GOOGLE_CONTROL_URL, measure, measureGoogleControl } from './bench-google.mjs';
import { META_CONTROL_URL, measureMeta, summariseMeta } from './bench-meta.mjs';
import { bundleSizes, printGoogle, printHistory, printMeta, printSizes } from './bench-report.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').filter(Boolean).map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const META_ROWS = Number(process.env.BENCH_META_ROWS ?? 2000);

const settings = {
  version: 1,
  targetRoi: 0.5,
  display: 'percent',
  language: 'en',
  defaultProfile: 'bench',
  profiles: [
    {
      id: 'bench',
      name: 'Bench',
      accounts: [{ platform: 'google-ads', id: '123-456-7890' }],
      currency: 'USD',
      margin: { default: 0.5, rules: [{ match: 'contains', pattern: 'Campaign 1', margin: 0.4 }] },
      vatIncluded: 0,
      returnRate: 0.03,
      leadValue: null,
      costs: [
        { kind: 'staffTime', label: 'Staff', hoursPerMonth: 20, hourlyRate: 45 },
        { kind: 'monthly', label: 'Tools', amount: 150 },
        { kind: 'oneOff', label: 'Shoot', amount: 600, date: '2025-11-05', scope: { match: 'contains', pattern: '7' } },
        { kind: 'percentOfRevenue', label: 'Fees', rate: 0.02 },
        { kind: 'perConversion', label: 'Shipping', amount: 5 },
        { kind: 'percentOfSpend', label: 'Agency', rate: 0.1 },
      ],
    },
  ],
};

const loadAtStart = loadavg();
const browser = await launchWithExtension({ headless: true });
await seedSettings(browser.worker, settings);
const html = googleBenchHtml();
await browser.context.route(`${GOOGLE_BENCH_URL.split('?')[0]}**`, (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
);

await browser.context.route(`${GOOGLE_CONTROL_URL.split('?')[0]}**`, (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
);
const results = [];
for (const n of SIZES) {
  const runs = [];
  for (let i = 0; i < REPS; i++) {
    const r = await measure(browser, n);
    const c = await measureGoogleControl(browser, n);
    runs.push({
      ...r,
      controlAfterInsertMs: c.afterInsertMs,
      controlAfterChangeMs: c.afterChangeMs,
      overlayFullNetMs: r.overlayFullBusyMs - c.afterInsertMs,
      overlayChangeNetMs: r.overlayChangeBusyMs - c.afterChangeMs,
    });
  }
  const m = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  results.push({ rows: n, reps: REPS, ...m });
}

const metaHtml = metaBenchHtml();
await browser.context.route(`${META_BENCH_URL.split('?')[0]}**`, (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: metaHtml }),
);
await browser.context.route(`${META_CONTROL_URL.split('?')[0]}**`, (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: metaHtml }),
);
let meta = null;
if (META_ROWS > 0) {
  const runs = [];
  const controls = [];
  for (let i = 0; i < REPS; i++) {
    runs.push(await measureMeta(browser, META_ROWS, false));
    controls.push(await measureMeta(browser, META_ROWS, true));
  }
  meta = summariseMeta(META_ROWS, runs, controls);
}
await browser.close();

printGoogle(results, REPS);
if (meta) printMeta(meta, REPS);
// The history: recording on a 5 000-row table, and the progress page with two years of weekly 500-row snapshots.
const history = process.env.BENCH_HISTORY === '0' ? null : await benchHistory();
if (history) printHistory(history);
// Busy times grow when other processes compete for the cores: say how loaded the machine was.
const load = { cpus: cpus().length, atStart: loadAtStart.map((x) => +x.toFixed(2)), atEnd: loadavg().map((x) => +x.toFixed(2)) };
console.log('\nLoad average (1, 5, 15 min) on %d CPUs: at start %s, at end %s', load.cpus, load.atStart.join(', '), load.atEnd.join(', '));
const sizes = bundleSizes();
printSizes(sizes);
mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(path.join(ROOT, 'artifacts/bench.json'), JSON.stringify({ date: new Date().toISOString(), load, results, meta, sizes, history }, null, 2));
console.log('written: artifacts/bench.json');
