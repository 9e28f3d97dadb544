/**
 * The content script's answer to the popup's "use this page's totals"
 * (lib/overlay/page-totals.ts), checked before use: it crosses a message
 * boundary, so its shape is not taken on trust.
 */
import type { PageTotals } from '../overlay/page-totals';
import { PLATFORMS } from '../settings/accounts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function asPageTotals(raw: unknown): PageTotals | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!(PLATFORMS as readonly unknown[]).includes(r['platform'])) return null;
  const p = r['period'] as { start?: unknown; end?: unknown } | null | undefined;
  const period = p && typeof p.start === 'string' && typeof p.end === 'string' && ISO.test(p.start) && ISO.test(p.end)
    ? { start: p.start, end: p.end } : null;
  const totals: PageTotals = {
    platform: r['platform'] as PageTotals['platform'],
    accountId: typeof r['accountId'] === 'string' ? r['accountId'] : null,
    currency: typeof r['currency'] === 'string' ? r['currency'] : null,
    period,
    spend: num(r['spend']),
    conversions: num(r['conversions']),
    conversionValue: num(r['conversionValue']),
    platformRoas: num(r['platformRoas']),
  };
  return totals.spend === null ? null : totals;
}
