// @vitest-environment happy-dom
/** The profile-delete question counts the profile's costs in proper plural forms, never "0 cost(s)". */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageDeps } from '../../../components/fields/extension-deps';
import { OptionsApp, type OptionsDeps } from '../../../components/options/OptionsApp';
import { exampleSettings } from './fixtures';

async function question(costCount: number, language: string): Promise<string> {
  const settings = exampleSettings();
  const costs = settings.profiles[0]!.costs;
  // As many costs as asked, copies of the fixture's with their own ids.
  settings.profiles[0]!.costs = Array.from({ length: costCount }, (_, i) => ({ ...costs[i % costs.length]!, id: `q${i}` }));
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings });
  const deps: OptionsDeps = {
    ...storageDeps(fakeBrowser as unknown as Parameters<typeof storageDeps>[0], language),
    download: () => {},
    now: () => new Date(2025, 10, 20, 12),
  };
  render(<OptionsApp deps={deps} />);
  fireEvent.click(await screen.findByRole('button', { name: language.startsWith('fr') ? 'Supprimer…' : 'Delete…' }));
  const text = (await screen.findByRole('alertdialog')).querySelector('#profile-delete-question')?.textContent ?? '';
  cleanup();
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

afterEach(cleanup);

describe('profile-delete question', () => {
  it('in English: no costs, its cost, its n costs', async () => {
    expect(await question(0, 'en-US')).toMatch(/^Delete the profile “Clothing shop”\? It has no costs\. /);
    expect(await question(1, 'en-US')).toMatch(/^Delete the profile “Clothing shop” and its cost\? /);
    expect(await question(3, 'en-US')).toMatch(/^Delete the profile “Clothing shop” and its 3 costs\? /);
  });

  it('in French: aucun coût, son coût, ses n coûts', async () => {
    expect(await question(0, 'fr-FR')).toMatch(/^Supprimer le profil « Clothing shop » \? Il n’a aucun coût\. /);
    expect(await question(1, 'fr-FR')).toMatch(/^Supprimer le profil « Clothing shop » et son coût \? /);
    expect(await question(2, 'fr-FR')).toMatch(/^Supprimer le profil « Clothing shop » et ses 2 coûts \? /);
  });

  it('never writes a (s) plural', async () => {
    for (const n of [0, 1, 2]) for (const lang of ['en-US', 'fr-FR']) expect(await question(n, lang)).not.toContain('(s)');
  });
});
