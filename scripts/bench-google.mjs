// The Google Ads bench: a generated campaigns table of n rows inserted by the
// page (bench-pages.mjs), the overlay's first paint and complete read, then 50
// rows edited; and the same on a page where the content script does not run.
import { GOOGLE_BENCH_URL } from './bench-pages.mjs';
import { busy, completeAfter } from './bench-measure.mjs';

export const CHANGED = 50;

/** Rows of the Google table on screen now, and how many of them have exactly one badge. */
const onScreen = (page) =>
  page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll('#grid .particle-table-row:not(.particle-table-header)')).filter((r) => {
      const b = r.getBoundingClientRect();
      return b.bottom > 0 && b.top < innerHeight;
    });
    return { rows: rows.length, badged: rows.filter((r) => r.querySelectorAll('[data-real-roi-row]').length === 1).length };
  });

export async function measure(browser, n) {
  const page = await browser.context.newPage();
  await page.goto(GOOGLE_BENCH_URL);
  // Let the content script start and settle on the empty page.
  await page.waitForSelector('real-roi-panel', { state: 'attached', timeout: 10_000 });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');

  const b0 = await busy(cdp);
  // The count read in the task that inserts: no pass can come between (the steering answer's did).
  const { insertMs, insertedAt, before } = await page.evaluate((rows) => {
    const count = Number(document.querySelector('real-roi-panel')?.getAttribute('data-real-roi-complete') ?? 0);
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
    return { insertMs: ms, insertedAt: at, before: count };
  }, n);
  const b1 = await busy(cdp);
  const firstAt = await page.evaluate(() => window.__firstPaint);
  const bFirst = await busy(cdp);
  const fullDoneAt = await page.evaluate(`(${completeAfter})(${before})`);
  const b2 = await busy(cdp);
  const screen = await onScreen(page);
  const drawn = await page.evaluate(() => document.querySelectorAll('[data-real-roi-row]').length);

  await page.waitForTimeout(300);
  await page.evaluate(() => {
    // First paint of the re-render: the changed rows that have a badge show their new figure.
    window.__changedFirst = new Promise((resolve) => {
      window.__resolveChangedFirst = resolve;
    });
  });
  const b3 = await busy(cdp);
  const { changeStart, pageChangeMs, badged, mid } = await page.evaluate((k) => {
    const count = Number(document.querySelector('real-roi-panel')?.getAttribute('data-real-roi-complete') ?? 0);
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
    return { changeStart: t, pageChangeMs: ms, badged: hosts.length, mid: count };
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
export const GOOGLE_CONTROL_URL = 'https://www.google.com/bench-control/campaigns?ocid=1000001';

export async function measureGoogleControl(browser, n) {
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
