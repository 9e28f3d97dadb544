/**
 * Reading one Meta cell, the same in both rendering variants: a header's
 * label and column key, a body cell's figure (or its loading skeleton), the
 * name cell's name and link.
 */
import { parseDisplayedNumber } from '../../parse';
import { firstMatch, visibleText } from '../contract/dom';
import { columnKeyOf } from './columns';
import { META_SELECTORS as S } from './selectors';

export function headerLabel(cell: Element): string {
  const title = firstMatch(cell, S.headerTitle);
  return (title ? visibleText(title, S.headerIgnored) : '') || visibleText(cell, S.headerIgnored) || cell.getAttribute('aria-label')?.trim() || '';
}

const ID_SELECTOR = `[id^="${S.headerIdPrefix}"], #${S.resultsHeaderId}`;

export function headerKey(cell: Element, box: Element): string | null {
  const surfaced = cell.closest(S.headerSurface) ?? box.querySelector(S.headerSurface);
  const idEl = cell.querySelector(ID_SELECTOR) ?? box.querySelector(ID_SELECTOR);
  return columnKeyOf(surfaced?.getAttribute('data-surface') ?? null, idEl?.id ?? null);
}

/** What one cell shows: nothing rendered, a loading skeleton, or its text. */
export type CellRead = { state: 'absent' | 'loading' } | { state: 'shown'; value: number | null; symbol: string | null; sub: string; dash?: boolean };

const ABSENT: CellRead = { state: 'absent' };
const LOADING: CellRead = { state: 'loading' };

export function readCell(locale: string, cell: Element | undefined): CellRead {
  if (!cell) return ABSENT;
  if (cell.querySelector(S.loading) || cell.matches(S.loading)) return LOADING;
  const subEl = cell.querySelector(S.subLabel);
  const sub = subEl ? visibleText(subEl) : '';
  const valueEl = firstMatch(cell, S.value);
  const text = valueEl ? visibleText(valueEl) : firstFigure(cell);
  const parsed = parseDisplayedNumber(text, locale);
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
export function zeroIfDash(read: CellRead | null): CellRead | null {
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

export function firstLine(row: Element): string {
  return firstText(row, () => true);
}

export function nameOf(cell: Element | undefined): { name: string | null; link: Element | null } {
  if (!cell) return { name: null, link: null };
  const link = cell.querySelector(S.nameLink);
  const tooltip = cell.querySelector(S.nameTooltip)?.getAttribute('data-tooltip-content')?.trim();
  const textEl = link ?? cell.querySelector(S.nameText);
  const name = tooltip || (textEl ? visibleText(textEl) : '') || visibleText(cell, S.subLabel);
  return { name: name || null, link };
}
