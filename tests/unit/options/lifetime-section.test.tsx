// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageDeps } from '../../../components/fields/extension-deps';
import { OptionsApp, type OptionsDeps } from '../../../components/options/OptionsApp';
import { exampleSettings } from './fixtures';

function setup(language = 'en-US') {
  const deps: OptionsDeps = {
    ...storageDeps(fakeBrowser as unknown as Parameters<typeof storageDeps>[0], language),
    download: () => {},
    now: () => new Date(2025, 10, 20, 12),
  };
  render(<OptionsApp deps={deps} />);
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const type = (id: string, value: string) => fireEvent.input(field(id), { target: { value } });
const stored = async () => (await fakeBrowser.storage.local.get('settings'))['settings'];
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: exampleSettings() });
});
afterEach(cleanup);

describe('options page: customer lifetime', () => {
  it('explains it with the worked example, computed by the engine: 188 %', async () => {
    setup();
    await screen.findByRole('button', { name: 'Save' });
    const text = plain(screen.getByTestId('lifetime-example').textContent);
    expect(text).toContain('an average order of €80.00');
    expect(text).toContain('€36.00 of margin');
    expect(text).toContain('Over 12 orders the customer brings €432.00 of margin: a lifetime ROI of 188%');
  });

  it('and in French', async () => {
    setup('fr-FR');
    await screen.findByRole('button', { name: 'Enregistrer' });
    const text = plain(screen.getByTestId('lifetime-example').textContent);
    expect(text).toContain('un panier moyen de 80,00 €');
    expect(text).toContain('un ROI sur la durée de vie de 188 %');
  });

  it('is saved in the settings-file shape once its fields are valid, with the badge choice', async () => {
    setup();
    await screen.findByRole('button', { name: 'Save' });
    fireEvent.click(field('f-profiles-0-lifetime-enabled'));
    type('f-profiles-0-lifetime-purchasesPerYear', '4');
    type('f-profiles-0-lifetime-years', '0.1');
    await screen.findByText('Orders per year × years must come to at least 1 order: the first one.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Not saved: 1 field to fix first.');
    type('f-profiles-0-lifetime-years', '3');
    type('f-profiles-0-lifetime-newCustomerShare', '70');
    await screen.findByText('Each new customer places 12 orders in all.');
    fireEvent.click(screen.getByLabelText(/The lifetime ROI, marked “LTV”/));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('All changes saved.');
    const expected = exampleSettings();
    expected.profiles[0]!.lifetime = { purchasesPerYear: 4, years: 3, newCustomerShare: 0.7 };
    expected.badgeRoi = 'lifetime';
    expect(await stored()).toEqual(expected);
  });
});
