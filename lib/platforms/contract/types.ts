/**
 * What a platform adapter reads from an ad table. Platform-neutral: the
 * overlay and the engine only ever see this shape. The expected-output JSON
 * beside every fixture in tests/fixtures/<platform>/ is an `ExtractedTable`.
 */
import type { Period } from '../../roi/types';
import type { Platform } from '../index';

/** The registered platform ids (lib/platforms/index.ts). */
export type { Platform };

/** The metrics the engine needs; anything else on the page is ignored. */
export type MetricKey = 'spend' | 'conversions' | 'conversionValue' | 'roas';

export type TableState =
  | 'ready' // a grid with a header was found
  | 'loading' // the platform shows its loading state
  | 'empty' // the grid says there is no data
  | 'absent'; // no recognisable grid on the page

export interface ExtractedRow {
  /** Stable entity key (e.g. `campaign:123`), never a row index. */
  key: string;
  name: string | null;
  spend: number | null;
  conversions: number | null;
  conversionValue: number | null;
  roas: number | null;
  /** Metric columns present in the header whose cell is still loading or absent. */
  pending: MetricKey[];
}

export interface ExtractedTotals {
  /** `account` = the whole ad account over the period; `table` = the rows the table covers. */
  scope: 'account' | 'table';
  label: string;
  spend: number | null;
  conversions: number | null;
  conversionValue: number | null;
  roas: number | null;
  /** As on rows: metric columns whose totals cell is still loading or absent (optional). */
  pending?: MetricKey[];
}

export interface ExtractedTable {
  platform: Platform;
  /** e.g. `campaigns`, `adgroups`, `ads`, `keywords`, `productgroups`, `adsets`. */
  level: string;
  state: TableState;
  /** BCP 47 tag from the page (`<html lang>`, `hl=`), e.g. `fr-FR`. */
  locale: string;
  /** Visible account id: `123-456-7890` (Google Ads) or the `act=` digits (Meta). */
  accountId: string | null;
  /** ISO 4217 code if the page shows one unambiguously, else null. */
  currency: string | null;
  period: Period | null;
  /** The date text as shown, for messages ("could not read: …"). */
  periodText: string | null;
  /** Which metric columns were found in the header. */
  columns: Record<MetricKey, boolean>;
  rows: ExtractedRow[];
  totals: ExtractedTotals[];
}
