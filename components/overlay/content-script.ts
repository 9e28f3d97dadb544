/**
 * The content script of one platform: the overlay with that platform's
 * adapter, on that platform's pages. An entrypoint is one call to this.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PlatformInfo } from '../../lib/platforms';
import type { TableAdapter, TableContext } from '../../lib/platforms/contract/adapter';
import { browserDeps } from './browser-deps';
import { startOverlay } from './start';

export function overlayContentScript<Ctx extends TableContext>(platform: PlatformInfo, adapter: TableAdapter<Ctx>) {
  return defineContentScript({
    matches: [...platform.matches],
    runAt: 'document_idle',
    main(ctx) {
      const { overlay, stop } = startOverlay(adapter, document, browserDeps(browser, navigator.language));
      // Both platforms are single-page apps: a table page is often reached without a page load.
      ctx.addEventListener(window, 'wxt:locationchange', () => overlay.invalidate());
      ctx.onInvalidated(stop);
    },
  });
}
