import { overlayContentScript } from '../../components/overlay/content-script';
import { googleAdsAdapter, googleAdsPlatform } from '../../lib/platforms/google-ads';

export default overlayContentScript(googleAdsPlatform, googleAdsAdapter);
