/** The overlay on a Google Ads fixture, with a USD profile and one monthly cost, as the DOM tests start it. */
import { createOverlay, type Overlay } from '../../components/overlay/controller';
import { overlayTranslator } from '../../lib/i18n/overlay';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { defaultSettings, type Settings } from '../../lib/settings';
import { loadFixture } from './load-fixture';

export function settings(): Settings {
  const s = defaultSettings();
  s.profiles[0]!.currency = 'USD';
  s.profiles[0]!.costs = [{ kind: 'monthly', label: 'Tools', amount: 300 }];
  return s;
}

export function startOnFixture(rel: string): {
  overlay: Overlay;
  window: Window;
  document: Document;
  hosts(): Element[];
  roiOf(key: string): string | null | undefined;
} {
  const { window, document } = loadFixture(rel);
  const overlay = createOverlay({
    adapter: googleAdsAdapter,
    doc: document,
    getUrl: () => new URL(window.location.href),
    browserLanguage: 'en-US',
    texts: overlayTranslator,
    onOpenOptions: () => {},
  });
  overlay.setSettings(settings());
  overlay.flush();
  const hosts = () => Array.from(document.querySelectorAll('[data-real-roi-row]'));
  const roiOf = (key: string) => document.querySelector(`[data-real-roi-row="${key}"]`)?.getAttribute('data-roi');
  return { overlay, window: window as unknown as Window, document, hosts, roiOf };
}
