/**
 * The content script's panel names the built-in profile in the page's language while nobody
 * renamed it: the name comes with the settings, the texts from the background (start.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startOverlay } from '../../components/overlay/start';
import { overlayCatalogs } from '../../lib/i18n/overlay';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { defaultSettings } from '../../lib/settings';
import { loadFixture } from './load-fixture';

let stop: (() => void) | null = null;
afterEach(() => stop?.());

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

async function panelProfile(browserLanguage: string, name?: string) {
  const { document } = loadFixture('google-ads/campaigns_en_usd.html');
  const settings = defaultSettings();
  settings.profiles[0]!.currency = 'USD';
  if (name !== undefined) settings.profiles[0]!.name = name;
  const started = startOverlay(googleAdsAdapter, document, {
    // First run: nothing stored, the background answers the defaults.
    loadSettings: async () => ({ settings, stored: name !== undefined, unreadable: [], texts: overlayCatalogs }),
    onSettingsChange: () => () => {},
    browserLanguage,
  });
  stop = started.stop;
  await tick();
  started.overlay.flush();
  await tick();
  const root = document.querySelector('real-roi-panel')!.shadowRoot!;
  (root.querySelector('[data-panel="chip"]') as HTMLButtonElement).click();
  await tick();
  return { shown: root.querySelector('[data-panel="profile"]')!.textContent, settings };
}

describe('panel: the built-in profile name', () => {
  it('is French in a French browser before anything is saved, and the settings read are left as they are', async () => {
    const { shown, settings } = await panelProfile('fr-FR');
    expect(shown).toBe('Ma boutique');
    expect(settings.profiles[0]!.name).toBe('My shop');
  });

  it('stays "My shop" in English', async () => {
    expect((await panelProfile('en-US')).shown).toBe('My shop');
  });

  it('a name the user typed is shown as typed', async () => {
    expect((await panelProfile('fr-FR', 'Boutique de Lyon')).shown).toBe('Boutique de Lyon');
  });
});
