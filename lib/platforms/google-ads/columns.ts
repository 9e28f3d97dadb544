/** Which header column holds which metric: essfield first, localized label second. */
import { normalizeHeader } from '../../parse';
import type { MetricKey } from '../../table/types';
import { GOOGLE_ADS_ESSFIELDS, GOOGLE_ADS_HEADER_LABELS } from './selectors';

const byLabel = new Map<string, MetricKey>();
for (const [metric, labels] of Object.entries(GOOGLE_ADS_HEADER_LABELS)) {
  for (const label of labels) byLabel.set(normalizeHeader(label), metric as MetricKey);
}

export function metricForEssfield(essfield: string | null): MetricKey | null {
  if (!essfield) return null;
  return (GOOGLE_ADS_ESSFIELDS as Record<string, MetricKey>)[essfield] ?? null;
}

export function metricForLabel(label: string): MetricKey | null {
  return byLabel.get(normalizeHeader(label)) ?? null;
}
