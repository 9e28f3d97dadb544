// @vitest-environment happy-dom
/**
 * The built-in profile's name follows the UI language while nobody renamed it (nothing saved yet,
 * or saved untouched); a name the user typed is shown and saved as typed.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageDeps } from '../../../components/fields/extension-deps';
import { OptionsApp, type OptionsDeps } from '../../../components/options/OptionsApp';
import { BUILT_IN_PROFILE_NAMES, shownProfileName, withShownProfileNames } from '../../../lib/i18n';
import { overlayEn } from '../../../lib/i18n/overlay.en';
import { overlayFr } from '../../../lib/i18n/overlay.fr';
import { DEFAULT_PROFILE_NAME, defaultSettings } from '../../../lib/settings';

function setup(language: string) {
  const deps: OptionsDeps = {
    ...storageDeps(fakeBrowser as unknown as Parameters<typeof storageDeps>[0], language),
    download: vi.fn(),
    now: () => new Date(2025, 10, 20, 12),
  };
  render(<OptionsApp deps={deps} />);
}
const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const stored = async () => (await fakeBrowser.storage.local.get('settings'))['settings'] as { profiles: { name: string }[] } | undefined;

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the built-in profile name', () => {
  it('is the settings default in English, so a profile never renamed is recognised', () => {
    expect(overlayEn['profile.defaultName']).toBe(DEFAULT_PROFILE_NAME);
    expect(BUILT_IN_PROFILE_NAMES).toEqual([DEFAULT_PROFILE_NAME, overlayFr['profile.defaultName']]);
  });

  it('is shown in the UI language, in either direction; any other name as typed', () => {
    expect(shownProfileName('My shop', 'Ma boutique', BUILT_IN_PROFILE_NAMES)).toBe('Ma boutique');
    // What the French first set-up saved (180f077) follows the language back.
    expect(shownProfileName('Ma boutique', 'My shop', BUILT_IN_PROFILE_NAMES)).toBe('My shop');
    expect(shownProfileName('Clothing shop', 'Ma boutique', BUILT_IN_PROFILE_NAMES)).toBe('Clothing shop');
    const s = defaultSettings();
    const shown = withShownProfileNames(s, 'Ma boutique', BUILT_IN_PROFILE_NAMES);
    expect(shown.profiles[0]!.name).toBe('Ma boutique');
    // Display only: the settings read are left as they are.
    expect(s.profiles[0]!.name).toBe('My shop');
    expect(withShownProfileNames(s, 'My shop', BUILT_IN_PROFILE_NAMES)).toBe(s);
  });

  it('options page, French, nothing saved: the name field says "Ma boutique", with nothing to save', async () => {
    setup('fr-FR');
    await screen.findByRole('button', { name: 'Enregistrer' });
    expect(field('f-profiles-0-name').value).toBe('Ma boutique');
    expect(screen.getByText('Aucune modification non enregistrée.')).toBeTruthy();
  });

  it('options page, French: a name the user types is kept and saved as typed', async () => {
    setup('fr-FR');
    await screen.findByRole('button', { name: 'Enregistrer' });
    fireEvent.input(field('f-profiles-0-name'), { target: { value: 'Boutique de Lyon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Toutes les modifications sont enregistrées.');
    expect((await stored())!.profiles[0]!.name).toBe('Boutique de Lyon');
    expect(field('f-profiles-0-name').value).toBe('Boutique de Lyon');
  });

  it('options page, English: the built-in name is "My shop"', async () => {
    setup('en-US');
    await screen.findByRole('button', { name: 'Save' });
    expect(field('f-profiles-0-name').value).toBe('My shop');
  });
});
