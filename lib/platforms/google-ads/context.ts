/** What the Google Ads adapter learns once per pass: the header columns and where each metric is. */
import type { TableContext } from '../contract/adapter';
import type { Occurrences } from '../contract/occurrence';
import type { MetricKey } from '../contract/types';

export interface HeaderColumn {
  essfield: string | null;
  label: string;
  metric: MetricKey | null;
}

export interface GoogleAdsContext extends TableContext {
  headers: HeaderColumn[];
  /** Header index of each metric column found. */
  metricIndex: Partial<Record<MetricKey, number>>;
  locale: string;
  /** Row keys read this pass, for occurrence numbers (contract/occurrence.ts). */
  rowKeys: Occurrences;
}
