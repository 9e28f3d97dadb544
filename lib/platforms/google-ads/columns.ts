/** Which header column holds which metric: essfield first, localized label second. */
import { normalizeHeader } from '../../parse';
import type { MetricKey } from '../contract/types';
import { GOOGLE_ADS_ESSFIELDS, GOOGLE_ADS_HEADER_LABELS } from './selectors';

const byLabel = new Map<string, MetricKey>();
for (const [metric, languages] of Object.entries(GOOGLE_ADS_HEADER_LABELS)) {
  for (const labels of Object.values(languages)) for (const label of labels) byLabel.set(normalizeHeader(label), metric as MetricKey);
}

/** How Google Ads names a metric column in the page's language (English when unknown). */
export function columnNameFor(metric: MetricKey, locale: string): string {
  const names: Partial<Record<string, readonly string[]>> = GOOGLE_ADS_HEADER_LABELS[metric];
  return (names[locale.slice(0, 2).toLowerCase()] ?? names.en)![0]!;
}

export function metricForEssfield(essfield: string | null): MetricKey | null {
  if (!essfield) return null;
  return (GOOGLE_ADS_ESSFIELDS as Record<string, MetricKey>)[essfield] ?? null;
}

export function metricForLabel(label: string): MetricKey | null {
  return byLabel.get(normalizeHeader(label)) ?? null;
}
