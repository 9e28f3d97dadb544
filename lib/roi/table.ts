/**
 * A whole table: fixed costs allocated to rows by spend share, and a totals
 * row that carries the fixed costs of the rows it covers (model, "Allocation
 * of fixed costs to rows"). The split and the per-row step are exported so a
 * caller that keeps results per row (the overlay's model cache) recomputes a
 * row only when its figures or its split changed, with the very same code.
 */
import { fixedCostInPeriod, isFixedCost } from './fixed-costs';
import { matchesPattern } from './patterns';
import { computeRoi, incomplete, sum } from './row';
import type { Period, Profile, RoiOk, RoiResult, RowFigures } from './types';

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

/** How one fixed cost is split over the rows: a row in scope carries spend / base, or 1 / count when base ≤ 0. */
export interface CostSplit {
  base: number;
  /** Rows in the cost's scope. */
  count: number;
  /** The totals row's share. */
  totalsShare: number;
}

/** The split of every cost of the profile (null for a variable cost) and each fixed cost's amount over the period. */
export interface TableSplit {
  costs: (CostSplit | null)[];
  fixedAmounts: number[];
}

const spendOf = (r: RowFigures): number => (typeof r.spend === 'number' && Number.isFinite(r.spend) ? r.spend : 0);

function isNum(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Is the row named `name` in the scope of each cost (indexed like `profile.costs`; variable costs: true)? */
export function scopeFlags(profile: Profile, name: string | null | undefined): boolean[] {
  return profile.costs.map((cost) => !isFixedCost(cost) || !cost.scope || matchesPattern(cost.scope, name));
}

/**
 * The split of the fixed costs over `rows`; `inScope(i)` gives row i's
 * scope flags (`scopeFlags`), which a caller may keep per row.
 */
export function splitTable(input: ComputeTableInput, inScope: (row: number) => readonly boolean[]): TableSplit {
  const { rows, profile, period } = input;
  const totals = input.totals ?? null;
  const costs = profile.costs.map((cost, j): CostSplit | null => {
    if (!isFixedCost(cost)) return null;
    let scopedSpend = 0;
    let count = 0;
    for (let i = 0; i < rows.length; i++) {
      if (!inScope(i)[j]) continue;
      scopedSpend += spendOf(rows[i]!);
      count++;
    }
    let base = scopedSpend;
    let totalsCovered = scopedSpend; // spend of the rows the totals row covers, in scope
    if (!cost.scope) {
      if (isNum(input.accountSpend)) {
        base = input.accountSpend;
        totalsCovered = isNum(totals?.spend) ? totals.spend : scopedSpend;
      } else if (isNum(totals?.spend)) {
        base = totals.spend;
        totalsCovered = totals.spend;
      }
    }
    const totalsShare = base > 0 ? Math.min(1, totalsCovered / base) : count > 0 || !cost.scope ? 1 : 0;
    return { base, count, totalsShare };
  });
  const fixedAmounts = profile.costs.map((cost) => (period && isFixedCost(cost) ? fixedCostInPeriod(cost, period) : 0));
  return { costs, fixedAmounts };
}

/** One row of the table: its shares of the fixed costs in its scope, through the per-row formulas. */
export function computeTableRow(input: ComputeTableInput, split: TableSplit, figures: RowFigures, inScope: readonly boolean[]): RoiResult {
  const share = split.costs.map((c, j) => (c && inScope[j] ? (c.base > 0 ? spendOf(figures) / c.base : 1 / c.count) : 0));
  return computeRoi({ ...common(input, split), figures, share });
}

function common(input: ComputeTableInput, split: TableSplit) {
  return { profile: input.profile, period: input.period, fixedAmounts: split.fixedAmounts, targetRoi: input.targetRoi, currency: input.currency };
}

/** The totals row, given every row's result (its blended margin needs them). */
export function computeTableTotals(input: ComputeTableInput, split: TableSplit, results: readonly RoiResult[]): RoiResult | null {
  const totals = input.totals ?? null;
  if (!totals) return null;
  const blended = blendedMargin(input.rows, totals, input.profile, results);
  const totalsResult = computeRoi({
    ...common(input, split),
    figures: { ...totals, name: null },
    share: split.costs.map((c) => c?.totalsShare ?? 0),
    marginRate: blended ?? input.profile.margin.default,
  });
  return blended == null ? markMarginMix(totalsResult) : totalsResult;
}

export function computeTable(input: ComputeTableInput): ComputeTableResult {
  const flags = input.rows.map((r) => scopeFlags(input.profile, r.name));
  const split = splitTable(input, (i) => flags[i]!);
  const results = input.rows.map((figures, i) => computeTableRow(input, split, figures, flags[i]!));
  return { rows: results, totals: computeTableTotals(input, split, results) };
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

/**
 * Whether a result carries every fixed cost of the profile over the period in full, as the popup's
 * calculator does; a table's total carries only its share when the account spent more, or when a cost
 * is scoped to campaigns it does not show. To the cent.
 */
export function carriesFixedCostsInFull(result: RoiOk, profile: Profile, period: Period): boolean {
  const full = profile.costs.reduce((s, c) => s + (isFixedCost(c) ? fixedCostInPeriod(c, period) : 0), 0);
  return full - sum(result.fixedCosts) <= 0.005;
}
