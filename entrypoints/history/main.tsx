import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/fields/extension-deps';
import type { HistoryDeps } from '../../components/history/deps';
import { HistoryApp } from '../../components/history/HistoryApp';
import { openHistory } from '../../lib/history/db';
import { HISTORY_CHANGED_MESSAGE } from '../../lib/messages';
import { SETTINGS_KEY } from '../../lib/storage-keys';
import '../../components/fields/forms.css';
import '../../components/history/history.css';
import '../../components/steering/steering.css';

let store: ReturnType<typeof openHistory> | null = null;
const deps: HistoryDeps = {
  getItem: async (key) => (await browser.storage.local.get(key))[key],
  setItem: (key, value) => browser.storage.local.set({ [key]: value }),
  onSettingsChange(listener) {
    const handler = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) listener();
    };
    browser.storage.onChanged.addListener(handler);
    return () => browser.storage.onChanged.removeListener(handler);
  },
  openStore: () => (store ??= openHistory()),
  onHistoryChanged(listener) {
    const handler = (message: unknown) => {
      if ((message as { type?: string } | null)?.type === HISTORY_CHANGED_MESSAGE) listener();
      return undefined;
    };
    browser.runtime.onMessage.addListener(handler);
    return () => browser.runtime.onMessage.removeListener(handler);
  },
  browserLanguage: navigator.language,
  download: downloadText,
  confirm: (text) => window.confirm(text),
  openOptions: () => void browser.runtime.openOptionsPage(),
};
render(<HistoryApp deps={deps} />, document.getElementById('app')!);
