/**
 * Channels side by side: Google Ads and Meta for exactly the same dates,
 * each with its own figures. Nothing is added across platforms: both claim
 * the same sales, so a sum would count them twice; and each keeps its own
 * currency.
 */
import type { Period } from '../roi/types';
import { PLATFORMS } from '../platforms';
import type { PeriodRecord, Platform } from './types';

export interface ChannelFigures {
  platform: Platform;
  account: string;
  currency: string;
  spend: number;
  netProfit: number;
  roi: number | null;
  platformRoas: number | null;
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
 * a later record of the same account and dates replaces an earlier one.
 */
export function compareChannels(records: readonly PeriodRecord[]): ChannelComparison[] {
  const groups = new Map<string, Map<string, PeriodRecord>>();
  for (const r of records) {
    if (r.campaign !== null) continue;
    const key = JSON.stringify([r.profile, r.period.start, r.period.end]);
    const group = groups.get(key) ?? new Map<string, PeriodRecord>();
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
      channels: list.map(({ platform, account, currency, spend, netProfit, roi, platformRoas }) => ({
        platform,
        account,
        currency,
        spend,
        netProfit,
        roi,
        platformRoas,
      })),
      sameCurrency: list.every((r) => r.currency === first.currency),
    });
  }
  return out.sort((a, b) => b.period.end.localeCompare(a.period.end) || b.period.start.localeCompare(a.period.start));
}
