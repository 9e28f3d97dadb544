/**
 * Meta Ads Manager table adapter: reads the FixedDataTable grid (or its
 * `<table>` variant) of docs/platform-dom.md §2.2 into the platform-neutral
 * shape. Read-only; takes a Document and a geometry function.
 */
import { parseDateRange, parseDisplayedNumber, resolveCurrency } from '../../parse';
import { columnNameIn, type RowRead, type TableAdapter, type TableContext } from '../contract/adapter';
import { firstMatch, pageLocale, visibleText } from '../contract/dom';
import type { ExtractedRow, ExtractedTotals, MetricKey, TableState } from '../contract/types';
import { columnKeyOf, columnRole, isUnrecognisedActionColumn, resultTypeOf, type MetaColumnRole } from './columns';
import { alignCells, rectGeometry, type CellSlot, type Geometry, type HeaderSlot } from './geometry';
import {
  META_COLUMN_NAMES,
  ACCOUNT_PARAM, ENTITY_PARAMS, LEVEL_PATH, META_HOSTS, META_SELECTORS as S, TOTALS_NAME, type MetaLevel,
} from './selectors';

type Variant = 'fdt' | 'table';

interface MetaHeader {
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
}

export interface MetaAdapterOptions {
  /** Left edge of an element; default: the layout (`getBoundingClientRect`). */
  geometry?: Geometry;
}

/** What one cell shows: nothing rendered, a loading skeleton, or its text. */
type CellRead =
  | { state: 'absent' | 'loading' }
  | { state: 'shown'; value: number | null; symbol: string | null; sub: string; dash?: boolean };

const ABSENT: CellRead = { state: 'absent' };
const LOADING: CellRead = { state: 'loading' };

function levelOf(url: URL): MetaLevel | null {
  return (LEVEL_PATH.exec(url.pathname)?.[1] as MetaLevel | undefined) ?? null;
}

function isMetaHost(url: URL): boolean {
  if (!(META_HOSTS as readonly string[]).includes(url.hostname)) return false;
  return url.hostname === 'adsmanager.facebook.com' || url.pathname.startsWith('/adsmanager/');
}

// ------------------------------------------------------------------ header

function headerLabel(cell: Element): string {
  const title = firstMatch(cell, S.headerTitle);
  return (title ? visibleText(title, S.headerIgnored) : '') || visibleText(cell, S.headerIgnored)
    || cell.getAttribute('aria-label')?.trim() || '';
}

function headerKey(cell: Element, box: Element): string | null {
  const surfaced = cell.closest(S.headerSurface) ?? box.querySelector(S.headerSurface);
  const idEl = cell.querySelector(`[id^="${S.headerIdPrefix}"]`) ?? box.querySelector(`[id^="${S.headerIdPrefix}"]`);
  return columnKeyOf(surfaced?.getAttribute('data-surface') ?? null, idEl?.id ?? null);
}

/** Header columns of the FixedDataTable grid, with their group and left edge. */
function fdtHeaders(grid: Element, geometry: Geometry): MetaHeader[] {
  const row = firstMatch(grid, S.headerRow);
  if (!row) return [];
  const groups = Array.from(row.querySelectorAll(S.headerGroup));
  const perGroup = new Map<number, number>();
  return Array.from(row.querySelectorAll(S.headerCell)).map((cell) => {
    const box = cell.closest(S.headerCellBox) ?? cell;
    const groupEl = cell.closest(S.headerGroup);
    const group = groupEl ? Math.max(0, groups.indexOf(groupEl)) : 0;
    const index = perGroup.get(group) ?? 0;
    perGroup.set(group, index + 1);
    const key = headerKey(cell, box);
    const label = headerLabel(cell);
    return { key, label, role: columnRole(key, label), slot: { group, index, left: geometry(box) } };
  });
}

/** Header columns of the `<table>` variant; `index` counts colspans so cells align exactly. */
function tableHeaders(grid: Element): MetaHeader[] {
  const cells = Array.from(grid.querySelectorAll(firstSelector(grid, S.tableHeaderCells)));
  let column = 0;
  return cells.map((th) => {
    const index = column;
    column += span(th);
    const surfaced = th.matches(S.headerSurface) ? th : th.querySelector(S.headerSurface);
    const key = columnKeyOf(surfaced?.getAttribute('data-surface') ?? null, th.querySelector(`[id^="${S.headerIdPrefix}"]`)?.id ?? th.id);
    const label = headerLabel(th);
    return { key, label, role: columnRole(key, label), slot: { group: 0, index, left: null } };
  });
}

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan') ?? '1');
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function firstSelector(root: ParentNode, selectors: readonly string[]): string {
  return selectors.find((s) => root.querySelector(s)) ?? selectors[selectors.length - 1]!;
}

const READ_ROLES: ReadonlySet<MetaColumnRole> = new Set(['spend', 'results', 'purchases', 'leads', 'conversionValue', 'roas']);

/**
 * The stats table: the first FixedDataTable grid, else `<table>`, whose
 * header names a metric we read. `[role=grid]` (the account picker) is never
 * a candidate.
 */
function findGrid(doc: Document, geometry: Geometry): { grid: Element | null; variant: Variant | null; headers: MetaHeader[] } {
  let fallback: { grid: Element; variant: Variant; headers: MetaHeader[] } | null = null;
  const seen = new Set<Element>();
  for (const selector of S.grid) {
    for (const grid of Array.from(doc.querySelectorAll(selector))) {
      if (seen.has(grid)) continue;
      seen.add(grid);
      const headers = fdtHeaders(grid, geometry);
      fallback ??= { grid, variant: 'fdt', headers };
      if (headers.some((h) => h.role && READ_ROLES.has(h.role))) return { grid, variant: 'fdt', headers };
    }
  }
  for (const table of Array.from(doc.querySelectorAll(S.tableGrid))) {
    const headers = tableHeaders(table);
    if (headers.some((h) => h.role && READ_ROLES.has(h.role))) return { grid: table, variant: 'table', headers };
  }
  return fallback ?? { grid: null, variant: null, headers: [] };
}

// -------------------------------------------------------------------- rows

function bodyRows(ctx: MetaContext): Element[] {
  const grid = ctx.grid;
  if (!grid) return [];
  if (ctx.variant === 'table') {
    const body = Array.from(grid.querySelectorAll(firstSelector(grid, S.tableBodyRows)));
    return [...body, ...Array.from(grid.querySelectorAll(S.tableFooterRows))];
  }
  return Array.from(grid.querySelectorAll(ctx.rowSelector));
}

/** Cells of a row by header index: geometry first, relative index second (geometry.ts). */
function cellsByColumn(ctx: MetaContext, row: Element): Map<number, Element> {
  const out = new Map<number, Element>();
  if (ctx.variant === 'table') {
    let column = 0;
    const start = new Map<number, number>();
    ctx.headers.forEach((h, i) => start.set(h.slot.index, i));
    for (const td of Array.from(row.children)) {
      if (td.tagName !== 'TD' && td.tagName !== 'TH') continue;
      const header = start.get(column);
      if (header !== undefined) out.set(header, td);
      column += span(td);
    }
    return out;
  }
  const groups = rowGroups(row);
  const cells: Element[] = [];
  const slots: CellSlot[] = [];
  groups.forEach((group, g) => {
    const inGroup = Array.from(group.querySelectorAll(S.cell)).filter((c) => nearestGroup(c, groups) === group);
    inGroup.forEach((cell, index) => {
      cells.push(cell);
      slots.push({ group: g, index, groupSize: inGroup.length, left: ctx.geometry(cell) });
    });
  });
  alignCells(ctx.headers.map((h) => h.slot), slots).forEach((column, i) => {
    if (column !== null) out.set(column, cells[i]!);
  });
  return out;
}

function rowGroups(row: Element): Element[] {
  for (const selector of S.rowGroup) {
    const found = Array.from(row.querySelectorAll(selector));
    // Groups nested in a group are a cell's own markup, not a group of the row.
    const top = found.filter((g) => !found.some((o) => o !== g && o.contains(g)));
    if (top.length) return top;
  }
  return [row];
}

function nearestGroup(cell: Element, groups: readonly Element[]): Element | null {
  for (let p = cell.parentElement; p; p = p.parentElement) if (groups.includes(p)) return p;
  return null;
}

function readCell(ctx: MetaContext, cell: Element | undefined): CellRead {
  if (!cell) return ABSENT;
  if (cell.querySelector(S.loading) || cell.matches(S.loading)) return LOADING;
  const subEl = cell.querySelector(S.subLabel);
  const sub = subEl ? visibleText(subEl) : '';
  const valueEl = firstMatch(cell, S.value);
  const text = valueEl ? visibleText(valueEl) : firstFigure(cell);
  const parsed = parseDisplayedNumber(text, ctx.locale);
  return parsed.ok
    ? { state: 'shown', value: parsed.value, symbol: parsed.currencySymbol, sub }
    : { state: 'shown', value: null, symbol: null, sub, dash: DASH_ONLY.test(text) };
}

/** A cell that shows only a dash ("—"). */
const DASH_ONLY = /^[-‐‑‒–—―−]+$/;

/**
 * [I] Ads Manager shows "—" in a count or value column when nothing was
 * counted (a campaign with no purchases), not when the figure is unknown:
 * such a row really earned nothing, and must show its loss, not "n/a".
 * Ratios ("Purchase ROAS", "Cost per …") keep "—" as no value.
 */
function zeroIfDash(read: CellRead | null): CellRead | null {
  return read && read.state === 'shown' && read.value === null && read.dash ? { ...read, value: 0 } : read;
}

/** The first text of an element that passes `accept`, outside the sub-label and the overlay. */
function firstText(el: Element, accept: (text: string) => boolean): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(`${S.subLabel}, [data-real-roi]`)) continue;
    const text = (node.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    if (text && accept(text)) return text;
  }
  return '';
}

/**
 * Without a value element: the first text that holds a digit, or a dash
 * alone (S-FB-PW `getMetricText`). The sub-label never holds the value.
 */
function firstFigure(cell: Element): string {
  return firstText(cell, (t) => /\d/.test(t) || /^[-‐‑‒–—―−]+$/.test(t));
}

function firstLine(row: Element): string {
  return firstText(row, () => true);
}

function nameOf(cell: Element | undefined): { name: string | null; link: Element | null } {
  if (!cell) return { name: null, link: null };
  const link = cell.querySelector(S.nameLink);
  const tooltip = cell.querySelector(S.nameTooltip)?.getAttribute('data-tooltip-content')?.trim();
  const textEl = link ?? cell.querySelector(S.nameText);
  const name = tooltip || (textEl ? visibleText(textEl) : '') || visibleText(cell, S.subLabel);
  return { name: name || null, link };
}

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
  if (ctx.variant === 'table' && row.parentElement?.tagName === 'TFOOT') return true;
  return name !== null && TOTALS_NAME.test(name);
}

/** The four figures of a row (or the footer), with the metrics whose cell is not there yet. */
function readFigures(ctx: MetaContext, cells: Map<number, Element>) {
  const at = (role: MetaColumnRole): CellRead | null => {
    const i = ctx.roleIndex[role];
    if (i === undefined) return null;
    const read = readCell(ctx, cells.get(i));
    return role === 'purchases' || role === 'leads' || role === 'conversionValue' ? zeroIfDash(read) : read;
  };
  const pending: MetricKey[] = [];
  const figure = (metric: MetricKey, read: CellRead | null): number | null => {
    if (read && read.state !== 'shown') pending.push(metric);
    return read?.state === 'shown' ? read.value : null;
  };
  const spendRead = at('spend');
  const valueRead = at('conversionValue');
  const spend = figure('spend', spendRead);
  const conversions = figure('conversions', conversionsRead(at));
  const conversionValue = figure('conversionValue', valueRead);
  const roas = figure('roas', at('roas'));
  const symbols = [spendRead, valueRead].flatMap((r) => (r?.state === 'shown' && r.symbol ? [r.symbol] : []));
  return { spend, conversions, conversionValue, roas, pending, symbols };
}

/**
 * Conversions: the Purchases column; else Results when its result type is
 * purchases or leads; else the Leads column. A source still loading or
 * off-screen stops the search: a later source would be a guess.
 */
function conversionsRead(at: (role: MetaColumnRole) => CellRead | null): CellRead | null {
  let any: CellRead | null = null;
  for (const role of ['purchases', 'results', 'leads'] as const) {
    const read = at(role);
    if (!read) continue;
    any ??= read;
    if (read.state !== 'shown') return read;
    if (role === 'results' && !resultTypeOf(read.sub)) continue;
    if (read.value !== null) return read;
  }
  return any && { state: 'shown', value: null, symbol: null, sub: '' };
}

function anchorOf(ctx: MetaContext, cells: Map<number, Element>): Element | null {
  for (const role of ['roas', 'spend', 'purchases', 'results', 'leads', 'conversionValue', 'name'] as const) {
    const i = ctx.roleIndex[role];
    const cell = i === undefined ? undefined : cells.get(i);
    if (cell) return cell;
  }
  return cells.values().next().value ?? null;
}

// ----------------------------------------------------------------- context

function readState(ctx: MetaContext, doc: Document): TableState {
  if (!ctx.grid) return doc.querySelector(`[role="table"] ${S.loading}`) ? 'loading' : 'absent';
  const rows = bodyRows(ctx).filter((r) => !r.closest(S.footer) && r.parentElement?.tagName !== 'TFOOT');
  if (rows.length > 0) return 'ready';
  return ctx.grid.querySelector(S.loading) ? 'loading' : 'empty';
}

/**
 * One ISO currency when the money cells (spend, value) show one
 * unambiguously; else null. Runs on every pass, so it stops at a small
 * sample: an account has one currency.
 */
function readCurrency(ctx: MetaContext): string | null {
  const found = new Set<string>();
  let sampled = 0;
  let withMoney = 0;
  for (const row of bodyRows(ctx)) {
    if (sampled++ >= 25 || withMoney >= 5) break;
    const { symbols } = readFigures(ctx, cellsByColumn(ctx, row));
    if (symbols.length) withMoney++;
    for (const symbol of symbols) {
      const iso = resolveCurrency(symbol, ctx.locale);
      if (iso) found.add(iso);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

const LABELLED: readonly [MetricKey, readonly MetaColumnRole[]][] = [
  ['spend', ['spend']],
  ['conversions', ['purchases', 'results', 'leads']],
  ['conversionValue', ['conversionValue']],
  ['roas', ['roas']],
];

export function createMetaAdapter(options: MetaAdapterOptions = {}): TableAdapter<MetaContext> {
  const geometry = options.geometry ?? rectGeometry;
  return {
    platform: 'meta',
    badgePlacement: 'cell-start',
    columnName: (metric, locale) => columnNameIn(META_COLUMN_NAMES, metric, locale),

    matchesUrl(url) {
      return isMetaHost(url) && levelOf(url) !== null;
    },

    readContext(doc, url) {
      const locale = pageLocale(doc, url);
      const level = levelOf(url);
      const { grid, variant, headers } = findGrid(doc, geometry);
      const roleIndex: Partial<Record<MetaColumnRole, number>> = {};
      headers.forEach((h, i) => {
        if (h.role && roleIndex[h.role] === undefined) roleIndex[h.role] = i;
      });
      const columns = {} as Record<MetricKey, boolean>;
      const columnLabels: Partial<Record<MetricKey, string>> = {};
      for (const [metric, roles] of LABELLED) {
        const role = roles.find((r) => roleIndex[r] !== undefined);
        columns[metric] = role !== undefined;
        if (role !== undefined) columnLabels[metric] = headers[roleIndex[role]!]!.label;
      }
      const dateEl = firstMatch(doc, S.dateRange);
      const periodText = dateEl ? visibleText(dateEl) || null : null;
      const account = url.searchParams.get(ACCOUNT_PARAM)?.replace(/^act_/, '') ?? '';
      const ctx: MetaContext = {
        platform: 'meta',
        grid,
        variant,
        level,
        locale,
        headers,
        roleIndex,
        rowSelector: grid ? firstSelector(grid, S.row) : S.row[0],
        geometry,
        columnLabels,
        unknownColumns: headers.filter((h) => isUnrecognisedActionColumn(h.key, h.role)).map((h) => h.label),
        headerSignature: headers.map((h) => `${h.key ?? ''}|${h.label}|${h.role ?? ''}`).join('¦'),
        meta: {
          platform: 'meta',
          level: level ?? 'unknown',
          state: 'absent',
          locale,
          accountId: /^\d+$/.test(account) ? account : null,
          currency: null,
          period: periodText ? parseDateRange(periodText, locale) : null,
          periodText,
          columns,
        },
      };
      ctx.meta.state = readState(ctx, doc);
      ctx.meta.currency = readCurrency(ctx);
      return ctx;
    },

    rowElements: bodyRows,

    readRow(ctx, row): RowRead {
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
    },

    rowOf(ctx, node) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!el || !ctx.grid) return null;
      const row = ctx.variant === 'table' ? el.closest('tr') : el.closest(ctx.rowSelector);
      return row && ctx.grid.contains(row) && !row.closest('thead') ? row : null;
    },
  };
}

/** The adapter of the content script: layout geometry. */
export const metaAdapter = createMetaAdapter();
