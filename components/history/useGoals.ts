/**
 * The baseline and target date of the scope on screen, kept per scope in
 * storage so that a reload shows the user's choice, not the default again.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Goal, type Goals, goalKey, HISTORY_GOALS_KEY, NO_GOAL, readGoals, withGoal } from '../../lib/history/goals';
import type { Scope } from '../../lib/history/view';
import type { HistoryDeps } from './deps';

export function useGoals(deps: Pick<HistoryDeps, 'getItem' | 'setItem'>, scope: Scope | null) {
  const [goals, setGoals] = useState<Goals>({});
  useEffect(() => {
    void deps.getItem(HISTORY_GOALS_KEY).then(
      (raw) => setGoals(readGoals(raw)),
      (error) => console.warn('[Real ROI] could not read the progress goals', error),
    );
  }, [deps]);
  const key = scope ? goalKey(scope) : null;
  const goal = (key && goals[key]) || NO_GOAL;
  const save = (change: Partial<Goal>) => {
    if (!key) return;
    const next = withGoal(goals, key, { ...goal, ...change });
    setGoals(next);
    void deps.setItem?.(HISTORY_GOALS_KEY, next);
  };
  return {
    baselineId: goal.baselineId,
    targetDate: goal.targetDate,
    setBaseline: (id: string) => save({ baselineId: id || null }),
    setTargetDate: (date: string) => save({ targetDate: date || null }),
  };
}
