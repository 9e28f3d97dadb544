import { afterEach, describe, expect, it, vi } from 'vitest';
import { goalKey, readGoals, resolveGoal, withGoal } from '../../../lib/history/goals';
import { HISTORY_GOALS_KEY, SETTINGS_KEY, STEERING_KEY } from '../../../lib/storage-keys';

afterEach(() => vi.restoreAllMocks());

describe('progress goals (baseline and target date per scope)', () => {
  it('has its own storage key', () => {
    expect([SETTINGS_KEY, STEERING_KEY]).not.toContain(HISTORY_GOALS_KEY);
  });

  it('reads back what was saved, per scope', () => {
    const saved = withGoal({}, goalKey({ kind: 'account', key: 'meta:1' }), { baselineId: 'e1', targetDate: '2026-06-30' });
    const both = withGoal(saved, goalKey({ kind: 'profile', id: 'p2' }), { baselineId: null, targetDate: '2026-03-31' });
    const read = readGoals(JSON.parse(JSON.stringify(both)));
    expect(read['account:meta:1']).toEqual({ baselineId: 'e1', targetDate: '2026-06-30' });
    expect(read['profile:p2']).toEqual({ baselineId: null, targetDate: '2026-03-31' });
    expect(goalKey({ kind: 'account', key: 'x' })).not.toBe(goalKey({ kind: 'profile', id: 'x' }));
  });

  it('an emptied goal is dropped rather than stored', () => {
    const key = goalKey({ kind: 'account', key: 'a' });
    const saved = withGoal({}, key, { baselineId: 'e1', targetDate: null });
    expect(withGoal(saved, key, { baselineId: null, targetDate: null })).toEqual({});
  });

  it('nothing stored: no goals, no warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readGoals(undefined)).toEqual({});
    expect(warn).not.toHaveBeenCalled();
  });

  it('a bad stored value is ignored with a warning, never throws, and is not rewritten', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const raw of ['oops', 42, [1, 2], true]) expect(readGoals(raw)).toEqual({});
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockClear();
    const raw = {
      'account:good': { baselineId: 'e1', targetDate: '2026-01-31' },
      'account:badDate': { baselineId: 'e1', targetDate: '31/01/2026' },
      'account:badShape': 'e1',
    };
    const before = JSON.stringify(raw);
    const read = readGoals(raw);
    expect(Object.keys(read)).toEqual(['account:good']);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(raw)).toBe(before);
  });

  describe('the goal an account is measured against outside the progress page', () => {
    const month = (id: string, start: string, end: string, capturedAt: string) => ({ id, period: { start, end }, capturedAt });
    const own = [month('sep', '2025-09-01', '2025-09-30', '2025-10-02'), month('oct', '2025-10-01', '2025-10-31', '2025-11-02')];
    const other = month('meta-aug', '2025-08-01', '2025-08-31', '2025-09-02');
    const acct = { key: 'google-ads|1', profileId: 'p1' };

    it("uses the account's saved baseline and target date, and says so", () => {
      const goals = withGoal({}, 'account:google-ads|1', { baselineId: 'oct', targetDate: '2026-03-31' });
      expect(resolveGoal(goals, acct, own, [...own, other])).toEqual({ baseline: own[1], targetDate: '2026-03-31', source: 'account' });
    });

    it("else its profile's, whose baseline may be another account's period", () => {
      const goals = withGoal({}, 'profile:p1', { baselineId: 'meta-aug', targetDate: null });
      expect(resolveGoal(goals, acct, own, [...own, other])).toEqual({ baseline: other, targetDate: '2025-11-29', source: 'profile' });
    });

    it('else the default: first recorded month, target 90 days after it', () => {
      expect(resolveGoal({}, acct, own, own)).toEqual({ baseline: own[0], targetDate: '2025-12-29', source: 'default' });
      expect(resolveGoal({}, acct, [], [])).toEqual({ baseline: null, targetDate: null, source: 'default' });
    });

    it('a saved baseline no longer recorded is said to be replaced, not silently swapped', () => {
      const goals = withGoal({}, 'account:google-ads|1', { baselineId: 'deleted', targetDate: '2026-03-31' });
      expect(resolveGoal(goals, acct, own, own)).toEqual({ baseline: own[0], targetDate: '2026-03-31', source: 'saved-missing' });
    });
  });
});
