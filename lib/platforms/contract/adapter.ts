/**
 * The contract between a platform adapter (lib/platforms/<platform>) and the
 * shared overlay loop. An adapter only reads the page; it never writes to it.
 *
 * Reading is split into a cheap per-page context (header, period, account)
 * and a per-row read, so the overlay can re-read only the rows a mutation
 * touched: work proportional to what changed.
 */
import type { ExtractedRow, ExtractedTable, ExtractedTotals, MetricKey, Platform } from './types';

export interface TableContext {
  platform: Platform;
  /** Table metadata; `rows` and `totals` are left empty here. */
  meta: Omit<ExtractedTable, 'rows' | 'totals'>;
  /** The grid element, or null when the table is absent. */
  grid: Element | null;
  /** The header label of each metric column found, as the page shows it. */
  columnLabels: Partial<Record<MetricKey, string>>;
  /** Header labels of numeric columns the adapter did not recognise. */
  unknownColumns: string[];
  /** A signature of the header: when it changes, every row must be re-read. */
  headerSignature: string;
}

export type RowRead =
  /**
   * `occurrence`: the key before its occurrence number, when the row is keyed by what it shows
   * (contract/occurrence.ts); the loop numbers the rows it keeps again with it.
   */
  | { type: 'data'; row: ExtractedRow; anchor: Element | null; occurrence?: string }
  | { type: 'totals'; totals: ExtractedTotals; anchor: Element | null }
  | { type: 'skip' };

export interface TableAdapter<Ctx extends TableContext = TableContext> {
  platform: Platform;
  /** Does this URL show a table the adapter reads? */
  matchesUrl(url: URL): boolean;
  readContext(doc: Document, url: URL): Ctx;
  /**
   * Optional, for a context that reads no layout (it depends on the DOM
   * outside the data rows' contents and on the URL alone): the context of the
   * last pass for a pass where only data rows' contents changed, with its
   * per-pass caches fresh, or null to read it again. Without it the context
   * is read every pass.
   */
  sameContext?(ctx: Ctx): Ctx | null;
  /** Candidate row elements in DOM order (data, totals and rows to skip). */
  rowElements(ctx: Ctx): Element[];
  readRow(ctx: Ctx, row: Element): RowRead;
  /** The row element containing a node, for mapping mutations to rows. */
  rowOf(ctx: Ctx, node: Node): Element | null;
  /**
   * Optional: how the badge sits in the anchor cell `readRow` returns.
   * `inline` (default): after the cell's content, in the flow.
   * `cell-start`: absolutely positioned at the cell's start edge, vertically
   * centred, for fixed-size cells that are themselves positioned (absolute
   * or relative) and whose figures are end-aligned (Meta's FixedDataTable).
   */
  badgePlacement?: 'inline' | 'cell-start';
  /**
   * The platform's own name for a metric column in the page's language, for
   * messages such as "Add the “Cost” column" (the column is absent, so its
   * label cannot be read from the page).
   */
  columnName(metric: MetricKey, locale: string): string;
}

/** Column names per language (first two letters of the locale), English as the fallback. */
export type ColumnNames = Record<string, Record<MetricKey, string>> & { en: Record<MetricKey, string> };

export function columnNameIn(names: ColumnNames, metric: MetricKey, locale: string): string {
  return (names[locale.slice(0, 2).toLowerCase()] ?? names.en)[metric];
}

/** The whole table at once: what the fixture tests compare with the expected JSON. */
export function extractTable<Ctx extends TableContext>(adapter: TableAdapter<Ctx>, doc: Document, url: URL): ExtractedTable {
  const ctx = adapter.readContext(doc, url);
  const rows: ExtractedRow[] = [];
  const totals: ExtractedTotals[] = [];
  for (const el of adapter.rowElements(ctx)) {
    const read = adapter.readRow(ctx, el);
    if (read.type === 'data') rows.push(read.row);
    else if (read.type === 'totals') totals.push(read.totals);
  }
  return { ...ctx.meta, rows, totals };
}
