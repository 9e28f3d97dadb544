/**
 * Meta Ads Manager table adapter: reads the FixedDataTable grid (fdt.ts) or
 * its `<table>` variant (html-table.ts) of docs/platform-dom.md §2.2 into
 * the platform-neutral shape. Read-only; takes a Document and a geometry
 * function.
 */
import { parseDateRange } from '../../parse';
import { columnNameIn, type TableAdapter } from '../contract/adapter';
import { firstMatch, pageLocale, visibleText } from '../contract/dom';
import type { MetricKey } from '../contract/types';
import { isUnrecognisedActionColumn, type MetaColumnRole } from './columns';
import { firstSelector, type MetaContext } from './context';
import { readCurrency } from './figures';
import { rectGeometry, type Geometry } from './geometry';
import { bodyRows, findGrid, readState } from './grid';
import { readRow, rowOf } from './row';
import { metaPeriod } from './url-period';
import { META_COLUMN_NAMES, ACCOUNT_PARAM, LEVEL_PATH, META_HOSTS, META_SELECTORS as S, type MetaLevel } from './selectors';

export type { MetaContext };

export interface MetaAdapterOptions {
  /** Left edge of an element; default: the layout (`getBoundingClientRect`). */
  geometry?: Geometry;
}

function levelOf(url: URL): MetaLevel | null {
  return (LEVEL_PATH.exec(url.pathname)?.[1] as MetaLevel | undefined) ?? null;
}

function isMetaHost(url: URL): boolean {
  if (!(META_HOSTS as readonly string[]).includes(url.hostname)) return false;
  return url.hostname === 'adsmanager.facebook.com' || url.pathname.startsWith('/adsmanager/');
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
        url,
        nameKeys: {},
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
          // The visible text wins; without one, the URL's `date=` (§7.2).
          period: metaPeriod(periodText ? parseDateRange(periodText, locale) : null, url),
          periodText,
          columns,
        },
      };
      ctx.meta.state = readState(ctx, doc);
      ctx.meta.currency = readCurrency(ctx);
      return ctx;
    },

    rowElements: bodyRows,
    readRow,
    rowOf,
  };
}

/** The adapter of the content script: layout geometry. */
export const metaAdapter = createMetaAdapter();
