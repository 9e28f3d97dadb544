/**
 * Google Ads table adapter: reads the ESS particle table (docs/platform-dom.md
 * §1) into the platform-neutral shape. Read-only; takes a Document. The page
 * around the rows is read in grid.ts, each row in row.ts.
 */
import { parseDateRange } from '../../parse';
import type { TableAdapter } from '../contract/adapter';
import { firstMatch, pageLocale, visibleText } from '../contract/dom';
import type { MetricKey } from '../contract/types';
import { columnNameFor, metricForEssfield } from './columns';
import type { GoogleAdsContext } from './context';
import { cachedCurrency } from './currency';
import { findGrid, isHeaderRow, levelOf, readAccountId, readHeader, readState } from './grid';
import { METRICS, readRow } from './row';
import { GOOGLE_ADS_SELECTORS as S } from './selectors';

export type { GoogleAdsContext };

export const googleAdsAdapter: TableAdapter<GoogleAdsContext> = {
  platform: 'google-ads',

  matchesUrl(url) {
    return url.hostname === 'ads.google.com' && levelOf(url) !== null;
  },

  readContext(doc, url) {
    const locale = pageLocale(doc, url);
    const grid = findGrid(doc);
    const headerRow = grid
      ? (grid.querySelector(`.particle-table-header${S.row}`) ?? Array.from(grid.querySelectorAll(S.row)).find(isHeaderRow) ?? grid)
      : null;
    // The checkbox column is no column of figures: never counted, so positions align without it.
    const headers = headerRow
      ? Array.from(headerRow.querySelectorAll(S.headerCell))
          .filter((h) => !h.matches(S.toolsCell))
          .map(readHeader)
      : [];
    const metricIndex: Partial<Record<MetricKey, number>> = {};
    // essfield matches first, labels second, so a label never overrides a key.
    for (const pass of ['essfield', 'label'] as const) {
      headers.forEach((h, i) => {
        if (!h.metric || metricIndex[h.metric] !== undefined) return;
        if ((pass === 'essfield') === (metricForEssfield(h.essfield) !== null)) metricIndex[h.metric] = i;
      });
    }
    const columnLabels: Partial<Record<MetricKey, string>> = {};
    for (const m of METRICS) if (metricIndex[m] !== undefined) columnLabels[m] = headers[metricIndex[m]!]!.label;
    const dateEl = firstMatch(doc, S.dateRange);
    const periodText = dateEl ? visibleText(dateEl) || null : null;
    const ctx: GoogleAdsContext = {
      platform: 'google-ads',
      grid,
      headers,
      metricIndex,
      locale,
      rowKeys: {},
      columnLabels,
      unknownColumns: headers.filter((h) => !h.metric && h.essfield?.startsWith('stats.')).map((h) => h.label),
      headerSignature: headers.map((h) => `${h.essfield ?? ''}|${h.label}`).join('¦'),
      meta: {
        platform: 'google-ads',
        level: levelOf(url) ?? 'unknown',
        state: readState(grid, doc),
        locale,
        accountId: readAccountId(doc),
        currency: null,
        period: periodText ? parseDateRange(periodText, locale) : null,
        periodText,
        columns: {
          spend: metricIndex.spend !== undefined,
          conversions: metricIndex.conversions !== undefined,
          conversionValue: metricIndex.conversionValue !== undefined,
          roas: metricIndex.roas !== undefined,
        },
      },
    };
    ctx.meta.currency = cachedCurrency(ctx);
    return ctx;
  },

  // No layout read: the grid, its header, the date range and the account lie outside the data rows. The
  // currency is read from rows while it is unknown: then the context is read again.
  sameContext: (ctx) => (ctx.meta.currency === null ? null : { ...ctx, rowKeys: {} }),

  rowElements(ctx) {
    return ctx.grid ? Array.from(ctx.grid.querySelectorAll(S.row)) : [];
  },

  readRow,

  rowOf(ctx, node) {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const row = el?.closest(S.row) ?? null;
    return row && ctx.grid?.contains(row) ? row : null;
  },

  columnName: columnNameFor,
};
