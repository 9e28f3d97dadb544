/**
 * The three-month verdict: a channel (an account's total) or a campaign
 * observed over at least 13 weeks whose real ROI over those weeks is below
 * the threshold (default 150 %) is flagged "consider stopping", with its
 * evidence: weeks, spend, real ROI.
 */
import { dayNumber } from '../roi/calendar';
import type { IsoDate, Period } from '../roi/types';
import { isGap, type PeriodGap, type PeriodRecord, type Platform } from './types';

export const DEFAULT_VERDICT_THRESHOLD = 1.5;
export const VERDICT_WEEKS = 13;

/**
 * `incomplete`: fewer than 13 readable weeks because some recorded periods
 * of the judged weeks have no readable real ROI; `gaps` says which and why.
 */
export type VerdictState = 'consider-stopping' | 'keep' | 'too-early' | 'incomplete';

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
  /** Recorded periods among the judged weeks that have no readable real ROI, most recent first. */
  gaps: { period: Period; reason: string | null }[];
  /** Weeks those gaps cover, and the weeks judged in all (readable or not). */
  gapWeeks: number;
  judgedWeeks: number;
}

interface Span {
  first: number;
  last: number;
  record: PeriodRecord | PeriodGap;
}

const days = (s: Span) => s.last - s.first + 1;
const overlaps = (a: Span, b: Span) => a.first <= b.last && b.first <= a.last;
/** A record with figures is evidence; one without a ROI only when nothing was spent (cost 0: nothing to judge, nothing hidden). */
const usable = (r: PeriodRecord | PeriodGap): r is PeriodRecord => !isGap(r) && (r.roi !== null || r.totalCost === 0);

/**
 * The most recent periods that do not overlap, until 13 weeks are covered:
 * overlapping records (a month and a week inside it) would count the same
 * days twice, and a verdict is about the recent months, not the oldest.
 * A period without a readable ROI takes its place among the weeks judged
 * (skipping it would quietly reach for older months), unless a readable
 * record covers the same days.
 */
function recentDisjoint(records: readonly (PeriodRecord | PeriodGap)[]): Span[] {
  const spans: Span[] = [];
  for (const record of records) {
    const first = dayNumber(record.period.start);
    const last = dayNumber(record.period.end);
    if (first === null || last === null || last < first) continue;
    spans.push({ first, last, record });
  }
  const readable = spans.filter((s) => usable(s.record));
  const candidates = spans.filter((s) => usable(s.record) || !readable.some((r) => overlaps(r, s)));
  candidates.sort((a, b) => b.last - a.last || a.first - b.first);
  const taken: Span[] = [];
  let covered = 0;
  for (const s of candidates) {
    if (covered >= VERDICT_WEEKS * 7) break;
    if (taken.some((t) => overlaps(s, t))) continue;
    taken.push(s);
    covered += days(s);
  }
  return taken;
}

function judge(records: readonly (PeriodRecord | PeriodGap)[], threshold: number): ChannelVerdict {
  const { profile, platform, account, campaign, currency } = records[0]!;
  const taken = recentDisjoint(records);
  const used = taken.filter((s) => usable(s.record));
  const missing = taken.filter((s) => !usable(s.record));
  let spend = 0,
    netProfit = 0,
    totalCost = 0;
  for (const { record } of used) {
    const r = record as PeriodRecord;
    spend += r.spend;
    netProfit += r.netProfit;
    totalCost += r.totalCost;
  }
  const usedDays = used.reduce((n, s) => n + days(s), 0);
  const missingDays = missing.reduce((n, s) => n + days(s), 0);
  const weeks = Math.floor(usedDays / 7);
  const roi = totalCost > 0 ? netProfit / totalCost : null;
  const enough = weeks >= VERDICT_WEEKS && roi !== null;
  const state: VerdictState = enough ? (roi < threshold ? 'consider-stopping' : 'keep') : missing.length > 0 ? 'incomplete' : 'too-early';
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
    gaps: missing.map(({ record }) => ({ period: record.period, reason: isGap(record) ? record.reason : null })),
    // A part of a week without a ROI is still a week the verdict cannot see.
    gapWeeks: Math.ceil(missingDays / 7),
    judgedWeeks: weeks + Math.ceil(missingDays / 7),
  };
}

/**
 * One verdict per channel and per campaign (per currency too: a change of
 * currency starts a new series, money is never mixed). Periods without a
 * readable ROI (gaps) are judged with the others: counted and named.
 */
export function verdicts(records: readonly (PeriodRecord | PeriodGap)[], threshold = DEFAULT_VERDICT_THRESHOLD): ChannelVerdict[] {
  const groups = new Map<string, (PeriodRecord | PeriodGap)[]>();
  for (const r of records) {
    const key = JSON.stringify([r.profile, r.platform, r.account, r.campaign, r.currency]);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((g) => judge(g, threshold));
}
