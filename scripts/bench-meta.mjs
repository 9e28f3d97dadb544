// The Meta bench: a 2 000-row horizontally virtualized campaigns table
// (bench-meta-page.mjs), every row attached then on recycled row nodes: the
// overlay's full pass, each column and row scroll step, the complete read
// once scrolling stops; and the same where the content script does not run.
import { META_BENCH_COLUMNS, META_BENCH_ACCOUNT, META_BENCH_URL } from './bench-meta-page.mjs';
import { busy, completeAfter, completeCount, median, within } from './bench-measure.mjs';

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

/**
 * The same page where the content script does not run (its matches are
 * adsmanager.facebook.com and /adsmanager/ paths): what a step costs the
 * page after its own timed part (compositing its 2 000 translated rows,
 * painting, GC) is measured there and subtracted from the overlay's figure.
 */
export const META_CONTROL_URL = `https://www.facebook.com/bench-control/campaigns?act=${META_BENCH_ACCOUNT}`;

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
  const b0 = await busy(cdp);
  // The count read in the task that inserts: a pass between a separate read and the insert (the steering
  // answer's, on the empty page) was taken for the read of the table (3-rep run, 40-node insert).
  const { insertMs, insertedAt, before } = await page.evaluate(
    ([rows, k]) => {
      const count = Number(document.querySelector('real-roi-panel')?.getAttribute('data-real-roi-complete') ?? 0);
      const ms = window.__bench.insert(rows, { nodes: k });
      return { insertMs: ms, insertedAt: performance.now(), before: count };
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
export async function measureMeta(browser, n, control) {
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
export function summariseMeta(n, runs, controls) {
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
