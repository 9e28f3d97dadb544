/**
 * Meta draws only the cells on screen: a metric column scrolled sideways out
 * of view leaves its rows without that figure. Rather than flash "…", a row
 * keeps the last value it showed for that metric, as long as nothing that
 * could change it changed (the scope: period, filters in the URL, settings,
 * columns). The rows that use a kept value are named, so the badge can say
 * so. Pure; one instance per page. A read seen again in the same scope,
 * when no other read of its key came since, gets its earlier answer (the
 * same object), so the model cache knows the row did not change.
 */
import type { ExtractedRow, ExtractedTotals, MetricKey } from '../platforms/contract/types';
import { primaryTotals, TOTALS_KEY } from './view-model';

const METRICS: readonly MetricKey[] = ['spend', 'conversions', 'conversionValue', 'roas'];

type Figures = Partial<Record<MetricKey, number | null>>;

export interface Keeper {
  /**
   * Fill the pending metrics of `row` (under `key`) from its last shown
   * values in `scope`; returns the row itself when nothing was filled.
   */
  fill<R extends ExtractedRow | ExtractedTotals>(scope: string, key: string, row: R): { row: R; kept: boolean };
}

export function createKeeper(): Keeper {
  let scope = '';
  let last = new Map<string, Figures>();
  let answers = new WeakMap<object, { key: string; stamp: number; row: ExtractedRow | ExtractedTotals; kept: boolean }>();
  // Per key, the fill that last wrote its values.
  let stamps = new Map<string, number>();
  let fills = 0;
  return {
    fill(s, key, row) {
      if (s !== scope) {
        scope = s;
        last = new Map();
        answers = new WeakMap();
        stamps = new Map();
      }
      const known = answers.get(row);
      if (known?.key === key && known.stamp === stamps.get(key)) return { row: known.row as typeof row, kept: known.kept };
      const answer = fillRow(last, key, row);
      stamps.set(key, ++fills);
      answers.set(row, { key, stamp: fills, ...answer });
      return answer;
    },
  };
}

function fillRow<R extends ExtractedRow | ExtractedTotals>(last: Map<string, Figures>, key: string, row: R): { row: R; kept: boolean } {
  const pending = row.pending ?? [];
  let seen = last.get(key);
  if (!seen) last.set(key, (seen = {}));
  for (const m of METRICS) if (!pending.includes(m)) seen[m] = row[m];
  if (pending.length === 0) return { row, kept: false };
  const filled = pending.filter((m) => seen[m] !== undefined);
  if (filled.length === 0) return { row, kept: false };
  const copy = { ...row, pending: pending.filter((m) => seen[m] === undefined) };
  for (const m of filled) copy[m] = seen[m] ?? null;
  return { row: copy, kept: true };
}

/**
 * A pass's rows and totals through the keeper: rows by their key, the
 * primary totals row as `total`. `kept` names the rows that use a kept value.
 */
export function keepAll(keeper: Keeper, scope: string, rows: readonly ExtractedRow[], totals: readonly ExtractedTotals[]) {
  const kept = new Set<string>();
  const keep = <R extends ExtractedRow | ExtractedTotals>(key: string, r: R): R => {
    const filled = keeper.fill(scope, key, r);
    if (filled.kept) kept.add(key);
    return filled.row;
  };
  const primary = primaryTotals(totals);
  return {
    rows: rows.map((r) => keep(r.key, r)),
    totals: totals.map((t) => (t === primary ? keep(TOTALS_KEY, t) : t)),
    kept,
  };
}
