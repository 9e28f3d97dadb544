/**
 * The progress page's baseline period and target date, per scope (one
 * account or one profile), kept under their own storage key so that a
 * reload keeps the user's choice. Validated on read: a bad stored value is
 * ignored with a warning (one scope alone when only that one is bad), and
 * reading never writes.
 */
import { z } from 'zod';
import type { IsoDate } from '../roi/types';
import { chooseBaseline, defaultTargetDate } from './progress';
import type { HistoryEntry } from './types';
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

/**
 * Where a goal comes from: saved for the account, saved for its profile, the
 * default (first period of 28 days or more, target 90 days after it), or a
 * saved baseline that is no longer recorded (the default stands in for it).
 */
export type GoalSource = 'account' | 'profile' | 'default' | 'saved-missing';

export interface ResolvedGoal<E> {
  baseline: E | null;
  targetDate: IsoDate | null;
  source: GoalSource;
}

/**
 * The goal one account is measured against elsewhere than on the progress
 * page (the printed report): the account's saved goal, else its profile's
 * (its baseline may be another account's period of the same profile), else
 * the default; never a saved choice silently replaced.
 */
export function resolveGoal<E extends Pick<HistoryEntry, 'id' | 'period' | 'capturedAt'>>(
  goals: Goals,
  account: { key: string; profileId: string },
  own: readonly E[],
  profileEntries: readonly E[],
): ResolvedGoal<E> {
  const mine = goals[goalKey({ kind: 'account', key: account.key })];
  const shared = goals[goalKey({ kind: 'profile', id: account.profileId })];
  const [goal, pool, source]: [Goal, readonly E[], GoalSource] = mine
    ? [mine, own, 'account']
    : shared
      ? [shared, profileEntries, 'profile']
      : [NO_GOAL, own, 'default'];
  const baseline = chooseBaseline(pool, goal.baselineId);
  const lost = goal.baselineId !== null && baseline?.id !== goal.baselineId;
  return {
    baseline,
    targetDate: baseline ? goal.targetDate || defaultTargetDate(baseline) : null,
    source: lost ? 'saved-missing' : source,
  };
}
