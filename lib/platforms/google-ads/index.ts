import { googleAdsAdapter } from './adapter';
export { googleAdsAdapter } from './adapter';
export type { GoogleAdsContext } from './adapter';
export { GOOGLE_ADS_SELECTORS } from './selectors';
export { googleAdsPlatform } from './platform';

/** The adapter as layout-free DOMs (happy-dom in tests/dom) use it: Google Ads reads no layout. */
export function layoutFreeAdapter() {
  return googleAdsAdapter;
}
