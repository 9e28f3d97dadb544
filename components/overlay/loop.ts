/**
 * The overlay's read loop, shared by every platform: observe the page,
 * coalesce mutation bursts, and re-read only the rows a mutation touched.
 * Each row's last read is cached on its element; a new grid or a changed
 * header re-reads everything. The list of rows is kept too: the adapter
 * lists them again only after a mutation that can add, remove or reorder
 * rows (rows never nest: a change inside a row leaves the list as it is).
 * Read-only: painting is the controller's.
 */
import type { RowRead, TableAdapter, TableContext } from '../../lib/platforms/contract/adapter';
import { nextOccurrence } from '../../lib/platforms/contract/occurrence';
import type { ExtractedRow, ExtractedTotals } from '../../lib/platforms/contract/types';
import { isOverlayNode } from './hosts';
import { createPassClock, whenIdle } from './idle';

/** Rows at each end of the table always read by a lazy read: the totals rows sit there, sometimes several (table, account). */
const EDGE_ROWS = 5;
/**
 * A lazy read's rest waits for this much quiet (ms), then for idle periods:
 * longer than the pauses of a scroll, so scrolling never pays for it.
 */
const QUIET_MS = 1000;

/**
 * One read of the page: the context, then the rows read with the cell their
 * badge goes in. A lazy read may leave out rows far from the viewport whose
 * read is due (`complete` false); they are read in idle time.
 */
export interface PageRead<Ctx extends TableContext> {
  ctx: Ctx;
  complete: boolean;
  rows: ExtractedRow[];
  rowElements: Element[];
  rowAnchors: (Element | null)[];
  totals: ExtractedTotals[];
  totalsElements: Element[];
  totalsAnchors: (Element | null)[];
}

export interface ReadLoop<Ctx extends TableContext> {
  /** Run `onPass` after the next quiet `debounceMs` (no-op when one is already due). */
  schedule(): void;
  /** Drop a pass that is due (the caller is running one now). */
  cancel(): void;
  /**
   * Read the page at `url`, from the cache where nothing changed. `lazy`:
   * rows that are not near the viewport are left for idle time (the rows at
   * the table's edges, where the totals are, are always read).
   */
  read(url: URL, lazy?: boolean): PageRead<Ctx>;
  /** Re-read every row on the next pass (navigation, a failed pass). */
  invalidate(): void;
  /** Forget the table: the next pass starts from nothing. */
  reset(): void;
  /** Is this row's read due (it changed since, or a lazy read left it)? Its last placement is stale. */
  due(row: Element): boolean;
  context(): Ctx | null;
  stop(): void;
}

export function createReadLoop<Ctx extends TableContext>(
  adapter: TableAdapter<Ctx>,
  doc: Document,
  debounceMs: number,
  onPass: () => void,
  near: (row: Element) => boolean = () => true,
): ReadLoop<Ctx> {
  let ctx: Ctx | null = null;
  let full = true;
  const dirty = new Set<Element>();
  const reads = new WeakMap<Element, RowRead>();
  /** The adapter's row list, until a mutation may have changed it. */
  let list: Element[] | null = null;
  /** Something changed outside the data rows' contents since the context was read (then it is read again). */
  let outside = true;
  let href = '';
  /** Rows whose read is due but was left for idle time by a lazy read. */
  let unread = new Set<Element>();
  let idle: { cancel(): void } | null = null;
  const win = doc.defaultView as (Window & typeof globalThis) | null;

  // The document's own realm: content scripts and test windows alike.
  const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    // Only rows' contents changed: a small pass, run with the page's own frame.
    if (note(records)) schedule(list !== null && !outside);
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'href', 'essfield', 'aria-busy'],
  });

  /** Mark the rows the records touched; true when one of them is the page's own. */
  function note(records: MutationRecord[]): boolean {
    let relevant = false;
    for (const rec of records) {
      if (isOverlayNode(rec.target)) continue;
      if (rec.type === 'childList' && onlyOurs(rec)) continue;
      relevant = true;
      const row = ctx ? adapter.rowOf(ctx, rec.target) : null;
      if (row) dirty.add(row);
      if (list && movesRows(rec, row)) list = null;
      outside ||= !inDataRow(rec, row);
    }
    return relevant;
  }

  /**
   * Can this record change the list of rows? Not from inside a row (rows never
   * nest), nor text, nor outside the grid and its ancestors; a row's own
   * attributes can (a class may make it a row or not).
   */
  function movesRows(rec: MutationRecord, row: Element | null): boolean {
    if (rec.type === 'characterData') return false;
    if (row) return rec.type === 'attributes' && rec.target === row;
    const grid = ctx?.grid;
    return !grid || grid.contains(rec.target) || rec.target.contains(grid);
  }

  /** Inside a row read as data or totals, not on the row itself (its class may make it a header). */
  function inDataRow(rec: MutationRecord, row: Element | null): boolean {
    const type = row ? reads.get(row)?.type : undefined;
    return (type === 'data' || type === 'totals') && !(rec.type === 'attributes' && rec.target === row);
  }

  function onlyOurs(rec: MutationRecord): boolean {
    const nodes = [...Array.from(rec.addedNodes), ...Array.from(rec.removedNodes)];
    return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute('data-real-roi'));
  }

  const { schedule, cancel } = createPassClock(win, debounceMs, onPass);

  /**
   * The row elements a pass reads: today every row the adapter finds. This
   * is the one place to narrow a pass (e.g. to the rows on screen).
   */
  function rowsToRead(current: Ctx): Element[] {
    return adapter.rowElements(current);
  }

  function read(url: URL, lazy = false): PageRead<Ctx> {
    idle?.cancel();
    idle = null;
    // Mutations not delivered yet (a pass flushed right after a change) count too.
    note(observer.takeRecords());
    // Only the rows' contents changed since the last read (or nothing: a steering answer, a row coming near).
    const same = ctx && !full && !outside && url.href === href ? (adapter.sameContext?.(ctx) ?? null) : null;
    const next = same ?? adapter.readContext(doc, url);
    outside = false;
    href = url.href;
    if (!ctx || next.grid !== ctx.grid || next.headerSignature !== ctx.headerSignature) full = true;
    ctx = next;
    if (full) list = null;
    const page: PageRead<Ctx> = {
      ctx,
      complete: true,
      rows: [],
      rowElements: [],
      rowAnchors: [],
      totals: [],
      totalsElements: [],
      totalsAnchors: [],
    };
    const rows = (list ??= rowsToRead(ctx));
    const nextUnread = new Set<Element>();
    const edge = (i: number) => i < EDGE_ROWS || i >= rows.length - EDGE_ROWS;
    for (let i = 0; i < rows.length; i++) {
      const el = rows[i]!;
      let row = reads.get(el);
      if (!row || full || dirty.has(el) || unread.has(el)) {
        if (lazy && row?.type !== 'totals' && !edge(i) && !near(el)) {
          nextUnread.add(el);
          continue;
        }
        row = adapter.readRow(ctx, el);
        reads.set(el, row);
      }
      if (row.type === 'data') {
        page.rows.push(row.row);
        page.rowElements.push(el);
        page.rowAnchors.push(row.anchor);
      } else if (row.type === 'totals') {
        page.totals.push(row.totals);
        page.totalsElements.push(el);
        page.totalsAnchors.push(row.anchor);
      }
    }
    dirty.clear();
    full = false;
    unread = nextUnread;
    page.complete = unread.size === 0;
    if (page.complete) renumber(page);
    else idle = whenIdle(win, QUIET_MS, readRest);
    return page;
  }

  /** Keys numbered by occurrence, over the whole table again: a kept read has the number of the pass that read it. */
  function renumber(page: PageRead<Ctx>) {
    const counts = new Map<string, number>();
    page.rowElements.forEach((el, i) => {
      const read = reads.get(el);
      if (read?.type !== 'data' || read.occurrence === undefined) return;
      const key = nextOccurrence(counts, read.occurrence);
      if (key !== read.row.key) reads.set(el, { ...read, row: (page.rows[i] = { ...read.row, key }) });
    });
  }

  /** The rows a lazy read left, a slice per idle period; then a pass with everything read. */
  function readRest(deadline: () => number) {
    idle = null;
    const current = ctx;
    if (!current) return;
    for (const el of unread) {
      if (deadline() < 1) {
        idle = whenIdle(win, QUIET_MS, readRest);
        return;
      }
      unread.delete(el);
      if (el.isConnected) reads.set(el, adapter.readRow(current, el));
    }
    schedule();
  }

  return {
    schedule,
    cancel,
    read,
    invalidate() {
      full = true;
    },
    reset() {
      ctx = null;
      full = true;
      list = null;
      unread = new Set();
      idle?.cancel();
      idle = null;
    },
    context: () => ctx,
    due: (row) => unread.has(row) || dirty.has(row),
    stop() {
      observer.disconnect();
      idle?.cancel();
      cancel();
    },
  };
}
