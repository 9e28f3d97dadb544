/** Meta Ads Manager, as the rest of the extension knows it (lib/platforms/index.ts lists it). */
import type { PlatformInfo } from '../contract/platform';

/**
 * Meta's API says `act_123…`; Ads Manager's address says `act=123…`, which users
 * copy with its name: both prefixes go, so every form is the same account.
 */
function normaliseMetaId(raw: string): string {
  return raw.trim().replace(/^act[_=]/i, '');
}

export const metaPlatform = {
  id: 'meta',
  // Ads Manager is a single-page app: the whole Ads Manager area, and the
  // adapter decides per URL (campaigns / adsets / ads).
  matches: [
    'https://adsmanager.facebook.com/*',
    'https://business.facebook.com/adsmanager/*',
    'https://www.facebook.com/adsmanager/*',
    'https://web.facebook.com/adsmanager/*',
  ],
  account: {
    pattern: /^\d+$/,
    normalise: normaliseMetaId,
    schemaError: 'must be a Meta ad account id: digits, optionally after act_ or act=',
    hintKey: 'field.metaIdHint',
    errorKey: 'error.metaId',
  },
  demo: { page: 'demo/meta-campaigns.html', rowSelector: '._1gda' },
} as const satisfies PlatformInfo;
