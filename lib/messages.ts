/**
 * The extension's runtime messages: their names and payload types, in one
 * place for sender and receiver. A payload crosses a process boundary, so
 * the receiver checks its shape before use instead of taking it on trust.
 */
import type { OverlayCatalogs } from './i18n/overlay';
import type { Period } from './roi/types';
import type { StoredSettings } from './settings/unreadable';
import { isPlatform, type Platform } from './platforms';

/** Content script → background: answer with the validated settings and the overlay's texts (`SettingsForOverlay`). */
export const GET_SETTINGS_MESSAGE = 'real-roi:get-settings';

/**
 * The settings as the background read them, with the overlay's texts in both languages: the
 * content scripts bundle no text (their size, issue 15) and still switch language with a setting.
 */
export type SettingsForOverlay = StoredSettings & { texts: OverlayCatalogs };

/** Content script → background: `{ type, read: TableRead }` (lib/history) after a complete pass. */
export const RECORD_TABLE_MESSAGE = 'real-roi:record-table';

/** Ad page or popup → background: open the options page on its guided first set-up. */
export const OPEN_SETUP_MESSAGE = 'real-roi:open-setup';

/** The options page's URL hash that starts the guided first set-up. */
export const SETUP_HASH = 'setup';

/** Background → extension pages (broadcast): the history changed. */
export const HISTORY_CHANGED_MESSAGE = 'real-roi:history-changed';

/** Content script → background: `{ type, request: TableExportRequest }` (lib/export); answer an `ExportedFile`. */
export const EXPORT_TABLE_MESSAGE = 'real-roi:export-table-csv';

/**
 * Content script → background: `{ type, request: SteerRequest }` (lib/steering/panel) when the table's
 * count below target, ROI or period changed; the background sets the toolbar badge of the sender's
 * tab and answers the panel's steering text (`PanelSteering`).
 */
export const STEER_MESSAGE = 'real-roi:steer';

/** Popup → content script: answer with the page's totals row as read (`PageTotals`), or null. */
export const PAGE_TOTALS_MESSAGE = 'real-roi:get-page-totals';

/**
 * Popup → content script: answer with a copy of the page (`PageCopy`) for the
 * diagnostic report (lib/diagnostic), built in the popup, given to the user
 * only: never sent anywhere else.
 */
export const PAGE_COPY_MESSAGE = 'real-roi:get-page-copy';

export interface PageCopy {
  url: string;
  html: string;
}

export function asPageCopy(raw: unknown): PageCopy | null {
  const r = raw as Partial<PageCopy> | null;
  return r && typeof r.url === 'string' && typeof r.html === 'string' ? { url: r.url, html: r.html } : null;
}

/**
 * What the popup's "use this page's totals" button receives from the
 * content script: the figures of the page's totals row, as read.
 */
export interface PageTotals {
  platform: Platform;
  accountId: string | null;
  currency: string | null;
  period: Period | null;
  spend: number | null;
  conversions: number | null;
  conversionValue: number | null;
  platformRoas: number | null;
  /**
   * The margin rate the total badge used: blended over the rows when campaign
   * rules give them different margins. Null when the total could not blend it
   * (then the popup falls back to the profile's default).
   */
  margin: number | null;
  /**
   * The total badge counted only a share of the fixed costs (the table's part of the account's spend, or a
   * cost scoped to other campaigns), where the popup counts each in full: the popup says its figure differs.
   */
  fixedCostsShared: boolean;
}

const rate = (v: unknown): number | null => {
  const n = num(v);
  return n !== null && n >= 0 && n <= 1 ? n : null;
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The content script's answer to `PAGE_TOTALS_MESSAGE`, or null when it is not one. */
export function asPageTotals(raw: unknown): PageTotals | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isPlatform(r['platform'])) return null;
  const p = r['period'] as { start?: unknown; end?: unknown } | null | undefined;
  const period = p && typeof p.start === 'string' && typeof p.end === 'string' && ISO.test(p.start) && ISO.test(p.end) ? { start: p.start, end: p.end } : null;
  const totals: PageTotals = {
    platform: r['platform'] as PageTotals['platform'],
    accountId: typeof r['accountId'] === 'string' ? r['accountId'] : null,
    currency: typeof r['currency'] === 'string' ? r['currency'] : null,
    period,
    spend: num(r['spend']),
    conversions: num(r['conversions']),
    conversionValue: num(r['conversionValue']),
    platformRoas: num(r['platformRoas']),
    margin: rate(r['margin']),
    fixedCostsShared: r['fixedCostsShared'] === true,
  };
  return totals.spend === null ? null : totals;
}
