/**
 * Ad account ids as users type them and as the pages show them. Each
 * platform says what its ids look like (lib/platforms/<id>/platform.ts);
 * this one check serves the schema, the repair and the profile lookup, so
 * they can never disagree on whether two ids are the same account.
 */
import { PLATFORMS, platformInfo, type Platform } from '../platforms';

export { PLATFORMS };

/** The canonical id, or null when `raw` cannot be an id of that platform. */
export function normaliseAccountId(platform: Platform, raw: string): string | null {
  const { account } = platformInfo(platform);
  const id = account.normalise(raw);
  return account.pattern.test(id) ? id : null;
}
