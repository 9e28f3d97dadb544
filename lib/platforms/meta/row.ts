/**
 * One body row of the Meta table read into the platform-neutral shape: a
 * data row keyed by its entity id, the totals row, or nothing to show.
 */
import type { RowRead } from '../contract/adapter';
import type { ExtractedRow, ExtractedTotals } from '../contract/types';
import { firstLine, nameOf } from './cells';
import type { MetaContext } from './context';
import { readFigures } from './figures';
import { cellsByColumn, variantOf } from './grid';
import { ENTITY_PARAMS, META_SELECTORS as S, TOTALS_NAME, type MetaLevel } from './selectors';

function entityKey(level: MetaLevel | null, link: Element | null, name: string | null): string | null {
  if (level && link) {
    const href = link.getAttribute('href') ?? '';
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    const { prefix, params: names } = ENTITY_PARAMS[level];
    for (const p of names) {
      const id = params.get(p);
      if (id && /^\d+$/.test(id)) return `${prefix}:${id}`;
    }
  }
  return name ? `name:${level ?? 'unknown'}:${name}` : null;
}

function isTotalsRow(ctx: MetaContext, row: Element, name: string | null): boolean {
  if (row.closest(S.footer) || row.matches(S.footerRowBox) || row.querySelector(S.footerRowBox)) return true;
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
  const key = entityKey(ctx.level, link, name);
  if (!key) return { type: 'skip' };
  const data: ExtractedRow = { key, name, ...figures };
  return { type: 'data', row: data, anchor };
}

/** The body row containing `node`, or null outside the grid or in its header. */
export function rowOf(ctx: MetaContext, node: Node): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el || !ctx.grid) return null;
  const row = variantOf(ctx).rowOf(ctx, el);
  return row && ctx.grid.contains(row) && !row.closest('thead') ? row : null;
}
