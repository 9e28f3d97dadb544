/** What the popup needs from the extension, passed in by its entrypoint. */
import { asPageCopy, asPageTotals, PAGE_COPY_MESSAGE, PAGE_TOTALS_MESSAGE, type PageCopy, type PageTotals } from '../../lib/messages';

export interface PopupDeps {
  /** Reads `browser.storage.local`. */
  getItem(key: string): Promise<unknown>;
  /** The totals of the ad table in the active tab, or null when it shows none (or is no ad page). */
  getPageTotals(): Promise<PageTotals | null>;
  openOptions(): void;
  /** A copy of the ad page in the active tab, for the diagnostic report; null when no content script answers. */
  getPageCopy?(): Promise<PageCopy | null>;
  /** The extension's version, written in the diagnostic report. */
  extensionVersion?: string;
  browserLanguage: string;
  now?: () => Date;
}

interface BrowserLike {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: {
    query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { openOptionsPage(): Promise<void>; getManifest?(): { version: string } };
}

export function popupDeps(browser: BrowserLike, browserLanguage: string): PopupDeps {
  return {
    async getItem(key) {
      return (await browser.storage.local.get(key))[key];
    },
    async getPageCopy() {
      try {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return tab?.id === undefined ? null : asPageCopy(await browser.tabs.sendMessage(tab.id, { type: PAGE_COPY_MESSAGE }));
      } catch {
        return null;
      }
    },
    extensionVersion: browser.runtime.getManifest?.().version,
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
