// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DRAFT_KEY } from '../../../lib/storage-keys';
import { readSynced } from '../../../lib/options/sync';
import { storageDeps } from '../../../components/fields/extension-deps';
import { OptionsApp, type OptionsDeps } from '../../../components/options/OptionsApp';
import { exampleSettings } from './fixtures';

function setup(language = 'en-US') {
  const download = vi.fn<(name: string, text: string) => void>();
  const deps: OptionsDeps = {
    ...storageDeps(fakeBrowser as unknown as Parameters<typeof storageDeps>[0], language),
    download,
    now: () => new Date(2025, 10, 20, 12),
  };
  render(<OptionsApp deps={deps} />);
  return { download };
}

async function stored(key = 'settings') {
  return (await fakeBrowser.storage.local.get(key))[key];
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;

function type(id: string, value: string) {
  fireEvent.input(field(id), { target: { value } });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: exampleSettings() });
});
afterEach(cleanup);

describe('options page', () => {
  it('shows the saved profile and its monthly hidden costs', async () => {
    setup();
    await screen.findByRole('button', { name: 'Save' });
    expect(field('f-profiles-0-name').value).toBe('Clothing shop');
    expect(field('f-profiles-0-margin-default').value).toBe('60');
    expect(screen.getByTestId('fixed-total').textContent).toBe('€1,095.00 of fixed costs');
  });

  it('shows the reason next to an invalid field and refuses to save', async () => {
    setup();
    await screen.findByRole('button', { name: 'Save' });
    type('f-profiles-0-margin-default', '140');
    await screen.findByText('Must be 100% or less.');
    expect(field('f-profiles-0-margin-default').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Not saved: 1 field to fix first.');
    expect(await stored()).toEqual(exampleSettings());
  });

  it('saves valid edits in the settings-file shape', async () => {
    setup();
    await screen.findByRole('button', { name: 'Save' });
    type('f-profiles-0-margin-default', '55');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('All changes saved.');
    const expected = exampleSettings();
    expected.profiles[0]!.margin.default = 0.55;
    expect(await stored()).toEqual(expected);
  });

  it('keeps unsaved edits as a draft and restores them on the next visit', async () => {
    setup();
    await screen.findByRole('button', { name: 'Save' });
    type('f-profiles-0-name', 'Clothes');
    await waitFor(async () => expect(await stored(DRAFT_KEY)).toBeDefined());
    cleanup();
    setup();
    await screen.findByText(/Your unsaved changes from .* were restored/);
    expect(field('f-profiles-0-name').value).toBe('Clothes');
    expect(await stored()).toEqual(exampleSettings());
  });

  it('picks up settings saved elsewhere without losing local edits to other fields', async () => {
    setup();
    await screen.findByRole('button', { name: 'Save' });
    type('f-profiles-0-name', 'Clothes');
    const elsewhere = exampleSettings();
    elsewhere.targetRoi = 0.3;
    await fakeBrowser.storage.local.set({ settings: elsewhere });
    await screen.findByText(/Settings were saved in another window/);
    await waitFor(() => expect(field('f-targetRoi').value).toBe('30'));
    expect(field('f-profiles-0-name').value).toBe('Clothes');
  });

  it('exports the saved settings as a JSON file', async () => {
    const { download } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Export settings' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0]!;
    expect(name).toBe('real-roi-settings-2025-11-20.json');
    expect(JSON.parse(text)).toEqual(exampleSettings());
  });

  it('previews an import, applies it on confirmation, and refuses a bad file', async () => {
    setup();
    const input = await screen.findByLabelText('Import a settings file');
    const choose = (name: string, text: string) => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'application/json' })] });
      fireEvent.change(input);
    };
    choose('broken.json', '{ nope');
    await screen.findByText('“broken.json” cannot be imported; your settings are unchanged:');
    screen.getByText('This file is not valid JSON. Choose a settings file exported by Real ROI.');

    const next = exampleSettings();
    next.targetRoi = 0.8;
    choose('next.json', JSON.stringify(next));
    await screen.findByText('Importing “next.json” will make these changes:');
    screen.getByText('Target ROI: 50% → 80%');
    expect(await stored()).toEqual(exampleSettings());
    fireEvent.click(screen.getByRole('button', { name: 'Replace my settings' }));
    await screen.findByText('Settings imported from “next.json”.');
    expect(await stored()).toEqual(next);
  });

  it('adds a cost of the chosen kind and focuses its name', async () => {
    setup();
    await screen.findByRole('button', { name: 'Save' });
    fireEvent.change(screen.getByLabelText('Kind of cost to add'), { target: { value: 'percentOfSpend' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add this cost' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('f-profiles-0-costs-5-label'));
    expect(field('f-profiles-0-costs-5-label').value).toBe('Share of ad spend');
  });

  it('deletes a profile only after confirmation', async () => {
    setup();
    await screen.findByRole('button', { name: 'Save' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('“Client B” becomes the default');
    fireEvent.click(screen.getByRole('button', { name: 'Delete the profile' }));
    await waitFor(() => expect(field('f-profiles-0-name').value).toBe('Client B'));
  });

  it('speaks French when the browser does', async () => {
    setup('fr-FR');
    await screen.findByRole('button', { name: 'Enregistrer' });
    expect(screen.getByTestId('fixed-total').textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe('1 095,00 € de coûts fixes');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('says when the settings do not fit browser sync', async () => {
    const big = exampleSettings();
    big.profiles[0]!.name = 'x'.repeat(110_000);
    await fakeBrowser.storage.local.set({ settings: big });
    setup();
    fireEvent.click(await screen.findByLabelText(/Sync these settings across my browsers/));
    const note = await screen.findByText(/^Does not fit in browser sync/);
    expect(note.textContent).toMatch(/your settings take 10\d(\.\d)? kB, and browser sync holds at most 100 kB per extension \(in pieces of 8 kB\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('All changes saved.');
    // Saved on this device; nothing half-written to sync.
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('mirrors saved settings to browser sync when turned on, and offers a synced copy to another browser', async () => {
    setup();
    fireEvent.click(await screen.findByLabelText(/Sync these settings across my browsers/));
    await screen.findByText(/^Fits in browser sync: [\d.]+ kB of the 100 kB available\.$/);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Copied to browser sync at/);
    const synced = readSynced(await fakeBrowser.storage.sync.get(null));
    expect(JSON.parse(synced!.text)).toEqual({ ...exampleSettings(), sync: true });

    // Another browser: its own settings differ from the synced copy.
    cleanup();
    const other = exampleSettings();
    other.targetRoi = 0.2;
    await fakeBrowser.storage.local.set({ settings: other, optionsSyncSeen: 'earlier' });
    setup();
    await screen.findByText(/^Settings saved in another browser on .* differ from these\.$/);
    fireEvent.click(screen.getByRole('button', { name: 'Review them' }));
    await screen.findByText('Using the settings from your other browser will make these changes:');
    screen.getByText('Target ROI: 20% → 50%');
    fireEvent.click(screen.getByRole('button', { name: 'Replace my settings' }));
    await screen.findByText('Settings from your other browser are now in use.');
    expect(await stored()).toEqual({ ...exampleSettings(), sync: true });
  });

  it('a cost that could not be read is shown where it is, as stored, and nothing is rewritten until a save', async () => {
    const raw = structuredClone(exampleSettings()) as unknown as { profiles: { costs: Record<string, unknown>[] }[] };
    raw.profiles[0]!.costs.unshift({ kind: 'commission', label: 'Marketplace', rate: 0.15 });
    raw.profiles[0]!.costs[2]!['amount'] = -120;
    await fakeBrowser.storage.local.set({ settings: raw });
    const before = JSON.stringify(await stored());
    setup();
    await screen.findByRole('button', { name: 'Save' });
    const notice = document.querySelector('[data-notice="unreadable"]')!;
    expect(notice.textContent).toContain('a cost of kind “commission” is unknown to this version');
    expect(notice.textContent).toContain('"kind":"commission"');
    const label = raw.profiles[0]!.costs[2]!['label'] as string;
    expect(notice.textContent).toContain(`the cost “${label}” has a negative amount`);
    // The negative amount is back in its field (the unknown cost before it is not in the list), with its error.
    expect(field('f-profiles-0-costs-1-amount').value).toBe('-120');
    expect(field('f-profiles-0-costs-1-amount').getAttribute('aria-invalid')).toBe('true');
    await new Promise((r) => setTimeout(r, 400));
    expect(JSON.stringify(await stored())).toBe(before);
  });
});
