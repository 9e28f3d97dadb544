/**
 * The overlay's read loop, shared by every platform: observe the page,
 * coalesce mutation bursts, and re-read only the rows a mutation touched.
 * Each row's last read is cached on its element; a new grid or a changed
 * header re-reads everything. Read-only: painting is the controller's.
 */
import type { RowRead, TableAdapter, TableContext } from '../../lib/platforms/contract/adapter';
import type { ExtractedRow, ExtractedTotals } from '../../lib/platforms/contract/types';
import { isOverlayNode } from './hosts';

/** One complete read of the page: the context, then every row with the cell its badge goes in. */
export interface PageRead<Ctx extends TableContext> {
  ctx: Ctx;
  rows: ExtractedRow[];
  rowAnchors: (Element | null)[];
  totals: ExtractedTotals[];
  totalsAnchors: (Element | null)[];
}

export interface ReadLoop<Ctx extends TableContext> {
  /** Run `onPass` after the next quiet `debounceMs` (no-op when one is already due). */
  schedule(): void;
  /** Drop a pass that is due (the caller is running one now). */
  cancel(): void;
  /** Read the page at `url`, from the cache where nothing changed. */
  read(url: URL): PageRead<Ctx>;
  /** Re-read every row on the next pass (navigation, a failed pass). */
  invalidate(): void;
  /** Forget the table: the next pass starts from nothing. */
  reset(): void;
  context(): Ctx | null;
  stop(): void;
}

export function createReadLoop<Ctx extends TableContext>(adapter: TableAdapter<Ctx>, doc: Document, debounceMs: number, onPass: () => void): ReadLoop<Ctx> {
  let ctx: Ctx | null = null;
  let full = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const dirty = new Set<Element>();
  const reads = new WeakMap<Element, RowRead>();

  // The document's own realm: content scripts and test windows alike.
  const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    let relevant = false;
    for (const rec of records) {
      if (isOverlayNode(rec.target)) continue;
      if (rec.type === 'childList' && onlyOurs(rec)) continue;
      relevant = true;
      const row = ctx ? adapter.rowOf(ctx, rec.target) : null;
      if (row) dirty.add(row);
    }
    if (relevant) schedule();
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'href', 'essfield', 'aria-busy'],
  });

  function onlyOurs(rec: MutationRecord): boolean {
    const nodes = [...Array.from(rec.addedNodes), ...Array.from(rec.removedNodes)];
    return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute('data-real-roi'));
  }

  function schedule() {
    if (timer === null) timer = setTimeout(onPass, debounceMs);
  }

  function cancel() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  /**
   * The row elements a pass reads: today every row the adapter finds. This
   * is the one place to narrow a pass (e.g. to the rows on screen).
   */
  function rowsToRead(current: Ctx): Iterable<Element> {
    return adapter.rowElements(current);
  }

  function read(url: URL): PageRead<Ctx> {
    const next = adapter.readContext(doc, url);
    if (!ctx || next.grid !== ctx.grid || next.headerSignature !== ctx.headerSignature) full = true;
    ctx = next;
    const page: PageRead<Ctx> = { ctx, rows: [], rowAnchors: [], totals: [], totalsAnchors: [] };
    for (const el of rowsToRead(ctx)) {
      let row = reads.get(el);
      if (!row || full || dirty.has(el)) {
        row = adapter.readRow(ctx, el);
        reads.set(el, row);
      }
      if (row.type === 'data') {
        page.rows.push(row.row);
        page.rowAnchors.push(row.anchor);
      } else if (row.type === 'totals') {
        page.totals.push(row.totals);
        page.totalsAnchors.push(row.anchor);
      }
    }
    dirty.clear();
    full = false;
    return page;
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
    },
    context: () => ctx,
    stop() {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
    },
  };
}
