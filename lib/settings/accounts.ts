/**
 * Ad account ids as users type them and as the pages show them. One place
 * decides what an id looks like, so the schema, the repair and the profile
 * lookup can never disagree on whether two ids are the same account.
 */
import type { Platform } from '../platforms/contract/types';

export const PLATFORMS = ['google-ads', 'meta'] as const satisfies readonly Platform[];

export const GOOGLE_ADS_ID = /^\d{3}-\d{3}-\d{4}$/;
export const META_ID = /^\d+$/;

/**
 * Google Ads shows `123-456-7890`, but people paste it from URLs and
 * invoices as `1234567890` or `123 456 7890`; all name the same account.
 * Anything else is returned trimmed so the caller's check reports it as typed.
 */
export function normaliseGoogleAdsId(raw: string): string {
  const text = raw.trim();
  if (!/^[\d\s-]+$/.test(text)) return text;
  const digits = text.replace(/\D/g, '');
  return digits.length === 10
    ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`
    : text;
}

/** Meta's URLs and API say `act_123…`; the page's `act=` parameter has only digits. */
export function normaliseMetaId(raw: string): string {
  return raw.trim().replace(/^act_/i, '');
}

/** The canonical id, or null when `raw` cannot be an id of that platform. */
export function normaliseAccountId(platform: Platform, raw: string): string | null {
  if (platform === 'google-ads') {
    const id = normaliseGoogleAdsId(raw);
    return GOOGLE_ADS_ID.test(id) ? id : null;
  }
  const id = normaliseMetaId(raw);
  return META_ID.test(id) ? id : null;
}
