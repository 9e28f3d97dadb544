import { afterEach, describe, expect, it, vi } from 'vitest';
import { goalKey, readGoals, withGoal } from '../../../lib/history/goals';
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
});
