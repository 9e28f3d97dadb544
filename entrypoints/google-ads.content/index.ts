import { browser } from 'wxt/browser';
import { browserDeps } from '../../components/overlay/browser-deps';
import { startOverlay } from '../../components/overlay/start';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';

/* Pages: Google Ads › Campaigns, Ad groups, Ads, Keywords, Product groups.
   Fixtures: tests/fixtures/google-ads/*.html (see its README). */
export default defineContentScript({
  // The whole host: Google Ads is a single-page app, so the table pages are
  // reached without a page load; the adapter decides per URL.
  matches: ['https://ads.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const { overlay, stop } = startOverlay(googleAdsAdapter, document, browserDeps(browser, navigator.language));
    ctx.addEventListener(window, 'wxt:locationchange', () => overlay.invalidate());
    ctx.onInvalidated(stop);
  },
});
