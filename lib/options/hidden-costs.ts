/**
 * The running "hidden costs per month" total on the options page: what the
 * platform's ROAS leaves out in one calendar month. Fixed costs go through
 * the engine's proration (so a one-off counts in its own month only);
 * variable costs depend on sales, so they are listed per unit, not summed
 * into money.
 */
import { fixedCostInPeriod, isFixedCost, type CostLine, type Period } from '../roi';
import { CostSchema } from '../settings';
import type { DraftCost } from './loose';

export interface HiddenCosts {
  month: Period;
  /** Fixed costs over the month (monthly, staff time, one-off). */
  fixedTotal: number;
  fixedLines: CostLine[];
  /** Σ percent-of-revenue rates, Σ per-conversion amounts, Σ percent-of-spend rates. */
  revenueRate: number;
  perConversion: number;
  spendRate: number;
  /** Costs not counted because they are not valid yet. */
  skipped: number;
}

export function hiddenCostsInMonth(costs: readonly DraftCost[], month: Period): HiddenCosts {
  const result: HiddenCosts = {
    month,
    fixedTotal: 0,
    fixedLines: [],
    revenueRate: 0,
    perConversion: 0,
    spendRate: 0,
    skipped: 0,
  };
  for (const raw of costs) {
    const parsed = CostSchema.safeParse(raw);
    if (!parsed.success) {
      result.skipped += 1;
      continue;
    }
    const cost = parsed.data;
    if (isFixedCost(cost)) {
      const amount = fixedCostInPeriod(cost, month);
      result.fixedLines.push({ label: cost.label, kind: cost.kind, amount });
      result.fixedTotal += amount;
    } else if (cost.kind === 'percentOfRevenue') result.revenueRate += cost.rate;
    else if (cost.kind === 'perConversion') result.perConversion += cost.amount;
    else result.spendRate += cost.rate;
  }
  return result;
}
