import { browser } from 'wxt/browser';

// The background makes no network request and keeps no state. Content
// scripts cannot open the options page themselves, so they ask here.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'open-options') void browser.runtime.openOptionsPage();
  });
});
