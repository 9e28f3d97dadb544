/**
 * Finding the stats table and walking it without caring which rendering
 * variant it is: each variant (fdt.ts, html-table.ts) says how its rows and
 * cells are laid out.
 */
import type { TableState } from '../contract/types';
import type { MetaColumnRole } from './columns';
import type { MetaContext, MetaHeader, Variant, VariantReader } from './context';
import { fdtVariant } from './fdt';
import type { Geometry } from './geometry';
import { tableVariant } from './html-table';
import { META_SELECTORS as S } from './selectors';

const VARIANTS: Record<Variant, VariantReader> = { fdt: fdtVariant, table: tableVariant };

/** The reader of the context's variant (a grid found without a readable header counts as FixedDataTable). */
export function variantOf(ctx: MetaContext): VariantReader {
  return VARIANTS[ctx.variant ?? 'fdt'];
}

const READ_ROLES: ReadonlySet<MetaColumnRole> = new Set(['spend', 'results', 'purchases', 'leads', 'conversionValue', 'roas']);

/**
 * The stats table: the first FixedDataTable grid, else `<table>`, whose
 * header names a metric we read. `[role=grid]` (the account picker) is never
 * a candidate.
 */
export function findGrid(doc: Document, geometry: Geometry): { grid: Element | null; variant: Variant | null; headers: MetaHeader[] } {
  let fallback: { grid: Element; variant: Variant; headers: MetaHeader[] } | null = null;
  const seen = new Set<Element>();
  for (const selector of S.grid) {
    for (const grid of Array.from(doc.querySelectorAll(selector))) {
      if (seen.has(grid)) continue;
      seen.add(grid);
      const headers = fdtVariant.headers(grid, geometry);
      fallback ??= { grid, variant: 'fdt', headers };
      if (headers.some((h) => h.role && READ_ROLES.has(h.role))) return { grid, variant: 'fdt', headers };
    }
  }
  for (const table of Array.from(doc.querySelectorAll(S.tableGrid))) {
    const headers = tableVariant.headers(table, geometry);
    if (headers.some((h) => h.role && READ_ROLES.has(h.role))) return { grid: table, variant: 'table', headers };
  }
  return fallback ?? { grid: null, variant: null, headers: [] };
}

export function bodyRows(ctx: MetaContext): Element[] {
  return ctx.grid ? variantOf(ctx).bodyRows(ctx, ctx.grid) : [];
}

/** Cells of a row by header index. */
export function cellsByColumn(ctx: MetaContext, row: Element): Map<number, Element> {
  return variantOf(ctx).cellsByColumn(ctx, row);
}

export function readState(ctx: MetaContext, doc: Document): TableState {
  if (!ctx.grid) return doc.querySelector(`[role="table"] ${S.loading}`) ? 'loading' : 'absent';
  const rows = bodyRows(ctx).filter((r) => !r.closest(S.footer) && !r.querySelector(S.footerRowBox) && r.parentElement?.tagName !== 'TFOOT');
  if (rows.length > 0) return 'ready';
  return ctx.grid.querySelector(S.loading) ? 'loading' : 'empty';
}
