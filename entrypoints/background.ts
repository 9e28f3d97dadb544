import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { tableCsv } from '../lib/export/table-csv';
import { asTableExportRequest, tableExportFrom } from '../lib/export/table-request';
import { createHistoryRecorder, openHistory, type TableRead } from '../lib/history';
import {
  EXPORT_TABLE_MESSAGE,
  GET_SETTINGS_MESSAGE,
  HISTORY_CHANGED_MESSAGE,
  OPEN_SETUP_MESSAGE,
  RECORD_TABLE_MESSAGE,
  SETUP_HASH,
  STEER_MESSAGE,
  type SettingsForOverlay,
} from '../lib/messages';
import { createSettingsStore } from '../lib/settings';
import { overlayCatalogs } from '../lib/i18n/overlay';
import { type ReminderBrowser, startReminder } from '../components/steering/reminder-browser';
import { answerSteer } from '../lib/steering/answer';
import { asSteerRequest } from '../lib/steering/panel';

// The background makes no network request. It is the one reader of the
// settings for content scripts (zod, field-by-field repair) and the one
// writer of the history a content script asks for: the database lives in
// the extension's origin, never in the ad site's.
const openSetup = () => browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${SETUP_HASH}` });

export default defineBackground(() => {
  const store = createSettingsStore(browser.storage.local);
  startReminder(browser as unknown as ReminderBrowser, navigator.language);
  let history: ReturnType<typeof openHistory> | null = null;
  const recorder = createHistoryRecorder({
    store: () => (history ??= openHistory()),
    settings: () => store.load().then((r) => r.settings),
  });
  // Firefox's MV2 build has browserAction; the badge needs no permission in either.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) => {
    const type = (message as { type?: string } | null)?.type;
    if (type === GET_SETTINGS_MESSAGE) return store.loadStored().then((stored): SettingsForOverlay => ({ ...stored, texts: overlayCatalogs }));
    if (type === RECORD_TABLE_MESSAGE) {
      void recorder.record((message as { read: TableRead }).read).then(
        (outcome) => {
          // An open history page refreshes; with none open, nobody listens.
          if (outcome === 'recorded') browser.runtime.sendMessage({ type: HISTORY_CHANGED_MESSAGE }).catch(() => {});
        },
        (error) => console.error('[Real ROI] could not record this table', error),
      );
      return undefined;
    }
    if (type === EXPORT_TABLE_MESSAGE) {
      // The CSV is written here so that its code and texts stay out of the content scripts.
      const request = asTableExportRequest((message as { request?: unknown }).request);
      if (!request) return Promise.reject(new Error('not an export request'));
      return store.load().then((r) => tableCsv(tableExportFrom(request, r.settings, navigator.language)));
    }
    if (type === STEER_MESSAGE) {
      const request = asSteerRequest((message as { request?: unknown }).request);
      const tabId = sender.tab?.id;
      if (!request || tabId === undefined) return undefined;
      return answerSteer(request, {
        settings: () => store.load().then((r) => r.settings),
        entries: () => (history ??= openHistory()).then((h) => h.all()).then((r) => r.entries),
        setBadge: (text) => {
          void action.setBadgeText({ tabId, text });
          if (text) void action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
        },
        browserLanguage: navigator.language,
      });
    }
    if (type === 'open-options') {
      // The progress page opens in a tab of its own; the content script cannot link to an extension page.
      if ((message as { page?: string }).page === 'history') void browser.tabs.create({ url: browser.runtime.getURL('/history.html') });
      else void browser.runtime.openOptionsPage();
    }
    if (type === OPEN_SETUP_MESSAGE) void openSetup();
    return undefined;
  });
  // A fresh install starts with the guided set-up; until it is saved every
  // figure on the ad pages is marked as provisional. Updates open nothing.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openSetup();
  });
});
