/**
 * Steering on the recorded history: each entry's drift and same period last
 * year, and the period records that channels and verdicts work on. Every
 * figure is the history's own recomputation (lib/history/recompute.ts).
 */
import { entryId } from '../history/key';
import type { Recomputed } from '../history/recompute';
import type { HistoryEntry } from '../history/types';
import type { Period } from '../roi/types';
import { weeklyDrift, type Drift } from './drift';
import { periodYearEarlier, yearChange, type YearChange } from './last-year';
import { isGap, type PeriodGap, type PeriodRecord } from './types';

export interface HistoryItem {
  entry: HistoryEntry;
  rec: Recomputed;
}

export interface PrevYear {
  period: Period;
  /** Null when that period is recorded but has no real ROI (its reason is on its own line). */
  roi: number | null;
  /** Null when either ROI is missing. */
  change: YearChange | null;
}

export interface EntrySteering {
  /** Null unless the period is 7 days long and has a real ROI. */
  drift: Drift | null;
  /** The dates to open to get a comparison (null for a malformed period). */
  prevYearPeriod: Period | null;
  /** Null when the same period last year is not recorded. */
  prevYear: PrevYear | null;
}

/** Per entry id: the same table (platform, account, level, filter) one year earlier. */
export function entrySteering(items: readonly HistoryItem[], targetRoi: number): Map<string, EntrySteering> {
  const byId = new Map(items.map((i) => [i.entry.id, i]));
  const out = new Map<string, EntrySteering>();
  for (const { entry, rec } of items) {
    const roi = rec.totals.roi;
    const prevYearPeriod = periodYearEarlier(entry.period);
    const then = prevYearPeriod ? byId.get(entryId({ ...entry, period: prevYearPeriod })) : undefined;
    const thenRoi = then?.rec.totals.roi ?? null;
    out.set(entry.id, {
      drift: weeklyDrift(entry.period, roi, targetRoi),
      prevYearPeriod,
      prevYear:
        then && prevYearPeriod ? { period: prevYearPeriod, roi: thenRoi, change: roi !== null && thenRoi !== null ? yearChange(roi, thenRoi) : null } : null,
    });
  }
  return out;
}

const spendOf = (i: HistoryItem) => i.rec.totals.spend ?? -1;

/**
 * One table per account and period stands for the channel: the campaigns
 * level when recorded (people steer by it), else any; among filters the one
 * with the most spend (the unfiltered table covers the others).
 */
export function channelItems(items: readonly HistoryItem[]): HistoryItem[] {
  const best = new Map<string, HistoryItem>();
  for (const item of items) {
    const { platform, accountId, period } = item.entry;
    const key = [platform, accountId, period.start, period.end].join('|');
    const cur = best.get(key);
    const rank = (i: HistoryItem) => [Number(i.entry.level === 'campaigns'), spendOf(i)] as const;
    if (!cur) best.set(key, item);
    else {
      const [a, b] = [rank(item), rank(cur)];
      if (a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])) best.set(key, item);
    }
  }
  return [...best.values()];
}

/** The period's figures when they are evidence (a ROI, or complete figures with nothing spent), else a gap with its reason. */
function record(item: HistoryItem, campaign: string | null, f: Recomputed['totals'], campaignName: string | null = null): PeriodRecord | PeriodGap {
  const { entry, rec } = item;
  const base = {
    profile: rec.profile.id,
    platform: entry.platform,
    account: entry.accountId,
    campaign,
    campaignName,
    period: entry.period,
    currency: entry.currency ?? rec.profile.currency,
  };
  const complete = f.roi !== null || f.reason === 'no-cost';
  if (!complete || f.spend === null || f.netProfit === null || f.totalCost === null) return { ...base, reason: f.reason };
  return { ...base, spend: f.spend, totalCost: f.totalCost, netProfit: f.netProfit, roi: f.roi, platformRoas: f.platformRoas };
}

/**
 * Channel records (one per account and period) and campaign records (each
 * row of a campaigns table) with complete figures; `gaps`, the recorded
 * periods of either kind without a readable real ROI: no evidence either
 * way, but the verdict counts and names them.
 */
export function historyRecords(items: readonly HistoryItem[]): { channels: PeriodRecord[]; campaigns: PeriodRecord[]; gaps: PeriodGap[] } {
  const channels: PeriodRecord[] = [];
  const campaigns: PeriodRecord[] = [];
  const gaps: PeriodGap[] = [];
  const put = (r: PeriodRecord | PeriodGap, into: PeriodRecord[]) => (isGap(r) ? gaps.push(r) : into.push(r));
  for (const i of channelItems(items)) put(record(i, null, i.rec.totals), channels);
  for (const item of channelItems(items.filter((i) => i.entry.level === 'campaigns'))) {
    for (const [key, f] of item.rec.rows) put(record(item, key, f, f.name), campaigns);
  }
  return { channels, campaigns, gaps };
}
