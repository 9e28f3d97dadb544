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
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, launchWithExtension, seedSettings } from './browser.mjs';
import { GOOGLE_BENCH_URL, googleBenchHtml } from './bench-pages.mjs';
import { benchHistory } from './bench-history.mjs';
import { META_BENCH_ACCOUNT, META_BENCH_COLUMNS, META_BENCH_URL, metaBenchHtml } from './bench-meta-page.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').filter(Boolean).map(Number);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const CHANGED = 50;
const META_ROWS = Number(process.env.BENCH_META_ROWS ?? 2000);
const META_NODES = 40;
const META_ROW_STEP = 2; // a wheel notch (100 px) is about 2 rows of 52 px
const META_ROW_STEPS = 10;
/** The overlay's pass after a step that changes no badge: wait this long (its debounce is 40 ms). */
const IDLE_MS = 300;
/**
 * Badge `na` reasons the bench data itself calls for: margin rules mixed in
 * a total whose rows are not all attached.
 */
const META_NA_EXPECTED = new Set(['margin-mix']);

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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const busy = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * metrics.find((m) => m.name === 'TaskDuration').value;
};

/**
 * In the page: resolves (performance.now()) once the panel host numbers a
 * complete read after `after` (the overlay reads rows far from the viewport
 * in idle time, then marks the panel `data-real-roi-complete`).
 */
function completeAfter(after) {
  return new Promise((resolve) => {
    const check = () => {
      const v = Number(document.querySelector('real-roi-panel')?.getAttribute('data-real-roi-complete') ?? 0);
      if (v > after) {
        mo.disconnect();
        resolve(performance.now());
        return true;
      }
      return false;
    };
    const mo = new MutationObserver(check);
    mo.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-real-roi-complete'], childList: true });
    check();
  });
}

const completeCount = (page) => page.evaluate(() => Number(document.querySelector('real-roi-panel')?.getAttribute('data-real-roi-complete') ?? 0));

/** Rows of the Google table on screen now, and how many of them have exactly one badge. */
const onScreen = (page) =>
  page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll('#grid .particle-table-row:not(.particle-table-header)')).filter((r) => {
      const b = r.getBoundingClientRect();
      return b.bottom > 0 && b.top < innerHeight;
    });
    return { rows: rows.length, badged: rows.filter((r) => r.querySelectorAll('[data-real-roi-row]').length === 1).length };
  });

async function measure(browser, n) {
  const page = await browser.context.newPage();
  await page.goto(GOOGLE_BENCH_URL);
  // Let the content script start and settle on the empty page.
  await page.waitForSelector('real-roi-panel', { state: 'attached', timeout: 10_000 });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');

  const before = await completeCount(page);
  const b0 = await busy(cdp);
  const { insertMs, insertedAt } = await page.evaluate((rows) => {
    const ms = window.__bench.insert(rows);
    const at = performance.now();
    // First paint: every row on screen has its badge (checked once a frame).
    const rowsOnScreen = Array.from(document.querySelectorAll('#grid .particle-table-row:not(.particle-table-header)')).filter(
      (r) => r.getBoundingClientRect().top < innerHeight,
    );
    window.__firstPaint = new Promise((resolve) => {
      const tick = () => (rowsOnScreen.every((r) => r.querySelector('[data-real-roi-row]')) ? resolve(performance.now()) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });
    return { insertMs: ms, insertedAt: at };
  }, n);
  const b1 = await busy(cdp);
  const firstAt = await page.evaluate(() => window.__firstPaint);
  const bFirst = await busy(cdp);
  const fullDoneAt = await page.evaluate(`(${completeAfter})(${before})`);
  const b2 = await busy(cdp);
  const screen = await onScreen(page);
  const drawn = await page.evaluate(() => document.querySelectorAll('[data-real-roi-row]').length);

  await page.waitForTimeout(300);
  const mid = await completeCount(page);
  await page.evaluate(() => {
    // First paint of the re-render: the changed rows that have a badge show their new figure.
    window.__changedFirst = new Promise((resolve) => {
      window.__resolveChangedFirst = resolve;
    });
  });
  const b3 = await busy(cdp);
  const { changeStart, pageChangeMs, badged } = await page.evaluate((k) => {
    const rows = document.querySelectorAll('#grid .particle-table-row:not(.particle-table-header):not(.particle-table-summary-row)');
    const step = Math.floor(rows.length / k);
    const hosts = [];
    for (let j = 0; j < k; j++) {
      const h = rows[j * step].querySelector('[data-real-roi-row]');
      if (h) hosts.push(h);
    }
    const roiBefore = hosts.map((h) => h.getAttribute('data-roi'));
    const t = performance.now();
    const ms = window.__bench.change(k, 1);
    const tick = () =>
      hosts.every((h, i) => h.getAttribute('data-roi') !== roiBefore[i]) ? window.__resolveChangedFirst(performance.now()) : requestAnimationFrame(tick);
    requestAnimationFrame(tick);
    return { changeStart: t, pageChangeMs: ms, badged: hosts.length };
  }, CHANGED);
  const changeFirstAt = await page.evaluate(() => window.__changedFirst);
  const b4first = await busy(cdp);
  const changeDoneAt = await page.evaluate(`(${completeAfter})(${mid})`);
  const b4 = await busy(cdp);
  await page.close();
  if (screen.badged !== screen.rows) throw new Error(`${screen.rows} rows on screen, ${screen.badged} with one badge`);
  return {
    pageInsertWallMs: insertMs,
    pageInsertBusyMs: b1 - b0,
    badgesDrawn: drawn,
    overlayFirstWallMs: firstAt - insertedAt,
    overlayFirstBusyMs: bFirst - b1,
    overlayFullWallMs: fullDoneAt - insertedAt,
    overlayFullBusyMs: b2 - b1,
    pageChangeMs,
    changedWithBadge: badged,
    overlayChangeFirstWallMs: changeFirstAt - changeStart - pageChangeMs,
    overlayChangeWallMs: changeDoneAt - changeStart - pageChangeMs,
    // The page's own edit and relayout happen in the same window: subtract them.
    overlayChangeFirstBusyMs: b4first - b3 - pageChangeMs,
    overlayChangeBusyMs: b4 - b3 - pageChangeMs,
  };
}

/**
 * The same Google page where the content script does not run: what the
 * browser spends after the page's own timed insert or edit (paint,
 * compositing, GC) is measured there and subtracted from the overlay's figure.
 */
const CONTROL_MS = 1300;
const GOOGLE_CONTROL_URL = 'https://www.google.com/bench-control/campaigns?ocid=1000001';

async function measureGoogleControl(browser, n) {
  const page = await browser.context.newPage();
  await page.goto(GOOGLE_CONTROL_URL);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate((rows) => window.__bench.insert(rows), n);
  const b1 = await busy(cdp);
  // As long as the overlay's windows: its complete read waits for 1 s of quiet.
  await page.waitForTimeout(CONTROL_MS);
  const b2 = await busy(cdp);
  await page.waitForTimeout(300);
  const b3 = await busy(cdp);
  const pageChangeMs = await page.evaluate((k) => window.__bench.change(k, 1), CHANGED);
  await page.waitForTimeout(CONTROL_MS);
  const b4 = await busy(cdp);
  await page.close();
  return { afterInsertMs: b2 - b1, afterChangeMs: b4 - b3 - pageChangeMs };
}

// ------------------------------------------------------------------ Meta

/**
 * The same page where the content script does not run (its matches are
 * adsmanager.facebook.com and /adsmanager/ paths): what a step costs the
 * page after its own timed part (compositing its 2 000 translated rows,
 * painting, GC) is measured there and subtracted from the overlay's figure.
 */
const META_CONTROL_URL = `https://www.facebook.com/bench-control/campaigns?act=${META_BENCH_ACCOUNT}`;

const within = (promise, ms, what) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`meta bench: ${what} not done after ${ms} ms`)), ms))]);

async function metaPage(browser, control) {
  const page = await browser.context.newPage();
  await page.goto(control ? META_CONTROL_URL : META_BENCH_URL);
  if (control) await page.waitForTimeout(500);
  else await page.waitForSelector('real-roi-panel', { state: 'attached', timeout: 10_000 });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/**
 * Every row on screen and the footer have one badge, in their ROAS cell
 * (rows further away get theirs as they come near), and none is `na`
 * because of the page.
 */
function checkMetaBadges(report, what) {
  const problems = [];
  if (report.onScreenBadged !== report.onScreen) problems.push(`${report.onScreen} rows on screen, ${report.onScreenBadged} with one badge`);
  if (!report.total) problems.push('no total badge in the footer');
  if (report.inRoas !== report.badges) problems.push(`${report.inRoas} of ${report.badges} badges in the ROAS cells`);
  for (const r of Object.keys(report.na)) if (!META_NA_EXPECTED.has(r)) problems.push(`${report.na[r]} badges na: ${r}`);
  // Traffic campaigns show "—" purchases: nothing counted, so they get a (negative) ROI, not n/a.
  if (problems.length) throw new Error(`meta bench ${what}: ${problems.join('; ')}`);
}

async function metaInsert(page, cdp, n, nodes, control) {
  const before = control ? 0 : await completeCount(page);
  const b0 = await busy(cdp);
  const { insertMs, insertedAt } = await page.evaluate(
    ([rows, k]) => {
      const ms = window.__bench.insert(rows, { nodes: k });
      return { insertMs: ms, insertedAt: performance.now() };
    },
    [n, nodes],
  );
  const b1 = await busy(cdp);
  let doneAt = null;
  if (control) await page.waitForTimeout(IDLE_MS);
  else doneAt = await within(page.evaluate(`(${completeAfter})(${before})`), 60_000, `complete read of ${n} rows`);
  const b2 = await busy(cdp);
  const report = control ? null : await page.evaluate(() => window.__bench.badgeReport());
  if (report) checkMetaBadges(report, `after insert (${nodes} nodes)`);
  return {
    report,
    pageInsertWallMs: insertMs,
    pageInsertBusyMs: b1 - b0,
    overlayFullWallMs: doneAt === null ? null : doneAt - insertedAt,
    // Control: the page's own busy time after its insert, over IDLE_MS.
    overlayFullBusyMs: b2 - b1,
  };
}

/**
 * After a sweep: the complete read the overlay does once scrolling stops
 * (rows far from the viewport, read in idle time), busy time to its end.
 */
async function metaSettle(page, cdp, before, control) {
  const b0 = await busy(cdp);
  if (control) await page.waitForTimeout(1500);
  else await within(page.evaluate(`(${completeAfter})(${before})`), 60_000, 'complete read after the sweep');
  return (await busy(cdp)) - b0;
}

/**
 * One scroll step: the page's own step (its ms subtracted from the busy
 * time, as for the Google change) and the overlay's pass after it; done at
 * the first badge attribute change, else IDLE_MS after the step (the pass
 * has run: its debounce timer was set after ours, with a shorter delay). Wall: to that change, else to the end of the last
 * long task after the step (null when the pass was shorter than 50 ms).
 */
async function metaStep(page, cdp, fn, arg) {
  await page.waitForTimeout(100);
  await page.evaluate((ms) => window.__bench.expectPass(ms), IDLE_MS);
  const b0 = await busy(cdp);
  const { start, pageMs, from } = await page.evaluate(
    ([f, a]) => {
      const at = window.__bench.position();
      const t = performance.now();
      const ms = window.__bench[f](a);
      window.__bench.armIdle();
      return { start: t, pageMs: ms, from: at };
    },
    [fn, arg],
  );
  const pass = await within(
    page.evaluate(() => window.__passDone),
    60_000,
    `${fn}(${arg})`,
  );
  const b1 = await busy(cdp);
  const { to, longEnd } = await page.evaluate(
    (t) => ({
      to: window.__bench.position(),
      longEnd: Math.max(0, ...window.__longTasks.filter((e) => e.start >= t).map((e) => e.end)),
    }),
    start + pageMs,
  );
  const end = pass.at ?? (longEnd || null);
  return {
    from: fn === 'scrollRows' ? from.firstRow : from.scrollLeft,
    to: fn === 'scrollRows' ? to.firstRow : to.scrollLeft,
    pageMs,
    busyLessPageMs: b1 - b0 - pageMs,
    wallMs: end === null ? null : end - start - pageMs,
    badgeChanges: pass.changes,
  };
}

/** One run: every row attached (full pass, column sweep), then the recycled rows (row steps). */
async function measureMeta(browser, n, control) {
  let { page, cdp } = await metaPage(browser, control);
  const full = await metaInsert(page, cdp, n, n, control);
  const columnSteps = await page.evaluate(() => window.__bench.columnSteps());
  const hSteps = [];
  const reads = control ? 0 : await completeCount(page);
  for (const dir of [1, -1]) for (let i = 0; i < columnSteps; i++) hSteps.push(await metaStep(page, cdp, 'scrollColumns', dir));
  const settleMs = await metaSettle(page, cdp, reads, control);
  if (!control) checkMetaBadges(await page.evaluate(() => window.__bench.badgeReport()), 'after the column sweep');
  await page.close();

  ({ page, cdp } = await metaPage(browser, control));
  const recycled = await metaInsert(page, cdp, n, META_NODES, control);
  const vSteps = [];
  for (let i = 0; i < META_ROW_STEPS; i++) vSteps.push(await metaStep(page, cdp, 'scrollRows', META_ROW_STEP));
  if (!control) checkMetaBadges(await page.evaluate(() => window.__bench.badgeReport()), 'after the row steps');
  await page.close();
  return { full, hSteps, settleMs, recycled, vSteps };
}

/** Medians over the runs of per-run figures; steps: medians over the steps of each run (max: of the net figure). */
function summariseMeta(n, runs, controls) {
  const med = (f) => median(runs.map((r, i) => f(r, controls[i])));
  const steps = (key) => {
    const perRun = runs.map((r, i) => r[key].map((s, j) => ({ ...s, controlMs: controls[i][key][j].busyLessPageMs })));
    const walls = (ss) => ss.map((s) => s.wallMs).filter((x) => x !== null);
    const stat = (f) => median(perRun.map((ss) => f(ss)));
    return {
      steps: perRun[0].length,
      pageStepMs: stat((ss) => median(ss.map((s) => s.pageMs))),
      overlayStepBusyMs: stat((ss) => median(ss.map((s) => s.busyLessPageMs))),
      controlStepMs: stat((ss) => median(ss.map((s) => s.controlMs))),
      overlayStepNetMs: stat((ss) => median(ss.map((s) => s.busyLessPageMs - s.controlMs))),
      overlayStepNetMaxMs: stat((ss) => Math.max(...ss.map((s) => s.busyLessPageMs - s.controlMs))),
      overlayStepWallMs: perRun.every((ss) => walls(ss).length) ? stat((ss) => median(walls(ss))) : null,
      perStep: perRun[0].map((s, j) => ({
        from: s.from,
        to: s.to,
        pageMs: median(perRun.map((ss) => ss[j].pageMs)),
        overlayBusyMs: median(perRun.map((ss) => ss[j].busyLessPageMs)),
        controlMs: median(perRun.map((ss) => ss[j].controlMs)),
        overlayNetMs: median(perRun.map((ss) => ss[j].busyLessPageMs - ss[j].controlMs)),
        badgeChanges: s.badgeChanges,
      })),
    };
  };
  return {
    rows: n,
    reps: runs.length,
    columns: META_BENCH_COLUMNS.length,
    url: META_BENCH_URL,
    controlUrl: META_CONTROL_URL,
    naBadges: runs[0].full.report.na,
    pageInsertWallMs: med((r) => r.full.pageInsertWallMs),
    pageInsertBusyMs: med((r) => r.full.pageInsertBusyMs),
    overlayFullWallMs: med((r) => r.full.overlayFullWallMs),
    overlayFullBusyMs: med((r) => r.full.overlayFullBusyMs),
    controlAfterInsertMs: med((_, c) => c.full.overlayFullBusyMs),
    overlayFullNetMs: med((r, c) => r.full.overlayFullBusyMs - c.full.overlayFullBusyMs),
    columnScroll: steps('hSteps'),
    settleAfterSweepNetMs: med((r, c) => r.settleMs - c.settleMs),
    recycledRows: {
      nodes: META_NODES,
      rowsPerStep: META_ROW_STEP,
      pageInsertBusyMs: med((r) => r.recycled.pageInsertBusyMs),
      overlayFullBusyMs: med((r) => r.recycled.overlayFullBusyMs),
      ...steps('vSteps'),
    },
  };
}

function bundleSizes() {
  const dir = path.join(ROOT, '.output/chrome-mv3/content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const buf = readFileSync(path.join(dir, f));
      return { file: `content-scripts/${f}`, rawBytes: statSync(path.join(dir, f)).size, gzipBytes: gzipSync(buf, { level: 9 }).length };
    });
}

const loadAtStart = loadavg();
const browser = await launchWithExtension({ headless: true });
await seedSettings(browser.worker, settings);
const html = googleBenchHtml();
await browser.context.route(GOOGLE_BENCH_URL.split('?')[0] + '**', (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
);

await browser.context.route(GOOGLE_CONTROL_URL.split('?')[0] + '**', (route) =>
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
await browser.context.route(META_BENCH_URL.split('?')[0] + '**', (route) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: metaHtml }),
);
await browser.context.route(META_CONTROL_URL.split('?')[0] + '**', (route) =>
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

const fmt = (x) => x.toFixed(1);
if (results.length) console.log('\nGoogle Ads campaigns table (medians of %d runs; busy = main-thread task time, wall = latency incl. debounce)', REPS);
if (results.length)
  console.table(
    results.map((r) => ({
      rows: r.rows,
      'page insert busy ms': fmt(r.pageInsertBusyMs),
      'badges drawn': r.badgesDrawn,
      'first paint busy ms': fmt(r.overlayFirstBusyMs),
      'first paint wall ms': fmt(r.overlayFirstWallMs),
      'complete busy ms': fmt(r.overlayFullBusyMs),
      'complete / page': `${((100 * r.overlayFullBusyMs) / r.pageInsertBusyMs).toFixed(0)} %`,
      'complete net ms': fmt(r.overlayFullNetMs),
      'complete wall ms': fmt(r.overlayFullWallMs),
      [`page edits ${CHANGED} rows ms`]: fmt(r.pageChangeMs),
      'changed rows with a badge': r.changedWithBadge,
      're-render first paint busy − page ms': fmt(r.overlayChangeFirstBusyMs),
      're-render complete net ms': fmt(r.overlayChangeNetMs),
      'net re-render / net complete': `${((100 * r.overlayChangeNetMs) / r.overlayFullNetMs).toFixed(0)} %`,
    })),
  );
if (results.length)
  console.log('first paint: every row on screen has its badge; complete: rows far from the viewport read in idle time (after 1 s of quiet), panel exact.');
if (results.length)
  console.log('control: the same page where the content script does not run; net = busy minus what the browser spends there after the same insert / edit.');
if (meta) {
  const h = meta.columnScroll;
  const v = meta.recycledRows;
  const opt = (x) => (x === null ? 'n/a' : fmt(x));
  console.log('\nMeta Ads Manager campaigns table, %d columns, horizontally virtualized (medians of %d runs)', meta.columns, REPS);
  console.table([
    {
      rows: meta.rows,
      'page insert busy ms': fmt(meta.pageInsertBusyMs),
      'overlay full busy ms': fmt(meta.overlayFullBusyMs),
      'overlay / page': `${((100 * meta.overlayFullBusyMs) / meta.pageInsertBusyMs).toFixed(0)} %`,
      'full wall ms': fmt(meta.overlayFullWallMs),
      'net of no-extension control ms': fmt(meta.overlayFullNetMs),
    },
  ]);
  console.log("Scroll steps (median step of each run, medians of %d runs). busy − page: busy time minus the page's own step;", REPS);
  console.log("control: the same on the page without the extension (the page's compositing / paint / GC after its step); net = the difference.");
  const stepRow = (name, x) => ({
    step: name,
    'page step ms': fmt(x.pageStepMs),
    'busy − page ms': fmt(x.overlayStepBusyMs),
    'control ms': fmt(x.controlStepMs),
    'overlay net ms': fmt(x.overlayStepNetMs),
    'net max ms': fmt(x.overlayStepNetMaxMs),
    'wall ms': opt(x.overlayStepWallMs),
  });
  console.log('After the column sweep, the complete read once scrolling stops: %s ms net', fmt(meta.settleAfterSweepNetMs));
  console.table([
    stepRow(`one column, ${meta.rows} rows attached (${h.steps} steps)`, h),
    stepRow(`${v.rowsPerStep} rows, ${v.nodes} recycled nodes (${v.steps} steps)`, v),
  ]);
  console.log('Column steps of the sweep (scrollLeft px; badge changes: badge attribute records seen by the page)');
  console.table(
    h.perStep.map((s) => ({
      step: `${s.from} → ${s.to}`,
      'page ms': fmt(s.pageMs),
      'busy − page ms': fmt(s.overlayBusyMs),
      'control ms': fmt(s.controlMs),
      'overlay net ms': fmt(s.overlayNetMs),
      'badge changes': s.badgeChanges,
    })),
  );
}
// The history: recording on a 5 000-row table, and the progress page with two years of weekly 500-row snapshots.
const history = process.env.BENCH_HISTORY === '0' ? null : await benchHistory();
if (history) {
  console.log(
    '\nHistory: recording on a %d-row table; history.html with %d weekly snapshots of %d rows',
    history.recording.rows,
    history.page.snapshots,
    history.page.rowsPerSnapshot,
  );
  console.table([history.recording]);
  console.table([history.page]);
}
// Busy times grow when other processes compete for the cores: say how loaded the machine was.
const load = { cpus: cpus().length, atStart: loadAtStart.map((x) => +x.toFixed(2)), atEnd: loadavg().map((x) => +x.toFixed(2)) };
console.log('\nLoad average (1, 5, 15 min) on %d CPUs: at start %s, at end %s', load.cpus, load.atStart.join(', '), load.atEnd.join(', '));
const sizes = bundleSizes();
console.log('\nContent-script bundles');
console.table(sizes.map((s) => ({ file: s.file, 'raw KB': (s.rawBytes / 1024).toFixed(1), 'gzip KB': (s.gzipBytes / 1024).toFixed(1) })));
mkdirSync(path.join(ROOT, 'artifacts'), { recursive: true });
writeFileSync(path.join(ROOT, 'artifacts/bench.json'), JSON.stringify({ date: new Date().toISOString(), load, results, meta, sizes, history }, null, 2));
console.log('written: artifacts/bench.json');
