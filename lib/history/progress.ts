/**
 * The progress view's arithmetic on recorded periods: which period is the
 * baseline, when the target is due, and each campaign's ROI across periods.
 * Pure; the figures come from recompute.ts.
 */
import { dayNumber, isoFromDay } from '../roi/calendar';
import type { IsoDate, Period } from '../roi/types';
import type { PeriodFigures, Recomputed } from './recompute';
import type { HistoryEntry } from './types';

/** A baseline measures what exists over at least this many days. */
export const MIN_BASELINE_DAYS = 28;
/** The target is due this many days after the baseline's end, unless the user sets a date. */
export const TARGET_AFTER_DAYS = 90;

export function periodDays(p: Period): number {
  return dayNumber(p.end)! - dayNumber(p.start)! + 1;
}

/** Periods long enough to be a baseline, first recorded first. */
export function baselineCandidates<E extends Pick<HistoryEntry, 'id' | 'period' | 'capturedAt'>>(entries: readonly E[]): E[] {
  return entries.filter((e) => periodDays(e.period) >= MIN_BASELINE_DAYS).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id));
}

/** The user's choice when it is still a candidate, else the first recorded one. */
export function chooseBaseline<E extends Pick<HistoryEntry, 'id' | 'period' | 'capturedAt'>>(entries: readonly E[], chosenId?: string | null): E | null {
  const candidates = baselineCandidates(entries);
  return candidates.find((e) => e.id === chosenId) ?? candidates[0] ?? null;
}

export function defaultTargetDate(baseline: Pick<HistoryEntry, 'period'>): IsoDate {
  return isoFromDay(dayNumber(baseline.period.end)! + TARGET_AFTER_DAYS);
}

/** Chart order: by period end, then start; overlapping periods stay separate points. */
export function byPeriod<E extends Pick<HistoryEntry, 'period' | 'id'>>(entries: readonly E[]): E[] {
  return [...entries].sort((a, b) => a.period.end.localeCompare(b.period.end) || a.period.start.localeCompare(b.period.start) || a.id.localeCompare(b.id));
}

export interface CampaignSeries {
  key: string;
  /** The latest name read for this key. */
  name: string | null;
  points: { entryId: string; end: IsoDate; figures: PeriodFigures }[];
}

/** Each row key's figures across the given periods (already in chart order), matched by key, not by name. */
export function campaignSeries(periods: readonly { entry: HistoryEntry; rec: Recomputed }[]): CampaignSeries[] {
  const byKey = new Map<string, CampaignSeries>();
  for (const { entry, rec } of periods) {
    for (const [key, f] of rec.rows) {
      let s = byKey.get(key);
      if (!s) byKey.set(key, (s = { key, name: f.name, points: [] }));
      if (f.name) s.name = f.name;
      s.points.push({ entryId: entry.id, end: entry.period.end, figures: f });
    }
  }
  return [...byKey.values()].sort((a, b) => (a.name ?? a.key).localeCompare(b.name ?? b.key));
}
