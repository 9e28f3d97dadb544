// @vitest-environment happy-dom
// The "panel switches in one click" hint is about which ROI the badges show: it
// must sit in that group, not below the language select where it read as a language note.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageDeps } from '../../../components/fields/extension-deps';
import { OptionsApp, type OptionsDeps } from '../../../components/options/OptionsApp';
import { translator } from '../../../lib/i18n';
import { exampleSettings } from './fixtures';

const fr = translator('fr');

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: exampleSettings() });
});
afterEach(cleanup);

describe('display section', () => {
  it('puts the badge hint in the badge group, described by it', async () => {
    const deps: OptionsDeps = {
      ...storageDeps(fakeBrowser as unknown as Parameters<typeof storageDeps>[0], 'fr-FR'),
      download: () => {},
      now: () => new Date(2025, 10, 20, 12),
    };
    render(<OptionsApp deps={deps} />);
    const group = (await screen.findByText(fr('lifetime.badge'))).closest('fieldset')!;
    const hint = screen.getByText(fr('lifetime.badgeHint'));
    expect(group.contains(hint)).toBe(true);
    expect(group.getAttribute('aria-describedby')).toBe(hint.id);
  });
});
