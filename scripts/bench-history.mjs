#!/usr/bin/env node
// The history's costs, measured in Chromium on the built extension (part of
// `npm run bench`; also runs alone: `node scripts/bench-history.mjs`):
//   - recording on a 5 000-row Google Ads table: the content script's and the
//     page's main-thread time from the complete read to the stored record,
//     against the same window with "Remember the tables I view" off, and
//     whether any badge figure differs between the two;
//   - history.html with two years of weekly snapshots of a 500-row table:
//     the storage they take (navigator.storage.estimate, JSON size) and the
//     time from navigation to every period listed.
import { ROOT, launchWithExtension, seedSettings } from './browser.mjs';
import { GOOGLE_BENCH_URL, googleBenchHtml } from './bench-pages.mjs';
import { weeklyEntries, writeEntries } from './history-data.mjs';

const REPS = Number(process.env.BENCH_REPS ?? 3);
const ROWS = 5000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const busy = async (cdp) => 1000 * (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
const settings = (remember) => ({
  version: 2,
  targetRoi: 0.5,
  display: 'percent',
  badgeRoi: 'firstOrder',
  language: 'en',
  defaultProfile: 'bench',
  rememberTables: remember,
  profiles: [
    {
      id: 'bench',
      name: 'Bench',
      accounts: [{ platform: 'google-ads', id: '123-456-7890' }],
      currency: 'USD',
      margin: { default: 0.5, rules: [] },
      vatIncluded: 0,
      returnRate: 0.03,
      leadValue: null,
      lifetime: null,
      costs: [
        { kind: 'monthly', label: 'Tools', amount: 150 },
        { kind: 'perConversion', label: 'Shipping', amount: 5 },
      ],
    },
  ],
});

async function storedCount(worker) {
  return worker.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'real-roi-history')) return 0;
    return new Promise((resolve) => {
      const open = indexedDB.open('real-roi-history');
      open.onsuccess = () => {
        const req = open.result.transaction('entries').objectStore('entries').count();
        req.onsuccess = () => {
          open.result.close();
          resolve(req.result);
        };
      };
    });
  });
}

async function clearHistory(worker) {
  // Cleared, not deleted: the background keeps its connection open, which would block a deletion.
  await worker.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'real-roi-history')) return;
    await new Promise((resolve) => {
      const open = indexedDB.open('real-roi-history');
      open.onsuccess = () => {
        const tx = open.result.transaction('entries', 'readwrite');
        tx.objectStore('entries').clear();
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
  });
}

/** One run: insert the table, wait for the record (or as long with recording off), return busy time and badge figures. */
async function recordingRun(b, remember, windowMs) {
  await seedSettings(b.worker, settings(remember));
  const page = await b.context.newPage();
  await page.goto(GOOGLE_BENCH_URL);
  await page.waitForSelector('real-roi-panel', { state: 'attached', timeout: 10_000 });
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate((n) => window.__bench.insert(n), ROWS);
  await page.waitForSelector('[data-real-roi-row="total"][data-roi]', { timeout: 60_000 });
  const t0 = Date.now();
  const b0 = await busy(cdp);
  let recordedMs = null;
  if (remember) {
    while ((await storedCount(b.worker)) === 0) {
      if (Date.now() - t0 > 60_000) throw new Error('no record after 60 s');
      await page.waitForTimeout(50);
    }
    recordedMs = Date.now() - t0;
  } else {
    await page.waitForTimeout(windowMs);
  }
  const b1 = await busy(cdp);
  const figures = await page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll('[data-real-roi-row]')).map((h) => [h.getAttribute('data-real-roi-row'), h.getAttribute('data-roi')]),
    ),
  );
  await page.close();
  return { busyMs: b1 - b0, recordedMs, figures };
}

async function measureRecording(b) {
  const html = googleBenchHtml();
  await b.context.route(`${GOOGLE_BENCH_URL.split('?')[0]}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const on = [];
  const off = [];
  let moved = 0;
  for (let i = 0; i < REPS; i++) {
    await clearHistory(b.worker);
    const a = await recordingRun(b, true, 0);
    const c = await recordingRun(b, false, a.recordedMs);
    on.push(a);
    off.push(c);
    for (const [k, v] of Object.entries(a.figures)) if (k in c.figures && c.figures[k] !== v) moved++;
  }
  return {
    rows: ROWS,
    reps: REPS,
    completeReadToRecordMs: median(on.map((r) => r.recordedMs)),
    busyRecordingOnMs: median(on.map((r) => r.busyMs)),
    busySameWindowOffMs: median(off.map((r) => r.busyMs)),
    badgesCompared: Object.keys(on[0].figures).length,
    badgeFiguresThatDiffer: moved,
  };
}

async function measurePage(b) {
  const entries = weeklyEntries({ rows: 500, weeks: 104 });
  await seedSettings(b.worker, settings(true));
  await clearHistory(b.worker);
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/history.html`);
  await page.locator('[data-testid="delete-all"]').waitFor({ state: 'attached' });
  const before = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await writeEntries(page, entries);
  const after = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const loads = [];
  for (let i = 0; i < REPS; i++) {
    await page.reload();
    const ms = await page.evaluate(
      (n) =>
        new Promise((resolve) => {
          const check = () => (document.querySelectorAll('[data-history-entry]').length >= n ? resolve(performance.now()) : requestAnimationFrame(check));
          check();
        }),
      entries.length,
    );
    loads.push(ms);
  }
  const quota = await page.evaluate(async () => (await navigator.storage.estimate()).quota ?? 0);
  await page.close();
  return {
    snapshots: entries.length,
    rowsPerSnapshot: 500,
    jsonBytes: Buffer.byteLength(JSON.stringify(entries)),
    storageUsageBytes: after - before,
    quotaBytes: quota,
    pageLoadToAllListedMs: median(loads),
  };
}

export async function benchHistory() {
  const b = await launchWithExtension({ headless: true });
  try {
    const recording = await measureRecording(b);
    const page = await measurePage(b);
    return { recording, page };
  } finally {
    await b.close().catch(() => {});
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchHistory();
  console.log('\nHistory: recording on a %d-row table (medians of %d runs)', r.recording.rows, r.recording.reps);
  console.table([r.recording]);
  console.log('History page: two years of weekly snapshots of a 500-row table');
  console.table([r.page]);
  void ROOT;
}
