// @vitest-environment happy-dom
/**
 * A file's date is the user's calendar day, not UTC's: in Paris after
 * midnight (or anywhere east of UTC) an export named after UTC carries yesterday.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HistoryApp } from '../../components/history/HistoryApp';
import type { HistoryDeps } from '../../components/history/deps';
import type { HistoryStore } from '../../lib/history/db';
import { historyEn as en } from '../../lib/i18n/history.en';
import { SETTINGS_KEY } from '../../lib/settings';
import { exampleSettings } from '../unit/options/fixtures';
import { entry } from '../unit/history/helpers';

const zone = process.env.TZ;
// UTC+14: noon UTC on 30 November is already 1 December there.
beforeAll(() => {
  process.env.TZ = 'Pacific/Kiritimati';
});
afterAll(() => {
  process.env.TZ = zone;
});
afterEach(cleanup);

describe('history files are named after the local day', () => {
  it('names the JSON export with the local date', async () => {
    const list = [entry({})];
    const download = vi.fn();
    const store = {
      all: async () => ({ entries: [...list], skipped: 0 }),
      captureTimes: async () => new Map(),
    } as unknown as HistoryStore;
    const deps = {
      getItem: async (key: string) => (key === SETTINGS_KEY ? exampleSettings() : undefined),
      setItem: async () => {},
      onSettingsChange: () => () => {},
      openStore: async () => store,
      onHistoryChanged: () => () => {},
      browserLanguage: 'en-US',
      download,
      confirm: () => false,
      openOptions: () => {},
      now: () => new Date('2026-11-30T12:00:00.000Z'),
    } as unknown as HistoryDeps;
    render(<HistoryApp deps={deps} />);
    const button = await screen.findByRole('button', { name: en['history.export'] });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    expect(download.mock.calls[0]?.[0]).toBe('real-roi-history-2026-12-01.json');
  });
});
