/**
 * What the Meta adapter learns once per pass (the grid, its variant, its
 * header columns) and the contract each rendering variant fulfils, so that
 * the row reading never asks which variant it is looking at.
 */
import type { TableContext } from '../contract/adapter';
import type { Occurrences } from '../contract/occurrence';
import type { MetaColumnRole } from './columns';
import type { Geometry, HeaderSlot } from './geometry';
import type { MetaLevel } from './selectors';

/** The FixedDataTable grid of §2.2, or the `<table>` rendering of S-FBUTM. */
export type Variant = 'fdt' | 'table';

export interface MetaHeader {
  key: string | null;
  label: string;
  role: MetaColumnRole | null;
  slot: HeaderSlot;
}

export interface MetaContext extends TableContext {
  variant: Variant | null;
  level: MetaLevel | null;
  locale: string;
  headers: MetaHeader[];
  /** Header index of the first column of each role. */
  roleIndex: Partial<Record<MetaColumnRole, number>>;
  /** The body-row selector that matches this grid (fallback chain resolved once). */
  rowSelector: string;
  geometry: Geometry;
  /** The page URL: a name link that repeats its selection names no row. */
  url: URL;
  /** Name keys of rows read this pass, for occurrence numbers (contract/occurrence.ts). */
  nameKeys: Occurrences;
}

/** How one rendering variant lays out its header, rows and cells. */
export interface VariantReader {
  /** Header columns of the grid, with the slot their body cells align to. */
  headers(grid: Element, geometry: Geometry): MetaHeader[];
  /** Body rows of the grid, footer included. */
  bodyRows(ctx: MetaContext, grid: Element): Element[];
  /** Cells of a row by header index. */
  cellsByColumn(ctx: MetaContext, row: Element): Map<number, Element>;
  /** The row containing `el`, if any (header rows excluded by the caller). */
  rowOf(ctx: MetaContext, el: Element): Element | null;
  /** Whether the variant's own structure marks the row as the totals row. */
  isFooterRow(row: Element): boolean;
}

/** The first selector of a fallback chain that matches under `root`; the last one when none does. */
export function firstSelector(root: ParentNode, selectors: readonly string[]): string {
  return selectors.find((s) => root.querySelector(s)) ?? selectors[selectors.length - 1]!;
}
