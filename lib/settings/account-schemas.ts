/** The ad accounts a profile lists: one schema per platform, and their union. */
import { z } from 'zod/mini';
import {
  GOOGLE_ADS_ID, META_ID, PLATFORMS, normaliseGoogleAdsId, normaliseMetaId,
} from './accounts';

export const GoogleAdsAccountSchema = z.strictObject({
  platform: z.literal(PLATFORMS[0]),
  id: z.string().check(
    z.overwrite(normaliseGoogleAdsId),
    z.regex(GOOGLE_ADS_ID, 'must be a Google Ads customer id like 123-456-7890'),
  ),
});

export const MetaAccountSchema = z.strictObject({
  platform: z.literal(PLATFORMS[1]),
  id: z.string().check(
    z.overwrite(normaliseMetaId),
    z.regex(META_ID, 'must be a Meta ad account id: digits, optionally after act_'),
  ),
});

export const ACCOUNT_SCHEMAS = {
  'google-ads': GoogleAdsAccountSchema,
  meta: MetaAccountSchema,
} as const satisfies Record<(typeof PLATFORMS)[number], unknown>;

export const AccountSchema = z.discriminatedUnion('platform', [GoogleAdsAccountSchema, MetaAccountSchema]);
