export { googleAdsAdapter } from './adapter';
export type { GoogleAdsContext } from './adapter';
export { GOOGLE_ADS_SELECTORS } from './selectors';
export { googleAdsPlatform } from './platform';
