import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../lib/overlay/view-model';
import { computeTable, lifetimeOfRow } from '../../../lib/roi';
import type { ExtractedRow, ExtractedTotals } from '../../../lib/platforms/contract/types';
import { NOVEMBER, profileWith } from '../../shared/profile';

const lifetime = { purchasesPerYear: 2, years: 3, newCustomerShare: 0.5 };
const profile = profileWith(
  [
    { kind: 'monthly', label: 'Tool', amount: 300 },
    { kind: 'perConversion', label: 'Ship', amount: 5 },
  ],
  { lifetime },
);
const period = NOVEMBER;
const columns = { spend: true, conversions: true, conversionValue: true, roas: true };
const row = (key: string, spend: number | null, n: number | null, v: number | null, pending: ExtractedRow['pending'] = []): ExtractedRow => ({
  key,
  name: key,
  spend,
  conversions: n,
  conversionValue: v,
  roas: null,
  pending,
});
const rows = [row('a', 100, 10, 600), row('b', 300, 20, 900), row('c', null, 2, 50), row('d', 50, 1, null, ['conversionValue'])];
const totals: ExtractedTotals[] = [{ scope: 'table', label: 'Total', spend: 450, conversions: 33, conversionValue: 1550, roas: null }];
const base = { meta: { columns, currency: 'EUR', period, periodText: 'Nov 2025' }, columnLabels: {}, profileName: 'Shop', targetRoi: 0.5 };

describe('overlay view model: the lifetime view', () => {
  const model = buildModel({ ...base, profile, rows, totals });
  const engine = computeTable({ rows: rows.map((r) => ({ ...r, platformRoas: null })), totals: { ...totals[0]!, platformRoas: null }, profile, period });

  it("carries the engine's lifetime ROI beside the ROI, totals included", () => {
    const want = (i: number) => {
      const life = lifetimeOfRow(engine.rows[i]!, lifetime);
      return life.status === 'ok' ? String(life.lifetimeRoi) : 'na';
    };
    expect(model.rows[0]!.lifetimeAttr).toBe(want(0));
    expect(model.rows[1]!.lifetimeAttr).toBe(want(1));
    expect(Number(model.rows[0]!.lifetimeAttr)).not.toBe(Number(model.rows[0]!.roiAttr));
    const life = lifetimeOfRow(engine.totals!, lifetime);
    expect(model.totals!.lifetimeAttr).toBe(life.status === 'ok' ? String(life.lifetimeRoi) : 'x');
  });

  it('says n/a on exactly the terms of the ROI: an incomplete row, a cell still loading', () => {
    expect(model.rows[2]!.roiAttr).toBe('na');
    expect(model.rows[2]!.lifetimeAttr).toBe('na');
    expect(model.rows[2]!.lifetime).toEqual({ status: 'incomplete', missing: ['spend'] });
    expect(model.rows[3]!.roiAttr).toBe('na');
    expect(model.rows[3]!.lifetimeAttr).toBe('na');
    expect(model.rows[3]!.lifetimeRoi).toBeNull();
    // A value estimated from ROAS while its cell is loading: computable, but not shown until the cell arrives.
    const loading = buildModel({ ...base, profile, rows: [{ ...row('e', 50, 1, null, ['conversionValue']), roas: 2 }], totals: [] });
    expect(loading.rows[0]!.result.status).toBe('ok');
    expect(loading.rows[0]!.lifetime?.status).toBe('ok');
    expect([loading.rows[0]!.roiAttr, loading.rows[0]!.lifetimeAttr]).toEqual(['na', 'na']);
  });

  it('has no lifetime attribute at all when the profile has no lifetime view', () => {
    const plain = buildModel({ ...base, profile: { ...profile, lifetime: null }, rows, totals });
    expect([...plain.rows, plain.totals!].every((v) => v.lifetimeAttr === null && v.lifetime === null)).toBe(true);
  });
});
