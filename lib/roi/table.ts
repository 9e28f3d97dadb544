/**
 * A whole table: fixed costs allocated to rows by spend share, and a totals
 * row that carries the fixed costs of the rows it covers (model, "Allocation
 * of fixed costs to rows").
 */
import { fixedCostInPeriod, isFixedCost } from './fixed-costs';
import { matchesPattern } from './patterns';
import { computeRoi, incomplete } from './row';
import type { Period, Profile, RoiResult, RowFigures } from './types';

export interface ComputeTableInput {
  rows: readonly RowFigures[];
  /** The table's totals row (it also covers rows that pagination hides). */
  totals?: RowFigures | null;
  /** The whole account's spend over the period (Google Ads "Total: Account"). */
  accountSpend?: number | null;
  profile: Profile;
  period: Period | null;
  targetRoi?: number;
  currency?: string | null;
}

export interface ComputeTableResult {
  rows: RoiResult[];
  totals: RoiResult | null;
}

const spendOf = (r: RowFigures): number => (typeof r.spend === 'number' && Number.isFinite(r.spend) ? r.spend : 0);

function isNum(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

export function computeTable(input: ComputeTableInput): ComputeTableResult {
  const { rows, profile } = input;
  const totals = input.totals ?? null;
  const rowShares: number[][] = rows.map(() => profile.costs.map(() => 0));
  const totalsShares: number[] = profile.costs.map(() => 0);

  profile.costs.forEach((cost, j) => {
    if (!isFixedCost(cost)) return;
    const scope = cost.scope;
    const inScope = rows.map((r) => !scope || matchesPattern(scope, r.name));
    const scopedSpend = rows.reduce((t, r, i) => t + (inScope[i] ? spendOf(r) : 0), 0);
    let base = scopedSpend;
    let totalsCovered = scopedSpend; // spend of the rows the totals row covers, in scope
    if (!scope) {
      if (isNum(input.accountSpend)) {
        base = input.accountSpend;
        totalsCovered = isNum(totals?.spend) ? totals.spend : scopedSpend;
      } else if (isNum(totals?.spend)) {
        base = totals.spend;
        totalsCovered = totals.spend;
      }
    }
    const count = inScope.filter(Boolean).length;
    rows.forEach((r, i) => {
      if (!inScope[i]) return;
      rowShares[i]![j] = base > 0 ? spendOf(r) / base : 1 / count;
    });
    totalsShares[j] = base > 0 ? Math.min(1, totalsCovered / base) : count > 0 || !scope ? 1 : 0;
  });

  const period = input.period;
  const fixedAmounts = profile.costs.map((cost) => (period && isFixedCost(cost) ? fixedCostInPeriod(cost, period) : 0));
  const common = {
    profile,
    period,
    fixedAmounts,
    targetRoi: input.targetRoi,
    currency: input.currency,
  };
  const results = rows.map((figures, i) => computeRoi({ ...common, figures, share: rowShares[i] }));
  if (!totals) return { rows: results, totals: null };

  const blended = blendedMargin(rows, totals, profile, results);
  const totalsResult = computeRoi({
    ...common,
    figures: { ...totals, name: null },
    share: totalsShares,
    marginRate: blended ?? profile.margin.default,
  });
  return { rows: results, totals: blended == null ? markMarginMix(totalsResult) : totalsResult };
}

/**
 * The totals row has no campaign name, so per-campaign margin rules cannot
 * be applied to it directly. With no rules, the default margin is exact.
 * With rules, the value-weighted margin of the rows is exact only when the
 * rows read cover the totals; otherwise it is unknown (NaN).
 */
function blendedMargin(rows: readonly RowFigures[], totals: RowFigures, profile: Profile, results: readonly RoiResult[]): number | null {
  if (profile.margin.rules.length === 0) return profile.margin.default;
  if (!covers(rows, totals, results)) return null;
  let value = 0;
  let weighted = 0;
  results.forEach((res) => {
    const v = res.conversionValue ?? 0;
    value += v;
    weighted += v * res.marginRate;
  });
  return value > 0 ? weighted / value : profile.margin.default;
}

/** Do the rows read add up to the totals row (within display rounding)? */
function covers(rows: readonly RowFigures[], totals: RowFigures, results: readonly RoiResult[]): boolean {
  const tolerance = 0.006 * (rows.length + 1);
  const close = (total: number | null | undefined, parts: number[]) => {
    if (!isNum(total)) return true;
    const sum = parts.reduce((t, x) => t + x, 0);
    return Math.abs(sum - total) <= Math.max(tolerance, Math.abs(total) * 1e-6);
  };
  return (
    close(totals.spend, rows.map(spendOf)) &&
    close(
      totals.conversionValue,
      results.map((r) => r.conversionValue ?? 0),
    )
  );
}

function markMarginMix(r: RoiResult): RoiResult {
  return incomplete(r, [...r.missing, 'marginMix']);
}
