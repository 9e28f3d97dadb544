/**
 * What the popup's "use this page's totals" button receives from the
 * content script: the figures of the page's totals row, as read.
 */
import type { Period } from '../roi/types';
import type { ExtractedTable, Platform } from '../table/types';
import type { OverlayModel } from './view-model';

export const PAGE_TOTALS_MESSAGE = 'real-roi:get-page-totals';

export interface PageTotals {
  platform: Platform;
  accountId: string | null;
  currency: string | null;
  period: Period | null;
  spend: number | null;
  conversions: number | null;
  conversionValue: number | null;
  platformRoas: number | null;
}

export function pageTotals(
  meta: Pick<ExtractedTable, 'platform' | 'accountId' | 'currency' | 'period'>, model: OverlayModel | null,
): PageTotals | null {
  const t = model?.totals?.result;
  if (!t) return null;
  return {
    platform: meta.platform,
    accountId: meta.accountId,
    currency: meta.currency,
    period: meta.period,
    spend: t.spend,
    conversions: t.conversions,
    // The value as the page reports it, not a lead-value estimate.
    conversionValue: t.valueFromLeads ? null : t.conversionValue,
    platformRoas: t.platformRoas,
  };
}
