import { describe, expect, it } from 'vitest';
import { carriesFixedCostsInFull, computeTable, type RoiResult } from '../../../lib/roi';
import { ok } from '../../shared/results';
import { NOVEMBER, profileWith } from '../../shared/profile';

const tool = { kind: 'monthly' as const, label: 'tool', amount: 1000 };
const rows = [
  { name: 'Brand', spend: 100, conversions: 10, conversionValue: 1000 },
  { name: 'Shopping – Shoes', spend: 300, conversions: 20, conversionValue: 2500 },
  { name: 'Shopping – Bags', spend: 600, conversions: 30, conversionValue: 3000 },
];
const fixed = (r: RoiResult | null, label: string) =>
  ok(r)
    .fixedCosts.filter((l) => l.label === label)
    .reduce((t, l) => t + l.amount, 0);

describe('allocation of fixed costs by spend share', () => {
  it('splits a cost on all rows by the rows’ spend when nothing else is shown', () => {
    const t = computeTable({ rows, profile: profileWith([tool]), period: NOVEMBER });
    expect(t.rows.map((r) => fixed(r, 'tool'))).toEqual([100, 300, 600]);
  });

  it('uses the totals row as the base: it covers rows that pagination hides', () => {
    const totals = { spend: 2000, conversions: 120, conversionValue: 12000 };
    const t = computeTable({ rows, totals, profile: profileWith([tool]), period: NOVEMBER });
    expect(t.rows.map((r) => fixed(r, 'tool'))).toEqual([50, 150, 300]);
    expect(fixed(t.totals!, 'tool')).toBeCloseTo(1000, 9);
  });

  it('prefers the account total, and the table total then carries only its part', () => {
    const totals = { spend: 1000, conversions: 60, conversionValue: 6500 };
    const t = computeTable({ rows, totals, accountSpend: 4000, profile: profileWith([tool]), period: NOVEMBER });
    expect(t.rows.map((r) => fixed(r, 'tool'))).toEqual([25, 75, 150]);
    expect(fixed(t.totals!, 'tool')).toBeCloseTo(250, 9);
  });

  it('splits a scoped cost over the rows in its scope only', () => {
    const shoot = { kind: 'oneOff' as const, label: 'shoot', amount: 900, date: '2025-11-10', scope: { match: 'contains' as const, pattern: 'shopping' } };
    const t = computeTable({ rows, totals: { spend: 1000, conversions: 60, conversionValue: 6500 }, profile: profileWith([shoot]), period: NOVEMBER });
    expect(t.rows.map((r) => fixed(r, 'shoot'))).toEqual([0, 300, 600]);
    expect(fixed(t.totals!, 'shoot')).toBeCloseTo(900, 9);
  });

  it('splits equally when the base spend is zero', () => {
    const zero = rows.map((r) => ({ ...r, spend: 0 }));
    const t = computeTable({ rows: zero, profile: profileWith([tool]), period: NOVEMBER });
    for (const r of t.rows) expect(fixed(r, 'tool')).toBeCloseTo(1000 / 3, 9);
  });

  it('when every row is visible, the rows’ net profits add up to the total’s', () => {
    const profile = profileWith(
      [
        tool,
        { kind: 'staffTime', label: 'staff', hoursPerMonth: 10, hourlyRate: 40, scope: { match: 'regex', pattern: '^Shopping' } },
        { kind: 'perConversion', label: 'ship', amount: 4 },
        { kind: 'percentOfRevenue', label: 'fees', rate: 0.02 },
        { kind: 'percentOfSpend', label: 'agency', rate: 0.1 },
      ],
      { margin: { default: 0.5, rules: [{ match: 'contains', pattern: 'Bags', margin: 0.3 }] } },
    );
    const totals = { spend: 1000, conversions: 60, conversionValue: 6500 };
    const t = computeTable({ rows, totals, profile, period: NOVEMBER });
    const sum = t.rows.reduce((s, r) => s + ok(r).netProfit, 0);
    expect(ok(t.totals).netProfit).toBeCloseTo(sum, 6);
    expect(ok(t.totals).totalCost).toBeCloseTo(
      t.rows.reduce((s, r) => s + ok(r).totalCost, 0),
      6,
    );
  });

  it('a totals row with margin rules and hidden rows is incomplete, not guessed', () => {
    const profile = profileWith([], { margin: { default: 0.5, rules: [{ match: 'contains', pattern: 'Bags', margin: 0.3 }] } });
    const t = computeTable({ rows, totals: { spend: 5000, conversions: 300, conversionValue: 30000 }, profile, period: NOVEMBER });
    expect(t.totals!.status).toBe('incomplete');
    expect(t.totals!.missing).toContain('marginMix');
    expect(t.totals).not.toHaveProperty('roi');
  });

  it('filtering the table to one campaign does not load every fixed cost onto it', () => {
    const t = computeTable({
      rows: [rows[0]!],
      totals: { ...rows[0]!, name: null },
      accountSpend: 1000,
      profile: profileWith([tool]),
      period: NOVEMBER,
    });
    expect(fixed(t.rows[0]!, 'tool')).toBeCloseTo(100, 9);
    expect(fixed(t.totals!, 'tool')).toBeCloseTo(100, 9);
  });
});

describe('whether a total carries every fixed cost in full (what the popup counts)', () => {
  const totals = { spend: 1000, conversions: 60, conversionValue: 6500 };
  const profile = profileWith([tool]);
  it('does for a table total with nothing above it', () => {
    const t = computeTable({ rows, totals, profile, period: NOVEMBER });
    expect(carriesFixedCostsInFull(ok(t.totals), profile, NOVEMBER)).toBe(true);
  });
  it('does not when the account spent more than the table', () => {
    const t = computeTable({ rows, totals, accountSpend: 4000, profile, period: NOVEMBER });
    expect(carriesFixedCostsInFull(ok(t.totals), profile, NOVEMBER)).toBe(false);
  });
  it('does not when a cost is scoped to campaigns the table does not show', () => {
    const scoped = profileWith([{ ...tool, scope: { match: 'contains' as const, pattern: 'Display' } }]);
    const t = computeTable({ rows, totals, profile: scoped, period: NOVEMBER });
    expect(carriesFixedCostsInFull(ok(t.totals), scoped, NOVEMBER)).toBe(false);
  });
});
