import { browser } from 'wxt/browser';
import { GET_SETTINGS_MESSAGE } from '../lib/messages';
import { createSettingsStore } from '../lib/settings';

// The background makes no network request and keeps no state. It is the one
// reader of the settings for content scripts: every read goes through the
// zod schema with field-by-field repair, and content scripts stay small.
export default defineBackground(() => {
  const store = createSettingsStore(browser.storage.local);
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: string } | null)?.type;
    if (type === GET_SETTINGS_MESSAGE) return store.load().then((r) => r.settings);
    if (type === 'open-options') void browser.runtime.openOptionsPage();
    return undefined;
  });
});
