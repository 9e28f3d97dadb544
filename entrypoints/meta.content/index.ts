import { browser } from 'wxt/browser';
import { browserDeps } from '../../components/overlay/browser-deps';
import { startOverlay } from '../../components/overlay/start';
import { metaAdapter } from '../../lib/platforms/meta';

/* Pages: Meta Ads Manager › Campaigns, Ad sets, Ads, on its four hosts.
   Fixtures: tests/fixtures/meta/*.html (see its README). */
export default defineContentScript({
  // Ads Manager is a single-page app: the whole Ads Manager area, and the
  // adapter decides per URL (campaigns / adsets / ads).
  matches: [
    'https://adsmanager.facebook.com/*',
    'https://business.facebook.com/adsmanager/*',
    'https://www.facebook.com/adsmanager/*',
    'https://web.facebook.com/adsmanager/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    const { overlay, stop } = startOverlay(metaAdapter, document, browserDeps(browser, navigator.language));
    ctx.addEventListener(window, 'wxt:locationchange', () => overlay.invalidate());
    ctx.onInvalidated(stop);
  },
});
