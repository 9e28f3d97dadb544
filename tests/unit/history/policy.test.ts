import { describe, expect, it } from 'vitest';
import { isExpired, isSettling, retentionCutoff } from '../../../lib/history';

describe('still settling', () => {
  const period = { start: '2025-11-01', end: '2025-11-30' };
  it('marks a period that ended less than 7 days before its capture', () => {
    expect(isSettling(period, '2025-11-30T23:00:00Z')).toBe(true);
    expect(isSettling(period, '2025-12-06T23:59:59Z')).toBe(true);
    expect(isSettling(period, '2025-12-07T00:00:00Z')).toBe(false);
    expect(isSettling(period, '2026-03-01T00:00:00Z')).toBe(false);
  });
});

describe('retention', () => {
  it('keeps 25 months by default', () => {
    const now = new Date('2027-12-15T12:00:00Z');
    expect(retentionCutoff(now)).toBe('2025-11-15');
    expect(isExpired({ start: '2025-11-01', end: '2025-11-14' }, now)).toBe(true);
    expect(isExpired({ start: '2025-11-01', end: '2025-11-15' }, now)).toBe(false);
    // The same period last year is always still there.
    expect(isExpired({ start: '2026-12-01', end: '2026-12-14' }, now)).toBe(false);
  });
  it('follows a shorter setting', () => {
    const now = new Date('2026-03-31T00:00:00Z');
    expect(retentionCutoff(now, 1)).toBe('2026-02-28');
  });
});

describe('history settings', () => {
  it('are on for 25 months unless the user chose otherwise', async () => {
    const { historyPrefs } = await import('../../../lib/history');
    const { readSettings } = await import('../../../lib/settings');
    expect(
      historyPrefs(
        readSettings({
          version: 2,
          targetRoi: 0.5,
          display: 'percent',
          badgeRoi: 'firstOrder',
          language: 'auto',
          defaultProfile: 'default',
          profiles: [
            {
              id: 'default',
              name: 'x',
              accounts: [],
              currency: 'EUR',
              margin: { default: 0.3, rules: [] },
              vatIncluded: 0,
              returnRate: 0,
              leadValue: null,
              costs: [],
              lifetime: null,
            },
          ],
        }).settings,
      ),
    ).toEqual({ record: true, retentionMonths: 25 });
    const off = readSettings({ version: 1, rememberTables: false, historyMonths: 13 }).settings;
    expect(historyPrefs(off)).toEqual({ record: false, retentionMonths: 13 });
    // A bad value is dropped field by field: the default applies, the rest stays.
    const bad = readSettings({ version: 2, rememberTables: 'yes', historyMonths: 0 });
    expect(historyPrefs(bad.settings)).toEqual({ record: true, retentionMonths: 25 });
    expect(bad.repairs.map((r) => r.path)).toEqual(expect.arrayContaining(['rememberTables', 'historyMonths']));
  });
});
