// What `npm run bench` prints: the tables of each bench, and the content-script sizes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './browser.mjs';
import { CHANGED } from './bench-google.mjs';

const fmt = (x) => x.toFixed(1);

export function printGoogle(results, REPS) {
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
}

export function printMeta(meta, REPS) {
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

export function printHistory(history) {
  console.log(
    '\nHistory: recording on a %d-row table; history.html with %d weekly snapshots of %d rows',
    history.recording.rows,
    history.page.snapshots,
    history.page.rowsPerSnapshot,
  );
  console.table([history.recording]);
  console.table([history.page]);
}

export function bundleSizes() {
  const dir = path.join(ROOT, '.output/chrome-mv3/content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const buf = readFileSync(path.join(dir, f));
      return { file: `content-scripts/${f}`, rawBytes: statSync(path.join(dir, f)).size, gzipBytes: gzipSync(buf, { level: 9 }).length };
    });
}

export function printSizes(sizes) {
  console.log('\nContent-script bundles');
  console.table(sizes.map((s) => ({ file: s.file, 'raw KB': (s.rawBytes / 1024).toFixed(1), 'gzip KB': (s.gzipBytes / 1024).toFixed(1) })));
}
