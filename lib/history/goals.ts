/**
 * The progress page's baseline period and target date, per scope (one
 * account or one profile), kept under their own storage key so that a
 * reload keeps the user's choice. Validated on read: a bad stored value is
 * ignored with a warning (one scope alone when only that one is bad), and
 * reading never writes.
 */
import { z } from 'zod';
import type { Scope } from './view';

export { HISTORY_GOALS_KEY } from '../storage-keys';

const GoalSchema = z.object({
  baselineId: z.string().min(1).nullable(),
  targetDate: z.iso.date().nullable(),
});

export type Goal = z.infer<typeof GoalSchema>;
export type Goals = Record<string, Goal>;

export const NO_GOAL: Goal = { baselineId: null, targetDate: null };

/** The storage key of one scope: an account's key and a profile id can never collide. */
export function goalKey(scope: Scope): string {
  return scope.kind === 'account' ? `account:${scope.key}` : `profile:${scope.id}`;
}

export function readGoals(raw: unknown): Goals {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    console.warn('[Real ROI] ignored the stored progress goals: not an object');
    return {};
  }
  const goals: Goals = {};
  for (const [key, value] of Object.entries(raw)) {
    const parsed = GoalSchema.safeParse(value);
    if (parsed.success) goals[key] = parsed.data;
    else console.warn(`[Real ROI] ignored the stored progress goal of ${key}`, parsed.error.issues);
  }
  return goals;
}

/** The goals with one scope's goal replaced; an empty goal is dropped rather than stored. */
export function withGoal(goals: Goals, key: string, goal: Goal): Goals {
  const next = { ...goals };
  if (goal.baselineId === null && goal.targetDate === null) delete next[key];
  else next[key] = goal;
  return next;
}
