/** What the popup needs from the extension, passed in by its entrypoint. */
import { asPageTotals, PAGE_TOTALS_MESSAGE, type PageTotals } from '../../lib/messages';

export interface PopupDeps {
  /** Reads `browser.storage.local`. */
  getItem(key: string): Promise<unknown>;
  /** The totals of the ad table in the active tab, or null when it shows none (or is no ad page). */
  getPageTotals(): Promise<PageTotals | null>;
  openOptions(): void;
  browserLanguage: string;
  now?: () => Date;
}

interface BrowserLike {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: {
    query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { openOptionsPage(): Promise<void> };
}

export function popupDeps(browser: BrowserLike, browserLanguage: string): PopupDeps {
  return {
    async getItem(key) {
      return (await browser.storage.local.get(key))[key];
    },
    async getPageTotals() {
      try {
        // Needs no permission: the active tab's id, and a message to our own content script.
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (tab?.id === undefined) return null;
        return asPageTotals(await browser.tabs.sendMessage(tab.id, { type: PAGE_TOTALS_MESSAGE }));
      } catch {
        // No content script in that tab: not a supported ad page.
        return null;
      }
    },
    openOptions() {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
    browserLanguage,
  };
}
