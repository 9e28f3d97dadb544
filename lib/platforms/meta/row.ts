/**
 * One body row of the Meta table read into the platform-neutral shape: a
 * data row keyed by its entity id, the totals row, or nothing to show.
 */
import type { RowRead } from '../contract/adapter';
import { occurrenceOf, withOccurrence } from '../contract/occurrence';
import type { ExtractedRow, ExtractedTotals } from '../contract/types';
import { firstLine, nameOf } from './cells';
import type { MetaContext } from './context';
import { readFigures } from './figures';
import { bodyRows, cellsByColumn, variantOf } from './grid';
import { keyedRowId } from './keyed-cells';
import { idKey, linkKey, nameKey } from './row-keys';
import { META_SELECTORS as S, TOTALS_NAME } from './selectors';

/** The row's id key (cell keys, else a one-entity link), or null when it has none. */
function idKeyOf(ctx: MetaContext, row: Element, link: Element | null): string | null {
  const id = ctx.level ? keyedRowId(row) : null;
  if (id && id !== '-1') return idKey(ctx.level!, id);
  return ctx.level ? linkKey(ctx.level, link?.getAttribute('href') ?? null, ctx.url) : null;
}

/** The name key of a row, for counting rows that show the same name (rows with an id count as none). */
function nameKeyOf(ctx: MetaContext, row: Element): string | null {
  const cells = cellsByColumn(ctx, row);
  const { name, link } = nameOf(ctx.roleIndex.name === undefined ? undefined : cells.get(ctx.roleIndex.name));
  if (!name || idKeyOf(ctx, row, link) || isTotalsRow(ctx, row, name)) return null;
  return nameKey(ctx.level, name);
}

/** §7.2 order: cell-key id, one-entity link, else name and level numbered by occurrence. */
function rowKey(ctx: MetaContext, row: Element, link: Element | null, name: string | null): { key: string | null; occurrence?: string } {
  const id = idKeyOf(ctx, row, link);
  if (id || !name) return { key: id };
  const key = nameKey(ctx.level, name);
  const n = occurrenceOf(
    row,
    () => bodyRows(ctx),
    (r) => nameKeyOf(ctx, r),
    ctx.nameKeys,
  );
  return { key: withOccurrence(key, n), occurrence: key };
}

function isTotalsRow(ctx: MetaContext, row: Element, name: string | null): boolean {
  if (row.closest(S.footer) || row.matches(S.footerRowBox) || row.querySelector(S.footerRowBox)) return true;
  if (row.querySelector(S.footerCount) || keyedRowId(row) === '-1') return true;
  if (variantOf(ctx).isFooterRow(row)) return true;
  return name !== null && TOTALS_NAME.test(name);
}

function anchorOf(ctx: MetaContext, cells: Map<number, Element>): Element | null {
  for (const role of ['roas', 'spend', 'purchases', 'results', 'leads', 'conversionValue', 'name'] as const) {
    const i = ctx.roleIndex[role];
    const cell = i === undefined ? undefined : cells.get(i);
    if (cell) return cell;
  }
  return cells.values().next().value ?? null;
}

export function readRow(ctx: MetaContext, row: Element): RowRead {
  const cells = cellsByColumn(ctx, row);
  const nameIndex = ctx.roleIndex.name;
  const { name, link } = nameOf(nameIndex === undefined ? undefined : cells.get(nameIndex));
  const { symbols: _symbols, ...figures } = readFigures(ctx, cells);
  const anchor = anchorOf(ctx, cells);
  if (isTotalsRow(ctx, row, name)) {
    // The label is the name cell's; a footer whose label spans the frozen columns has it in its first cell.
    const label = name ?? firstLine(row);
    const totals: ExtractedTotals = { scope: 'table', label, ...figures };
    return { type: 'totals', totals, anchor };
  }
  const { key, occurrence } = rowKey(ctx, row, link, name);
  if (!key) return { type: 'skip' };
  const data: ExtractedRow = { key, name, ...figures };
  return occurrence ? { type: 'data', row: data, anchor, occurrence } : { type: 'data', row: data, anchor };
}

/** The body row containing `node`, or null outside the grid or in its header. */
export function rowOf(ctx: MetaContext, node: Node): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el || !ctx.grid) return null;
  const row = variantOf(ctx).rowOf(ctx, el);
  return row && ctx.grid.contains(row) && !row.closest('thead') ? row : null;
}
