import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MetricKey } from '../../../lib/platforms/contract/types';
import { exportHistory, liftEntry, parseHistoryFile, planMerge, readEntry, type EntryMigration } from '../../../lib/history';
import { entry, read } from './helpers';

const NOW = new Date('2026-01-10T00:00:00Z');

describe('history file', () => {
  it('round-trips any set of valid entries', () => {
    const figure = fc.option(fc.double({ min: 0, max: 1e7, noNaN: true }), { nil: null });
    const rowArb = fc.record({
      key: fc.string({ minLength: 1, maxLength: 20 }),
      name: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
      spend: figure,
      conversions: figure,
      conversionValue: figure,
      roas: figure,
      pending: fc.constant<MetricKey[]>([]),
    });
    const entryArb = fc
      .record({
        day: fc.integer({ min: 1, max: 28 }),
        len: fc.integer({ min: 0, max: 60 }),
        level: fc.constantFrom('campaigns', 'adgroups', 'adsets'),
        rows: fc.uniqueArray(rowArb, { selector: (r) => r.key, maxLength: 8 }),
      })
      .map(({ day, len, level, rows }) => {
        const start = `2025-10-${String(day).padStart(2, '0')}`;
        const end = new Date(Date.parse(start) + len * 86_400_000).toISOString().slice(0, 10);
        return entry({ level, rows, period: { start, end } });
      });
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 6 }), (entries) => {
        const parsed = parseHistoryFile(JSON.stringify(exportHistory(entries, NOW)));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(new Set(parsed.entries.map((e) => JSON.stringify(e)))).toEqual(new Set(entries.map((e) => JSON.stringify(e))));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a bad file whole, saying where', () => {
    const good = exportHistory([entry(), entry({ level: 'adgroups' })], NOW);
    const cases: [string, RegExp][] = [
      ['{not json', /not JSON/],
      [JSON.stringify({ kind: 'real-roi-settings', version: 1, entries: [] }), /not a Real ROI history file/],
      [JSON.stringify({ ...good, version: 99 }), /newer version/],
      [JSON.stringify({ ...good, entries: [good.entries[0], { ...good.entries[1], rows: [{ key: 'x' }] }] }), /entries\.1\.rows\.0/],
      [JSON.stringify({ ...good, entries: [{ ...good.entries[0], roi: 1.07 }] }), /entries\.0/],
      [JSON.stringify({ ...good, entries: [{ ...good.entries[0], id: 'forged' }] }), /entries\.0\.id/],
      [JSON.stringify({ ...good, entries: [good.entries[0], good.entries[0]] }), /the same table twice/],
      [JSON.stringify({ ...good, entries: [{ ...good.entries[0], period: { start: '2025-11-30', end: '2025-11-01' } }] }), /period/],
    ];
    for (const [text, problem] of cases) {
      const parsed = parseHistoryFile(text);
      expect(parsed.ok, text.slice(0, 60)).toBe(false);
      if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(problem);
    }
  });

  it('merges by key: new tables are added, a later capture replaces, an older one is ignored', () => {
    const stored = entry({ capturedAt: '2025-12-10T00:00:00Z' });
    const storedOther = entry({ level: 'adgroups', capturedAt: '2025-12-10T00:00:00Z' });
    const map = new Map([
      [stored.id, stored],
      [storedOther.id, storedOther],
    ]);
    const later = entry({ capturedAt: '2025-12-20T00:00:00Z', rows: [] });
    const older = entry({ level: 'adgroups', capturedAt: '2025-12-01T00:00:00Z' });
    const fresh = entry({ period: { start: '2025-11-24', end: '2025-11-30' } });
    const plan = planMerge(map, [later, older, fresh]);
    expect(plan).toMatchObject({ added: 1, replaced: 1, kept: 1 });
    expect(plan.put.map((e) => e.id).sort()).toEqual([later.id, fresh.id].sort());
  });
});

describe('snapshot format migrations', () => {
  it('reads the current version and refuses newer or unversioned records', () => {
    expect(readEntry(entry()).ok).toBe(true);
    expect(readEntry({ ...entry(), v: 2 })).toMatchObject({ ok: false });
    expect(readEntry({ ...entry(), v: undefined })).toMatchObject({ ok: false });
    expect(readEntry('text')).toMatchObject({ ok: false });
  });

  it('lifts an older record through the chain, step by step', () => {
    // Made-up versions 1 → 2 → 3: the value was called `value`, then rows gained `note`.
    const chain: EntryMigration[] = [
      { from: 2, up: (raw) => ({ ...raw, rows: (raw['rows'] as object[]).map((r) => ({ ...r, note: '' })) }) },
      { from: 1, up: (raw) => ({ ...raw, rows: (raw['rows'] as Record<string, unknown>[]).map(({ value, ...r }) => ({ ...r, conversionValue: value })) }) },
    ];
    const lifted = liftEntry({ v: 1, rows: [{ key: 'a', value: 5 }] }, chain, 3);
    expect(lifted).toEqual({ ok: true, data: { v: 3, rows: [{ key: 'a', conversionValue: 5, note: '' }] } });
    expect(liftEntry({ v: 1, rows: [] }, [chain[0]!], 3)).toMatchObject({ ok: false, problems: ['v: no migration from version 1'] });
    const throwing: EntryMigration = {
      from: 1,
      up: () => {
        throw new Error('boom');
      },
    };
    expect(liftEntry({ v: 1 }, [throwing], 2)).toMatchObject({ ok: false });
  });

  it('keeps a stored record readable when a cell was read as missing', () => {
    const e = entry({ rows: [{ ...read().rows[0]!, conversionValue: null, roas: null }] });
    expect(readEntry(JSON.parse(JSON.stringify(e)))).toEqual({ ok: true, entry: e });
  });
});
