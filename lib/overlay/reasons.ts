/**
 * Why a row or the page cannot show a number, as stable codes. The codes are
 * the `data-roi-reason` values of the testability contract and the keys of
 * the `reason.*` / `fix.*` messages.
 */
import type { RoiResult } from '../roi/types';
import type { MetricKey } from '../platforms/contract/types';

export type ReasonCode =
  | 'currency-mismatch'
  | 'spend-column-missing'
  | 'spend-unreadable'
  | 'conversions-column-missing'
  | 'conversions-unreadable'
  | 'value-missing'
  | 'period-unknown'
  | 'margin-mix'
  | 'loading'
  /**
   * Every input is there but the row cost nothing at all (C = 0: no spend, and no cost on its
   * value or conversions), so its ROI is undefined (docs/roi-model.md). Not a problem to fix.
   */
  | 'no-cost'
  /** A setting that changes the figures could not be read (lib/settings/unreadable). */
  | 'settings-repaired';

/** Every reason for one row, most fundamental first. */
export function rowReasons(result: RoiResult, columns: Record<MetricKey, boolean>, pending: readonly MetricKey[] = []): ReasonCode[] {
  const reasons: ReasonCode[] = [];
  const m = new Set(result.missing);
  if (m.has('currency')) reasons.push('currency-mismatch');
  // A loading cell is not a missing value: it will arrive. Conversions also
  // make a lead value; a value estimated from ROAS while the value cell is
  // still loading would be a guess that the cell then corrects.
  const waiting = pending.some(
    (p) =>
      (p === 'spend' && m.has('spend')) ||
      (p === 'conversions' && (m.has('conversions') || m.has('conversionValue'))) ||
      (p === 'conversionValue' && (m.has('conversionValue') || result.valueEstimated)) ||
      (p === 'roas' && m.has('conversionValue')),
  );
  if (waiting) reasons.push('loading');
  if (m.has('spend')) reasons.push(columns.spend ? 'spend-unreadable' : 'spend-column-missing');
  if (m.has('conversions')) reasons.push(columns.conversions ? 'conversions-unreadable' : 'conversions-column-missing');
  if (m.has('conversionValue')) reasons.push('value-missing');
  if (m.has('period')) reasons.push('period-unknown');
  if (m.has('marginMix')) reasons.push('margin-mix');
  // Without it the badge said n/a with no reason, shown as "no conversion value" even when the
  // value was read: the honest words are that nothing was spent. A row with a cost keeps its figure.
  if (reasons.length === 0 && result.status === 'ok' && result.roi === null) reasons.push('no-cost');
  return reasons;
}
