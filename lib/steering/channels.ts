/**
 * Channels side by side: Google Ads and Meta for exactly the same dates,
 * each with its own figures. Nothing is added across platforms: both claim
 * the same sales, so a sum would count them twice; and each keeps its own
 * currency.
 */
import type { Period } from '../roi/types';
import { PLATFORMS } from '../platforms';
import { isGap, type PeriodGap, type PeriodRecord, type Platform } from './types';

export interface ChannelFigures {
  platform: Platform;
  account: string;
  currency: string;
  /** Null with `reason` when the channel's table for these dates has no readable real ROI. */
  spend: number | null;
  netProfit: number | null;
  roi: number | null;
  platformRoas: number | null;
  /** Why there is no ROI (a `data-roi-reason` code, `no-totals`, `no-cost`); null when there is one. */
  reason: string | null;
}

export interface ChannelComparison {
  profile: string;
  period: Period;
  /** One entry per account, Google Ads first; at least one per platform. */
  channels: ChannelFigures[];
  /** False when the platforms report in different currencies: money columns are then not comparable. */
  sameCurrency: boolean;
}

/**
 * Every period (per profile) recorded on both platforms with identical
 * dates, most recent first. Only account totals (campaign null) take part;
 * a later record of the same account and dates replaces an earlier one. A
 * channel whose table has no readable real ROI takes part with its reason:
 * leaving it out would show one platform's side as if the other had none.
 */
export function compareChannels(records: readonly (PeriodRecord | PeriodGap)[]): ChannelComparison[] {
  const groups = new Map<string, Map<string, PeriodRecord | PeriodGap>>();
  for (const r of records) {
    if (r.campaign !== null) continue;
    const key = JSON.stringify([r.profile, r.period.start, r.period.end]);
    const group = groups.get(key) ?? new Map<string, PeriodRecord | PeriodGap>();
    group.set(JSON.stringify([r.platform, r.account]), r);
    groups.set(key, group);
  }
  const out: ChannelComparison[] = [];
  for (const group of groups.values()) {
    const list = [...group.values()].sort((a, b) => PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform) || a.account.localeCompare(b.account));
    if (new Set(list.map((r) => r.platform)).size < 2) continue;
    const first = list[0]!;
    out.push({
      profile: first.profile,
      period: first.period,
      channels: list.map((r) => {
        const { platform, account, currency } = r;
        if (isGap(r)) return { platform, account, currency, spend: null, netProfit: null, roi: null, platformRoas: null, reason: r.reason };
        // A record without a ROI has complete figures and no cost (lib/steering/history).
        return {
          platform,
          account,
          currency,
          spend: r.spend,
          netProfit: r.netProfit,
          roi: r.roi,
          platformRoas: r.platformRoas,
          reason: r.roi === null ? 'no-cost' : null,
        };
      }),
      sameCurrency: list.every((r) => r.currency === first.currency),
    });
  }
  return out.sort((a, b) => b.period.end.localeCompare(a.period.end) || b.period.start.localeCompare(a.period.start));
}
