/**
 * How the DOM tests make an overlay: Google Ads' adapter on a loaded fixture, an English browser, the
 * overlay's own texts; a test adds or replaces options. `startOnFixture` also gives it a USD profile with
 * one monthly cost and runs the first pass.
 */
import { createOverlay, type Overlay, type OverlayOptions } from '../../components/overlay/controller';
import { overlayTranslator } from '../../lib/i18n/overlay';
import type { TableContext } from '../../lib/platforms/contract/adapter';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { defaultSettings, type Settings } from '../../lib/settings';
import { loadFixture } from './load-fixture';

export function settings(): Settings {
  const s = defaultSettings();
  s.profiles[0]!.currency = 'USD';
  s.profiles[0]!.costs = [{ kind: 'monthly', label: 'Tools', amount: 300 }];
  return s;
}

type Page = Pick<ReturnType<typeof loadFixture>, 'window' | 'document'>;

const started: Overlay[] = [];

/** For `afterEach`: stops every overlay made here (their observers and timers would outlive the test). */
export function stopOverlays(): void {
  for (const overlay of started.splice(0)) overlay.stop();
}

/** An overlay on a loaded page, before any settings or pass; `stopOverlays` stops it. */
export function overlayOn(page: Page, overrides: Partial<OverlayOptions<TableContext>> = {}): Overlay {
  const overlay = createOverlay<TableContext>({
    adapter: googleAdsAdapter,
    doc: page.document,
    getUrl: () => new URL(page.window.location.href),
    browserLanguage: 'en-US',
    texts: overlayTranslator,
    onOpenOptions: () => {},
    ...overrides,
  });
  started.push(overlay);
  return overlay;
}

export function startOnFixture(rel: string): {
  overlay: Overlay;
  window: Window;
  document: Document;
  hosts(): Element[];
  roiOf(key: string): string | null | undefined;
} {
  const page = loadFixture(rel);
  const { window, document } = page;
  const overlay = overlayOn(page);
  overlay.setSettings(settings());
  overlay.flush();
  const hosts = () => Array.from(document.querySelectorAll('[data-real-roi-row]'));
  const roiOf = (key: string) => document.querySelector(`[data-real-roi-row="${key}"]`)?.getAttribute('data-roi');
  return { overlay, window: window as unknown as Window, document, hosts, roiOf };
}
