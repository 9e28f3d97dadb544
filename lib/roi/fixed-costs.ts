/** Amount of one fixed cost (monthly, staff time, one-off) over a period. */
import { addMonths, dayNumber, prorateMonthly } from './calendar';
import type { Cost, FixedCost, Period } from './types';

export function isFixedCost(cost: Cost): cost is FixedCost {
  return cost.kind === 'monthly' || cost.kind === 'staffTime' || cost.kind === 'oneOff';
}

/** Monthly amount and active day range of a fixed cost, or a lump sum on one day. */
function schedule(cost: FixedCost): { type: 'monthly'; amount: number; first: number; last: number } | { type: 'lump'; amount: number; day: number } {
  const NEVER = Number.NEGATIVE_INFINITY;
  const FOREVER = Number.POSITIVE_INFINITY;
  switch (cost.kind) {
    case 'monthly':
    case 'staffTime': {
      const amount = cost.kind === 'monthly' ? cost.amount : cost.hoursPerMonth * cost.hourlyRate;
      return {
        type: 'monthly',
        amount,
        first: (cost.from ? dayNumber(cost.from) : null) ?? NEVER,
        last: (cost.until ? dayNumber(cost.until) : null) ?? FOREVER,
      };
    }
    case 'oneOff': {
      const day = dayNumber(cost.date) ?? NaN;
      const k = cost.amortizeMonths ?? 0;
      if (k >= 1) {
        // The model: "a monthly cost of amount / k from date for k months".
        return { type: 'monthly', amount: cost.amount / k, first: day, last: addMonths(day, k) - 1 };
      }
      return { type: 'lump', amount: cost.amount, day };
    }
  }
}

/** The cost's amount over the inclusive period, prorated by calendar day. */
export function fixedCostInPeriod(cost: FixedCost, period: Period): number {
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  if (start == null || end == null || end < start) return 0;
  const s = schedule(cost);
  if (s.type === 'lump') return s.day >= start && s.day <= end ? s.amount : 0;
  const first = Math.max(start, s.first);
  const last = Math.min(end, s.last);
  return last < first ? 0 : prorateMonthly(s.amount, first, last);
}
