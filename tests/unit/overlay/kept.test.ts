import { describe, expect, it } from 'vitest';
import { createKeeper } from '../../../lib/overlay/kept';
import type { ExtractedRow } from '../../../lib/platforms/contract/types';

const row = (over: Partial<ExtractedRow> = {}): ExtractedRow => ({
  key: 'campaign:1',
  name: 'A',
  spend: 100,
  conversions: 4,
  conversionValue: 400,
  roas: 4,
  pending: [],
  ...over,
});

describe('values kept from cells scrolled out of view', () => {
  it('fills a pending metric with the last value the row showed, and says so', () => {
    const k = createKeeper();
    expect(k.fill('s', 'campaign:1', row())).toEqual({ row: row(), kept: false });
    const out = k.fill('s', 'campaign:1', row({ roas: null, conversionValue: null, pending: ['roas', 'conversionValue'] }));
    expect(out.kept).toBe(true);
    expect(out.row).toMatchObject({ roas: 4, conversionValue: 400, pending: [] });
  });

  it('keeps nothing for a row never seen with that value, nor for another row', () => {
    const k = createKeeper();
    k.fill('s', 'campaign:1', row({ roas: null, pending: ['roas'] }));
    const again = k.fill('s', 'campaign:1', row({ roas: null, pending: ['roas'] }));
    expect(again).toMatchObject({ kept: false, row: { roas: null, pending: ['roas'] } });
    k.fill('s', 'campaign:2', row({ key: 'campaign:2', roas: 9 }));
    expect(k.fill('s', 'campaign:1', row({ roas: null, pending: ['roas'] })).kept).toBe(false);
  });

  it('drops every kept value when the scope (period, filters, settings) changes', () => {
    const k = createKeeper();
    k.fill('period A', 'campaign:1', row());
    expect(k.fill('period B', 'campaign:1', row({ roas: null, pending: ['roas'] })).kept).toBe(false);
  });

  it('keeps the latest value shown, not the first', () => {
    const k = createKeeper();
    k.fill('s', 'campaign:1', row({ spend: 100 }));
    k.fill('s', 'campaign:1', row({ spend: 250 }));
    expect(k.fill('s', 'campaign:1', row({ spend: null, pending: ['spend'] })).row.spend).toBe(250);
  });

  it('gives a read seen again its earlier answer (the same object), unless its key showed other values since', () => {
    const k = createKeeper();
    k.fill('s', 'campaign:1', row({ roas: 4 }));
    const loading = row({ roas: null, pending: ['roas'] });
    const first = k.fill('s', 'campaign:1', loading);
    expect(k.fill('s', 'campaign:1', loading).row).toBe(first.row);
    // Another read of the same key showed 6: the loading read is filled anew.
    k.fill('s', 'campaign:1', row({ roas: 6 }));
    const after = k.fill('s', 'campaign:1', loading);
    expect(after.row).not.toBe(first.row);
    expect(after.row.roas).toBe(6);
    // In another scope nothing is kept, whatever was answered before.
    expect(k.fill('t', 'campaign:1', loading)).toEqual({ row: loading, kept: false });
  });
});
