/**
 * The browser side of `StartDeps`, shared by every platform's content script.
 * Takes the `browser` object so that this folder never imports browser APIs.
 */
import {
  EXPORT_TABLE_MESSAGE,
  GET_SETTINGS_MESSAGE,
  OPEN_SETUP_MESSAGE,
  PAGE_COPY_MESSAGE,
  PAGE_TOTALS_MESSAGE,
  RECORD_TABLE_MESSAGE,
  STEER_MESSAGE,
  type SettingsForOverlay,
} from '../../lib/messages';
import type { PanelSteering } from '../../lib/steering/panel';
import type { ExportedFile } from '../../lib/export/types';
import { PANEL_LAYOUT_KEY, SETTINGS_KEY } from '../../lib/storage-keys';
import type { StartDeps } from './start';

type Listener<A extends unknown[], R = void> = {
  addListener(cb: (...args: A) => R): void;
  removeListener(cb: (...args: A) => R): void;
};

interface BrowserLike {
  storage: {
    onChanged: Listener<[changes: Record<string, unknown>, area: string]>;
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Listener<[message: unknown], Promise<unknown> | undefined>;
  };
}

export function browserDeps(browser: BrowserLike, browserLanguage: string): StartDeps {
  return {
    steer: (request) => browser.runtime.sendMessage({ type: STEER_MESSAGE, request }) as Promise<PanelSteering>,
    exportTable: (request) => browser.runtime.sendMessage({ type: EXPORT_TABLE_MESSAGE, request }) as Promise<ExportedFile>,
    loadSettings: () => browser.runtime.sendMessage({ type: GET_SETTINGS_MESSAGE }) as Promise<SettingsForOverlay>,
    onSettingsChange(listener) {
      const handler = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && SETTINGS_KEY in changes) listener();
      };
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
    panelLayout: {
      load: () => browser.storage.local.get(PANEL_LAYOUT_KEY).then((r) => r[PANEL_LAYOUT_KEY]),
      save: (value) => browser.storage.local.set({ [PANEL_LAYOUT_KEY]: value }),
    },
    openOptions: (page) => void browser.runtime.sendMessage({ type: 'open-options', page }).catch(() => {}),
    openSetup: () => void browser.runtime.sendMessage({ type: OPEN_SETUP_MESSAGE }).catch(() => {}),
    browserLanguage,
    recordTable: (read) => void browser.runtime.sendMessage({ type: RECORD_TABLE_MESSAGE, read }).catch(() => {}),
    onPageTotalsRequest(answer) {
      // The polyfill lets a listener answer with a promise; other messages get undefined (no answer).
      const handler = (message: unknown) => {
        const type = (message as { type?: string } | null)?.type;
        if (type === PAGE_TOTALS_MESSAGE) return Promise.resolve(answer());
        // The diagnostic report is built from this copy in the popup, out of the page's hot path.
        if (type === PAGE_COPY_MESSAGE) return Promise.resolve({ url: location.href, html: document.documentElement.outerHTML });
        return undefined;
      };
      browser.runtime.onMessage.addListener(handler);
      return () => browser.runtime.onMessage.removeListener(handler);
    },
  };
}
