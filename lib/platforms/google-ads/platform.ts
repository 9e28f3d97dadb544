/** Google Ads, as the rest of the extension knows it (lib/platforms/index.ts lists it). */
import type { PlatformInfo } from '../contract/platform';

/**
 * Google Ads shows `123-456-7890`, but people paste it from URLs and
 * invoices as `1234567890` or `123 456 7890`; all name the same account.
 * Anything else is returned trimmed so the caller's check reports it as typed.
 */
function normaliseGoogleAdsId(raw: string): string {
  const text = raw.trim();
  if (!/^[\d\s-]+$/.test(text)) return text;
  const digits = text.replace(/\D/g, '');
  return digits.length === 10 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` : text;
}

export const googleAdsPlatform = {
  id: 'google-ads',
  // The whole host: Google Ads is a single-page app, so the table pages are
  // reached without a page load; the adapter decides per URL.
  matches: ['https://ads.google.com/*'],
  account: {
    pattern: /^\d{3}-\d{3}-\d{4}$/,
    normalise: normaliseGoogleAdsId,
    schemaError: 'must be a Google Ads customer id like 123-456-7890',
    hintKey: 'field.googleIdHint',
    errorKey: 'error.googleAdsId',
  },
  demo: { page: 'demo/google-ads-campaigns.html', rowSelector: '.particle-table-row' },
} as const satisfies PlatformInfo;
