/** Pending cells (Meta: loading skeletons, horizontally virtualized columns) in the view model. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../lib/overlay/view-model';
import type { Profile } from '../../../lib/roi';
import type { ExtractedRow, ExtractedTotals, MetricKey } from '../../../lib/platforms/contract/types';
import { profileWith } from '../../shared/profile';

const profile = profileWith([{ kind: 'monthly', label: 'Tool', amount: 300 }], { currency: 'USD' });
const leads: Profile = { ...profile, leadValue: { closeRate: 0.5, dealValue: 200 } };
const columns = { spend: true, conversions: true, conversionValue: true, roas: true };
const base = {
  meta: { columns, currency: 'USD', period: { start: '2025-11-01', end: '2025-11-30' }, periodText: 'Nov 1 – 30, 2025' },
  columnLabels: {},
  profileName: 'Shop',
  targetRoi: 0.5,
};
const row = (o: Partial<ExtractedRow>): ExtractedRow => ({
  key: 'a',
  name: 'a',
  spend: 100,
  conversions: 10,
  conversionValue: 600,
  roas: 6,
  pending: [],
  ...o,
});
const view = (r: ExtractedRow, p = profile) => buildModel({ ...base, profile: p, rows: [r], totals: [] }).rows[0]!;

describe('pending metrics', () => {
  it.each<[string, Partial<ExtractedRow>]>([
    ['spend', { spend: null, pending: ['spend'] }],
    ['value and ROAS', { conversionValue: null, roas: null, pending: ['conversionValue', 'roas'] }],
    ['ROAS without a value column', { conversionValue: null, roas: null, pending: ['roas'] }],
  ])('%s still loading: "loading", never a number', (_, o) => {
    const v = view(row(o));
    expect(v.roiAttr).toBe('na');
    expect(v.reasons[0]).toBe('loading');
  });

  it('a value still loading is not replaced by an estimate from the ROAS', () => {
    const v = view(row({ conversionValue: null, pending: ['conversionValue'] }));
    expect(v.result.valueEstimated).toBe(true);
    expect(v.roiAttr).toBe('na');
    expect(v.reasons).toEqual(['loading']);
  });

  it('conversions still loading on a lead campaign (they make the value): "loading"', () => {
    const v = view(row({ conversions: null, conversionValue: null, roas: null, pending: ['conversions'] }), leads);
    expect(v.reasons[0]).toBe('loading');
    expect(view(row({ conversions: 10, conversionValue: null, roas: null }), leads).roiAttr).not.toBe('na');
  });

  it('a pending metric the row does not need leaves the number alone', () => {
    expect(view(row({ roas: null, pending: ['roas'] })).roiAttr).not.toBe('na');
    expect(view(row({ conversions: null, pending: ['conversions'] })).roiAttr).not.toBe('na');
  });

  it('a totals row can be pending too', () => {
    const totals: ExtractedTotals[] = [
      { scope: 'table', label: 'Results from 1 campaign', spend: null, conversions: 10, conversionValue: 600, roas: null, pending: ['spend' as MetricKey] },
    ];
    const m = buildModel({ ...base, profile, rows: [row({})], totals });
    expect(m.totals!.reasons[0]).toBe('loading');
  });
});
