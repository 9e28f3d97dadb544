/**
 * The page's totals row as the popup's "use this page's totals" button
 * receives it (the message and its payload type: lib/messages.ts).
 */
import type { PageTotals } from '../messages';
import { carriesFixedCostsInFull, type Profile } from '../roi';
import type { ExtractedTable } from '../platforms/contract/types';
import type { OverlayModel } from './view-model';

export function pageTotals(
  meta: Pick<ExtractedTable, 'platform' | 'accountId' | 'currency' | 'period'>,
  model: OverlayModel | null,
  profile: Profile | null = null,
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
    // Without it the popup would apply the default margin to rows that have their own (another figure than the badge).
    // A total waiting for an input the popup asks for (the period) has its blend too; only an unknown blend has none.
    margin: t.status === 'ok' || !t.missing.includes('marginMix') ? t.marginRate : null,
    fixedCostsShared: t.status === 'ok' && profile !== null && meta.period !== null && !carriesFixedCostsInFull(t, profile, meta.period),
  };
}
