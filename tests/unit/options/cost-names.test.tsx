// @vitest-environment happy-dom
// A cost's name is user data the badges' breakdown shows: on a French page a new
// or emptied name must be the French kind name, never the schema's English fallback.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageDeps } from '../../../components/fields/extension-deps';
import { OptionsApp, type OptionsDeps } from '../../../components/options/OptionsApp';
import { translator } from '../../../lib/i18n';
import { exampleSettings } from './fixtures';

const fr = translator('fr');

function setup() {
  const deps: OptionsDeps = {
    ...storageDeps(fakeBrowser as unknown as Parameters<typeof storageDeps>[0], 'fr-FR'),
    download: () => {},
    now: () => new Date(2025, 10, 20, 12),
  };
  render(<OptionsApp deps={deps} />);
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const savedLabels = async () =>
  ((await fakeBrowser.storage.local.get('settings')).settings as ReturnType<typeof exampleSettings>).profiles[0]!.costs.map((c) => c.label);

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: exampleSettings() });
});
afterEach(cleanup);

describe('cost names on a French options page', () => {
  it('names a new cost with the French kind name', async () => {
    setup();
    const save = await screen.findByRole('button', { name: fr('save.save') });
    const count = exampleSettings().profiles[0]!.costs.length;
    fireEvent.change(field('new-cost-kind'), { target: { value: 'monthly' } });
    fireEvent.click(screen.getByRole('button', { name: fr('costs.add') }));
    await waitFor(() => expect(field(`f-profiles-0-costs-${count}-label`).value).toBe(fr('kind.monthly')));
    fireEvent.click(save);
    await waitFor(async () => expect((await savedLabels())[count]).toBe(fr('kind.monthly')));
  });

  it('saves an emptied name as the French kind name, and the monthly total shows it', async () => {
    setup();
    const save = await screen.findByRole('button', { name: fr('save.save') });
    const k = exampleSettings().profiles[0]!.costs.findIndex((c) => c.kind === 'monthly');
    fireEvent.input(field(`f-profiles-0-costs-${k}-label`), { target: { value: ' ' } });
    await waitFor(() => expect(screen.getByTestId('hidden-costs').textContent).toContain(fr('kind.monthly')));
    expect(screen.getByTestId('hidden-costs').textContent).not.toContain('Monthly cost');
    fireEvent.click(save);
    await waitFor(async () => expect((await savedLabels())[k]).toBe(fr('kind.monthly')));
  });
});
