import { describe, expect, it } from 'vitest';
import { buildSnapshot, entryId, HistoryEntrySchema, incompleteBecause, SNAPSHOT_VERSION } from '../../../lib/history';
import { entry, read } from './helpers';

describe('snapshot building', () => {
  it('keeps the inputs as read and nothing computed', () => {
    const e = entry();
    expect(e.v).toBe(SNAPSHOT_VERSION);
    expect(e.rows[0]).toEqual({ key: 'campaign:1', name: 'Shopping', spend: 2000, conversions: 60, conversionValue: 12000, roas: 6 });
    expect(e.totals[0]).toEqual({ scope: 'table', label: 'Total: Campaigns', spend: 2500, conversions: 75, conversionValue: 15000, roas: 6 });
    const text = JSON.stringify(e);
    expect(text).not.toMatch(/"roi"|netProfit|pending/);
    expect(HistoryEntrySchema.safeParse(e).success).toBe(true);
  });

  it('is refused while a cell is pending, the period is unknown, the spend column or the account is missing', () => {
    const pendingRow = read().rows.map((r, i) => (i === 0 ? { ...r, pending: ['conversionValue' as const] } : r));
    expect(incompleteBecause(read({ rows: pendingRow }))).toBe('pending');
    expect(incompleteBecause(read({ totals: [{ ...read().totals[0]!, pending: ['spend'] }] }))).toBe('pending');
    expect(incompleteBecause(read({ period: null }))).toBe('period');
    expect(incompleteBecause(read({ columns: { spend: false, conversions: true, conversionValue: true, roas: true } }))).toBe('spend-column');
    expect(incompleteBecause(read({ accountId: null }))).toBe('account');
    expect(incompleteBecause(read({ rows: [], totals: [] }))).toBe('empty');
    expect(buildSnapshot(read({ period: null }))).toBeNull();
    expect(incompleteBecause(read())).toBeNull();
  });

  it('identifies a table by platform, account, level, period and filter', () => {
    const a = entry();
    expect(a.id).toBe('google-ads|123-456-7890|campaigns|2025-11-01|2025-11-30|total: campaigns');
    // The same table seen later, with other figures: same identity.
    expect(entry({ capturedAt: '2026-01-05T08:00:00.000Z', rows: [] }).id).toBe(a.id);
    // Whitespace and case in the label do not make another table.
    expect(entry({ totals: [{ ...read().totals[0]!, label: '  total:   CAMPAIGNS ' }] }).id).toBe(a.id);
    // Meta's label counts the rows: a new campaign does not make another table.
    const meta = (label: string) => entry({ platform: 'meta', accountId: '42', totals: [{ ...read().totals[0]!, label }] }).id;
    expect(meta('Results from 5 campaigns')).toBe(meta('Results from 6 campaigns'));
    const others = [
      entry({ platform: 'meta', accountId: '123' }),
      entry({ accountId: '999-456-7890' }),
      entry({ level: 'adgroups' }),
      entry({ period: { start: '2025-11-01', end: '2025-11-29' } }),
      entry({ totals: [{ ...read().totals[0]!, label: 'Total: Filtered campaigns' }] }),
    ];
    expect(new Set([a.id, ...others.map((e) => e.id)]).size).toBe(6);
    expect(others.every((e) => e.id === entryId(e))).toBe(true);
  });

  it('turns unreadable figures into null, not zero', () => {
    const rows = [{ key: 'campaign:1', name: null, spend: Number.NaN, conversions: null, conversionValue: Infinity, roas: 2, pending: [] }];
    const e = entry({ rows });
    expect(e.rows[0]).toEqual({ key: 'campaign:1', name: null, spend: null, conversions: null, conversionValue: null, roas: 2 });
  });
});
