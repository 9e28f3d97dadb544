/**
 * The diagnostic report: what an adapter sees on a page, for the day a user
 * with a live account finds the overlay wrong (platform-dom.md §6). Built
 * from a copy of the page in the popup, never in the content script's hot
 * path; anonymized (anonymize.ts); given to the user, never sent anywhere.
 */
import type { TableAdapter, TableContext } from '../platforms/contract/adapter';
import { collapse } from '../platforms/contract/dom';
import type { ExtractedRow, ExtractedTotals } from '../platforms/contract/types';
import { digitShape, keyShape, nameHasher, numberShape, textShape, type Hasher } from './anonymize';

const MAX_ROWS = 60;
const SKELETON_ROWS = 3;
const SKELETON_NODES = 250;
const SKELETON_DEPTH = 16;
/** Attributes that say how a table is built; their values are shaped unless listed as verbatim. */
const KEPT = ['role', 'essfield', 'data-surface', 'id', 'aria-sort', 'sorting', 'data-pagelet', 'data-testid', 'aria-busy', 'colspan'];
const VERBATIM = new Set(['role', 'essfield', 'aria-sort', 'sorting', 'data-pagelet', 'data-testid', 'aria-busy', 'colspan']);

export interface DiagnosticReport {
  kind: 'real-roi-diagnostic';
  version: 1;
  extensionVersion: string | null;
  page: { host: string; path: string; query: Record<string, string>; lang: string | null };
  table: Record<string, unknown>;
  headers: { label: string; tag: string; classes: string; attributes: Record<string, string> }[];
  rows: { elements: number; data: number; totals: number; skipped: number; duplicateKeys: number; read: unknown[]; totalsRead: unknown[] };
  structure: string[];
}

/** One element as a line: tag, classes, the attributes that matter, its own text shaped. */
function describe(el: Element, hash: Hasher): string {
  let line = el.tagName.toLowerCase();
  const cls = el.getAttribute('class')?.trim();
  if (cls) line += `.${cls.split(/\s+/).join('.')}`;
  for (const a of KEPT) {
    const v = el.getAttribute(a);
    if (v !== null) line += `[${a}=${VERBATIM.has(a) ? v : digitShape(v)}]`;
  }
  const style = el.getAttribute('style') ?? '';
  const geo = style.match(/(?:^|;)\s*(left|transform)\s*:[^;]*/g);
  if (geo) line += `[style=${geo.map((g) => g.replace(/^;\s*/, '').trim()).join('; ')}]`;
  const href = el.getAttribute('href');
  if (href) line += `[href=${digitShape(href.replace(/=[^&]*[A-Za-z][^&]*/g, '=…'))}]`;
  const tooltip = el.getAttribute('data-tooltip-content');
  if (tooltip !== null) line += `[data-tooltip-content=${hash(tooltip)}]`;
  let text = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) text += (c as Text).data;
  text = collapse(text);
  return text ? `${line} "${textShape(text)}"` : line;
}

/** The element tree of a row, one line per element, indented; bounded in depth and size. */
export function skeleton(root: Element, hash: Hasher): string {
  const lines: string[] = [];
  const walk = (el: Element, depth: number) => {
    if (lines.length >= SKELETON_NODES) return;
    if (el.hasAttribute('data-real-roi')) return;
    lines.push(`${'  '.repeat(depth)}${describe(el, hash)}`);
    if (depth < SKELETON_DEPTH) for (const child of Array.from(el.children)) walk(child, depth + 1);
  };
  walk(root, 0);
  if (lines.length >= SKELETON_NODES) lines.push('…');
  return lines.join('\n');
}

function figures(r: ExtractedRow | ExtractedTotals) {
  return {
    spend: numberShape(r.spend),
    conversions: numberShape(r.conversions),
    conversionValue: numberShape(r.conversionValue),
    roas: numberShape(r.roas),
    pending: r.pending ?? [],
  };
}

export interface ReportInput<Ctx extends TableContext> {
  doc: Document;
  url: URL;
  adapter: TableAdapter<Ctx>;
  extensionVersion?: string | null;
  /** Random per report, never in it: hashes compare names within one report only. */
  salt: string;
}

export function buildReport<Ctx extends TableContext>({ doc, url, adapter, extensionVersion = null, salt }: ReportInput<Ctx>): DiagnosticReport {
  const hash = nameHasher(salt);
  const ctx = adapter.readContext(doc, url);
  const query: Record<string, string> = {};
  url.searchParams.forEach((v, k) => {
    query[k] = digitShape(v);
  });
  const { meta } = ctx;
  const headerCells = ctx.grid ? Array.from(ctx.grid.querySelectorAll('[role="columnheader"], th')) : [];
  const elements = adapter.rowElements(ctx);
  const read: unknown[] = [];
  const totalsRead: unknown[] = [];
  const keys: string[] = [];
  let skipped = 0;
  for (const el of elements) {
    const r = adapter.readRow(ctx, el);
    if (r.type === 'skip') skipped++;
    else if (r.type === 'totals') totalsRead.push({ scope: r.totals.scope, label: digitShape(r.totals.label), ...figures(r.totals) });
    else {
      keys.push(r.row.key);
      if (read.length < MAX_ROWS) read.push({ key: keyShape(r.row.key, hash), name: r.row.name === null ? null : hash(r.row.name), ...figures(r.row) });
    }
  }
  return {
    kind: 'real-roi-diagnostic',
    version: 1,
    extensionVersion,
    page: { host: url.hostname, path: url.pathname, query, lang: doc.documentElement.getAttribute('lang') },
    table: {
      platform: meta.platform,
      matchesUrl: adapter.matchesUrl(url),
      level: meta.level,
      state: meta.state,
      locale: meta.locale,
      accountId: meta.accountId === null ? null : digitShape(meta.accountId),
      currency: meta.currency,
      period: meta.period,
      periodText: meta.periodText === null ? null : digitShape(meta.periodText),
      columns: meta.columns,
      columnLabels: ctx.columnLabels,
      unknownColumns: ctx.unknownColumns,
      headerSignature: ctx.headerSignature,
      grid: ctx.grid ? describe(ctx.grid, hash) : null,
    },
    headers: headerCells.map((h) => {
      const attributes: Record<string, string> = {};
      const withAttr = [h, ...Array.from(h.querySelectorAll('[essfield], [data-surface], [id]')), h.closest('[data-surface]')];
      for (const el of withAttr) {
        for (const a of ['essfield', 'data-surface', 'id', 'aria-label', 'aria-sort']) {
          const v = el?.getAttribute(a);
          if (v && !(a in attributes)) attributes[a] = digitShape(v);
        }
      }
      return { label: collapse(h.textContent ?? ''), tag: h.tagName.toLowerCase(), classes: h.getAttribute('class') ?? '', attributes };
    }),
    rows: {
      elements: elements.length,
      data: keys.length,
      totals: totalsRead.length,
      skipped,
      duplicateKeys: keys.length - new Set(keys).size,
      read,
      totalsRead,
    },
    structure: [
      ...elements.slice(0, SKELETON_ROWS + 1).map((el) => skeleton(el, hash)),
      // The totals rows, wherever they sit.
      ...elements
        .slice(SKELETON_ROWS + 1)
        .filter((el) => adapter.readRow(ctx, el).type === 'totals')
        .map((el) => skeleton(el, hash)),
    ],
  };
}
