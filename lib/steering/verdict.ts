/**
 * The three-month verdict: a channel (an account's total) or a campaign
 * observed over at least 13 weeks whose real ROI over those weeks is below
 * the threshold (default 150 %) is flagged "consider stopping", with its
 * evidence: weeks, spend, real ROI.
 */
import { dayNumber } from '../roi/calendar';
import type { IsoDate } from '../roi/types';
import type { PeriodRecord, Platform } from './types';

export const DEFAULT_VERDICT_THRESHOLD = 1.5;
export const VERDICT_WEEKS = 13;

export type VerdictState = 'consider-stopping' | 'keep' | 'too-early';

export interface ChannelVerdict {
  profile: string;
  platform: Platform;
  account: string;
  campaign: string | null;
  campaignName: string | null;
  currency: string;
  state: VerdictState;
  /** Whole weeks observed in the periods used. */
  weeks: number;
  spend: number;
  netProfit: number;
  totalCost: number;
  /** Σ net profit / Σ total cost over the periods used; null when their cost is 0. */
  roi: number | null;
  /** First and last day of the periods used. */
  from: IsoDate | null;
  to: IsoDate | null;
  periods: number;
}

interface Span {
  first: number;
  last: number;
  record: PeriodRecord;
}

/**
 * The most recent periods that do not overlap, until 13 weeks are covered:
 * overlapping records (a month and a week inside it) would count the same
 * days twice, and a verdict is about the recent months, not the oldest.
 */
function recentDisjoint(records: readonly PeriodRecord[]): Span[] {
  const spans: Span[] = [];
  for (const record of records) {
    const first = dayNumber(record.period.start);
    const last = dayNumber(record.period.end);
    if (first === null || last === null || last < first || record.roi === null) continue;
    spans.push({ first, last, record });
  }
  spans.sort((a, b) => b.last - a.last || a.first - b.first);
  const taken: Span[] = [];
  let days = 0;
  for (const s of spans) {
    if (days >= VERDICT_WEEKS * 7) break;
    if (taken.some((t) => s.first <= t.last && t.first <= s.last)) continue;
    taken.push(s);
    days += s.last - s.first + 1;
  }
  return taken;
}

function judge(records: readonly PeriodRecord[], threshold: number): ChannelVerdict {
  const { profile, platform, account, campaign, currency } = records[0]!;
  const used = recentDisjoint(records);
  let days = 0,
    spend = 0,
    netProfit = 0,
    totalCost = 0;
  for (const { first, last, record } of used) {
    days += last - first + 1;
    spend += record.spend;
    netProfit += record.netProfit;
    totalCost += record.totalCost;
  }
  const weeks = Math.floor(days / 7);
  const roi = totalCost > 0 ? netProfit / totalCost : null;
  const state: VerdictState = weeks < VERDICT_WEEKS || roi === null ? 'too-early' : roi < threshold ? 'consider-stopping' : 'keep';
  const firsts = used.map((u) => u.record.period.start).sort();
  const lasts = used.map((u) => u.record.period.end).sort();
  // The name of the latest period: campaigns get renamed, their key stays.
  const latest = [...records].sort((a, b) => b.period.end.localeCompare(a.period.end))[0]!;
  return {
    profile,
    platform,
    account,
    campaign,
    campaignName: latest.campaignName ?? null,
    currency,
    state,
    weeks,
    spend,
    netProfit,
    totalCost,
    roi,
    from: firsts[0] ?? null,
    to: lasts[lasts.length - 1] ?? null,
    periods: used.length,
  };
}

/**
 * One verdict per channel and per campaign (per currency too: a change of
 * currency starts a new series, money is never mixed).
 */
export function verdicts(records: readonly PeriodRecord[], threshold = DEFAULT_VERDICT_THRESHOLD): ChannelVerdict[] {
  const groups = new Map<string, PeriodRecord[]>();
  for (const r of records) {
    const key = JSON.stringify([r.profile, r.platform, r.account, r.campaign, r.currency]);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((g) => judge(g, threshold));
}
