/**
 * The browser side of `StartDeps`, shared by every platform's content script.
 * Takes the `browser` object so that this folder never imports browser APIs.
 */
import { PAGE_TOTALS_MESSAGE } from '../../lib/overlay/page-totals';
import type { StartDeps } from './start';

interface BrowserLike {
  storage: {
    local: StartDeps['storage'];
    onChanged: {
      addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
      removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
    };
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(cb: (message: unknown) => Promise<unknown> | undefined): void;
      removeListener(cb: (message: unknown) => Promise<unknown> | undefined): void;
    };
  };
}

export function browserDeps(browser: BrowserLike, browserLanguage: string): StartDeps {
  return {
    storage: browser.storage.local,
    onStorageChange(listener) {
      const handler = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local') listener(Object.keys(changes));
      };
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
    openOptions: () => void browser.runtime.sendMessage({ type: 'open-options' }).catch(() => {}),
    browserLanguage,
    onPageTotalsRequest(answer) {
      // The polyfill lets a listener answer with a promise; other messages get undefined (no answer).
      const handler = (message: unknown) =>
        (message as { type?: string } | null)?.type === PAGE_TOTALS_MESSAGE ? Promise.resolve(answer()) : undefined;
      browser.runtime.onMessage.addListener(handler);
      return () => browser.runtime.onMessage.removeListener(handler);
    },
  };
}
