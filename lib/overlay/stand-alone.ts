/**
 * Which rows' figures can be computed without reading the others: the
 * allocation base of fixed costs is what needs the whole table (model,
 * "Allocation of fixed costs to rows"). A cost on all rows is split on the
 * account's or the totals row's spend, which the page shows; a scoped cost
 * is split on the spend of the rows in its scope, so a row in the scope of
 * a scoped cost that costs something in the period needs every row. The
 * totals' own figure may need every row too (a blended margin). Pure.
 */
import { fixedCostInPeriod, isFixedCost, matchesPattern } from '../roi';
import type { Period, Profile } from '../roi/types';
import type { ExtractedTotals } from '../platforms/contract/types';
import { primaryTotals } from './view-model';

export interface StandAlone {
  /** Can this row be computed alone? */
  row(name: string | null): boolean;
  /** Can the totals row be computed without the rows? */
  totals: boolean;
}

const isNum = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** Null when no row can be computed alone (the allocation base is the sum of the rows). */
export function standAlone(profile: Profile, period: Period | null, totals: readonly ExtractedTotals[]): StandAlone | null {
  const active = period ? profile.costs.filter((c) => isFixedCost(c) && fixedCostInPeriod(c, period) !== 0) : [];
  const scoped = active.flatMap((c) => (isFixedCost(c) && c.scope ? [c.scope] : []));
  if (active.length > scoped.length) {
    const primary = primaryTotals(totals);
    const account = totals.find((t) => t.scope === 'account');
    const base = account && account !== primary && isNum(account.spend) ? account.spend : primary?.spend;
    if (!isNum(base) || base <= 0) return null;
  }
  return {
    row: (name) => !scoped.some((s) => matchesPattern(s, name)),
    totals: scoped.length === 0 && profile.margin.rules.length === 0,
  };
}
