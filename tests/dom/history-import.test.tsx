// @vitest-environment happy-dom
/**
 * A refused history file says why in the page's language and what to do
 * instead (the settings file belongs on the options page), and writes nothing.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryApp } from '../../components/history/HistoryApp';
import type { HistoryDeps } from '../../components/history/deps';
import { exportHistory } from '../../lib/history';
import type { HistoryStore } from '../../lib/history/db';
import { historyFr as fr } from '../../lib/i18n/history.fr';
import { SETTINGS_KEY } from '../../lib/settings';
import { exampleSettings } from '../unit/options/fixtures';
import { entry } from '../unit/history/helpers';

function setup() {
  const putMany = vi.fn(async () => {});
  const list = [entry({})];
  const store = {
    put: async () => {},
    putMany,
    all: async () => ({ entries: [...list], skipped: 0 }),
    captureTimes: async () => new Map(list.map((e) => [e.id, { capturedAt: e.capturedAt }])),
  } as unknown as HistoryStore;
  const settings = { ...exampleSettings(), language: 'fr' as const };
  const deps = {
    getItem: async (key: string) => (key === SETTINGS_KEY ? settings : undefined),
    setItem: async () => {},
    onSettingsChange: () => () => {},
    openStore: async () => store,
    onHistoryChanged: () => () => {},
    browserLanguage: 'fr-FR',
    download: () => {},
    confirm: () => false,
    openOptions: () => {},
    now: () => new Date('2025-12-05T12:00:00.000Z'),
  } as unknown as HistoryDeps;
  render(<HistoryApp deps={deps} />);
  return { putMany, good: exportHistory(list, new Date('2025-12-05T12:00:00.000Z')) };
}

async function importText(text: string) {
  const input = (await screen.findByTestId('import')) as HTMLInputElement;
  const file = new File([text], 'file.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  return screen.getByTestId('notice');
}

afterEach(cleanup);

describe('history import refused', () => {
  it('says in French why each bad file is refused and what to do, and writes nothing', async () => {
    const { putMany, good } = setup();
    const cases: [string, string][] = [
      ['{', fr['history.refused.notJson']],
      [JSON.stringify(exampleSettings()), fr['history.refused.settingsFile']],
      [JSON.stringify({ ...good, version: 99 }), fr['history.refused.newer']],
    ];
    for (const [text, reason] of cases) {
      const notice = await importText(text);
      await waitFor(() => expect(notice.textContent).toContain(reason));
      expect(notice.textContent).not.toMatch(/file:|not JSON|newer version/);
    }
    const notice = await importText(JSON.stringify({ ...good, entries: [{ ...good.entries[0], currency: 12 }] }));
    await waitFor(() => expect(notice.textContent).toContain(fr['history.refused.badEntry'].split('{')[0]!));
    expect(putMany).not.toHaveBeenCalled();
  });
});
