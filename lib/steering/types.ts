/**
 * What steering needs from one recorded period. Structural on purpose: the
 * history store (lib/history) keeps more, and anything with these fields can
 * be steered, so this room does not depend on how periods are stored.
 */
import type { Platform } from '../platforms';
import type { Period } from '../roi/types';

export type { Platform };

/** What every recorded period says, whether its real ROI could be read or not: whose, which campaign, when, in what currency. */
export interface RecordedPeriod {
  /** The cost profile (one business); periods of different profiles are never compared. */
  profile: string;
  platform: Platform;
  /** The platform's account id; periods of different accounts are never merged. */
  account: string;
  /** Null for the account's (or table's) total; a campaign's stable key otherwise. */
  campaign: string | null;
  /** The campaign's name as last read, for display. */
  campaignName?: string | null;
  period: Period;
  currency: string;
}

export interface PeriodRecord extends RecordedPeriod {
  spend: number;
  totalCost: number;
  netProfit: number;
  /** Real ROI as a fraction; null when it could not be computed (total cost 0 or an incomplete row). */
  roi: number | null;
  platformRoas: number | null;
}

/**
 * A recorded period that has no readable real ROI (a column was missing, a
 * setting could not be read…): no evidence either way, but never dropped
 * silently — whatever judges over time counts it and says why.
 */
export interface PeriodGap extends RecordedPeriod {
  /** Why: a `data-roi-reason` code (lib/overlay/reasons.ts) or `no-totals`; null when unknown. */
  reason: string | null;
}

export const isGap = (r: PeriodRecord | PeriodGap): r is PeriodGap => 'reason' in r && !('spend' in r);
