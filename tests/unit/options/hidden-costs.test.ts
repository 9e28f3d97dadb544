import { describe, expect, it } from 'vitest';
import { hiddenCostsInMonth } from '../../../lib/options/hidden-costs';
import type { DraftCost } from '../../../lib/options/loose';
import { monthOf } from '../../../lib/dates';
import { exampleSettings, NOVEMBER_2025 } from './fixtures';

const costs = exampleSettings().profiles[0]!.costs;

describe('hidden costs per month', () => {
  it('worked example 1 in November 2025: 675 + 120 + 300 fixed, 2 % of revenue, 6 per order', () => {
    const s = hiddenCostsInMonth(costs, NOVEMBER_2025);
    expect(s.fixedTotal).toBe(1095);
    expect(s.fixedLines.map((l) => [l.label, l.amount])).toEqual([
      ['Campaign management', 675],
      ['Bid tool', 120],
      ['Product photos', 300],
    ]);
    expect(s.revenueRate).toBe(0.02);
    expect(s.perConversion).toBe(6);
    expect(s.spendRate).toBe(0);
    expect(s.skipped).toBe(0);
  });

  it('counts a one-off only in its own month', () => {
    expect(hiddenCostsInMonth(costs, { start: '2025-12-01', end: '2025-12-31' }).fixedTotal).toBe(795);
  });

  it('prorates a cost that starts mid-month and spreads an amortized one-off', () => {
    const s = hiddenCostsInMonth(
      [
        { kind: 'monthly', label: 'Tool', amount: 300, from: '2025-11-16' },
        { kind: 'oneOff', label: 'Video', amount: 600, date: '2025-11-01', amortizeMonths: 3 },
      ],
      NOVEMBER_2025,
    );
    expect(s.fixedLines.map((l) => l.amount)).toEqual([150, 200]);
  });

  it('sums rates of the same kind and skips costs that are not valid yet', () => {
    const draft: DraftCost[] = [
      { kind: 'percentOfRevenue', label: 'Card', rate: 0.015 },
      { kind: 'percentOfRevenue', label: 'Marketplace', rate: 0.1 },
      { kind: 'percentOfSpend', label: 'Agency', rate: 0.12 },
      { kind: 'monthly', label: 'Half typed', amount: null },
      { kind: 'perConversion', label: 'Bad', amount: Number.NaN },
    ];
    const s = hiddenCostsInMonth(draft, NOVEMBER_2025);
    expect(s.revenueRate).toBeCloseTo(0.115, 12);
    expect(s.spendRate).toBe(0.12);
    expect(s.fixedTotal).toBe(0);
    expect(s.skipped).toBe(2);
  });

  it('uses the calendar month of the given day', () => {
    expect(monthOf(new Date(2025, 1, 14))).toEqual({ start: '2025-02-01', end: '2025-02-28' });
    expect(monthOf(new Date(2024, 1, 29))).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });
});
