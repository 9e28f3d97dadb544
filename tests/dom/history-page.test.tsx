// @vitest-environment happy-dom
/**
 * The progress page's test contract, on the rendered page: one
 * `[data-history-entry]` per recorded period of every account (a collapsed
 * one included), its figure recomputed by the engine, the reason when there
 * is none, the "still settling" mark, and the user's language.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryApp } from '../../components/history/HistoryApp';
import type { HistoryDeps } from '../../components/history/deps';
import type { HistoryEntry } from '../../lib/history';
import type { HistoryStore } from '../../lib/history/db';
import { recompute } from '../../lib/history/recompute';
import { SETTINGS_KEY, type Settings } from '../../lib/settings';
import { historyEn as en } from '../../lib/i18n/history.en';
import { historyFr as fr } from '../../lib/i18n/history.fr';
import { exampleSettings } from '../unit/options/fixtures';
import { ALL_COLUMNS, entry } from '../unit/history/helpers';

const GOOGLE = '321-654-0987';
const META = '1234567890';

function entries(): HistoryEntry[] {
  return [
    // Google Ads: three months, the last captured 3 days after it ended (settling).
    entry({ accountId: GOOGLE, period: { start: '2025-09-01', end: '2025-09-30' }, capturedAt: '2025-10-20T09:00:00.000Z' }),
    entry({ accountId: GOOGLE, period: { start: '2025-10-01', end: '2025-10-31' }, capturedAt: '2025-11-15T09:00:00.000Z' }),
    entry({ accountId: GOOGLE, period: { start: '2025-11-01', end: '2025-11-30' }, capturedAt: '2025-12-03T09:00:00.000Z' }),
    // Meta, captured earlier (so collapsed): one complete period, one without a value column.
    entry({
      platform: 'meta',
      level: 'adsets',
      accountId: META,
      currency: 'USD',
      period: { start: '2025-10-01', end: '2025-10-31' },
      capturedAt: '2025-11-20T09:00:00.000Z',
    }),
    entry({
      platform: 'meta',
      level: 'adsets',
      accountId: META,
      currency: 'USD',
      period: { start: '2025-11-01', end: '2025-11-07' },
      capturedAt: '2025-11-25T09:00:00.000Z',
      columns: { ...ALL_COLUMNS, conversionValue: false },
      rows: [{ key: 'adset:1', name: 'Prospecting', spend: 300, conversions: 9, conversionValue: null, roas: null, pending: [] }],
      totals: [{ scope: 'table', label: 'Total', spend: 300, conversions: 9, conversionValue: null, roas: null }],
    }),
  ];
}

function fakeStore(list: HistoryEntry[]): HistoryStore {
  const all = async () => ({ entries: [...list], skipped: 0 });
  const nope = async () => {};
  return {
    put: nope,
    putMany: nope,
    all,
    captureTimes: async () => new Map(list.map((e) => [e.id, { capturedAt: e.capturedAt }])),
    delete: nope,
    deleteAccount: nope,
    clear: nope,
    prune: async () => 0,
    close: () => {},
  };
}

function setup(settings: Settings, list = entries(), local = new Map<string, unknown>()) {
  const deps: HistoryDeps = {
    getItem: async (key) => (key === SETTINGS_KEY ? settings : local.get(key)),
    setItem: async (key, value) => {
      local.set(key, structuredClone(value));
    },
    onSettingsChange: () => () => {},
    openStore: async () => fakeStore(list),
    onHistoryChanged: () => () => {},
    browserLanguage: 'en-US',
    download: () => {},
    confirm: () => false,
    openOptions: () => {},
    now: () => new Date('2025-12-05T12:00:00.000Z'),
  };
  render(<HistoryApp deps={deps} />);
  return list;
}

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-history-entry]')];
const rowFor = (e: HistoryEntry) =>
  rows().filter(
    (r) => r.dataset.platform === e.platform && r.dataset.account === e.accountId && r.dataset.start === e.period.start && r.dataset.end === e.period.end,
  );

afterEach(cleanup);

describe('progress page (history.html)', () => {
  it('lists every recorded period of every account, a collapsed one included, with engine figures', async () => {
    const settings = exampleSettings();
    const list = setup(settings);
    await screen.findByText(en['history.entries']);
    expect(rows()).toHaveLength(list.length);

    const sections = [...document.querySelectorAll<HTMLDetailsElement>('[data-history-account]')];
    expect(sections).toHaveLength(2);
    const closed = sections.filter((s) => !s.open);
    expect(closed).toHaveLength(1);
    expect(closed[0]!.querySelectorAll('[data-history-entry]')).toHaveLength(2);

    for (const e of list) {
      const found = rowFor(e);
      expect(found, `${e.platform} ${e.period.start}`).toHaveLength(1);
      const row = found[0]!;
      expect(row.dataset.level).toBe(e.level);
      const { totals } = recompute(e, settings);
      if (totals.roi === null) {
        expect(row.dataset.roi).toBe('na');
        expect(row.dataset.roiReason).toBe(totals.reason);
      } else {
        expect(row.dataset.roi).toBe(String(totals.roi));
        expect(row.hasAttribute('data-roi-reason')).toBe(false);
      }
    }
  });

  it('a period without its value column shows no figure and says why', async () => {
    const settings = exampleSettings();
    const list = setup(settings);
    await screen.findByText(en['history.entries']);
    const incomplete = list[4]!;
    expect(recompute(incomplete, settings).totals.roi).toBeNull();
    const row = rowFor(incomplete)[0]!;
    expect(row.dataset.roi).toBe('na');
    expect(row.dataset.roiReason).toBeTruthy();
    // The complete periods do carry a figure: the contract is not satisfied by 'na' everywhere.
    const complete = rows().filter((r) => r.dataset.roi !== 'na');
    expect(complete).toHaveLength(list.length - 1);
  });

  it('marks only a period that ended less than 7 days before its capture as still settling', async () => {
    const list = setup(exampleSettings());
    await screen.findByText(en['history.entries']);
    const settling = rows().filter((r) => r.hasAttribute('data-settling'));
    expect(settling).toHaveLength(1);
    expect(settling[0]!.dataset.end).toBe(list[2]!.period.end);
    expect(settling[0]!.textContent).toContain(en['history.settling']);
    expect(document.body.textContent!.split(en['history.settling']).length - 1).toBe(1);
  });

  it('speaks French when the settings say so', async () => {
    setup({ ...exampleSettings(), language: 'fr' });
    await screen.findByText(fr['history.entries']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(fr['history.title']);
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    const settling = rows().find((r) => r.hasAttribute('data-settling'))!;
    expect(settling.textContent).toContain(fr['history.settling']);
    expect(document.body.textContent).not.toContain(en['history.entries']);
  });

  it('a baseline without a readable real ROI says so, with why and the fix, never "n/a" against the target', async () => {
    const blind = entries();
    // The first recorded Google month (the default baseline) was read without its value column.
    blind[0] = entry({
      ...blind[0]!,
      columns: { ...ALL_COLUMNS, conversionValue: false, roas: false },
      rows: [{ key: 'campaign:1', name: 'Shopping', spend: 300, conversions: 9, conversionValue: null, roas: null, pending: [] }],
      totals: [{ scope: 'table', label: 'Total', spend: 300, conversions: 9, conversionValue: null, roas: null }],
    });
    setup(exampleSettings(), blind);
    const target = await screen.findByTestId('target');
    expect(target.dataset.baselineRoi).toBe('na');
    expect(target.textContent).toContain('has no readable real ROI (no conversion value, ROAS or lead value)');
    expect(target.textContent).toContain('choose another baseline');
    cleanup();
    setup({ ...exampleSettings(), language: 'fr' }, blind);
    const cible = await screen.findByTestId('target');
    expect(cible.textContent).toContain('n’a pas de ROI réel lisible (ni valeur de conversion');
    // A readable baseline still shows its figure.
    cleanup();
    setup(exampleSettings());
    expect((await screen.findByTestId('target')).dataset.baselineRoi).not.toBe('na');
  });

  it('keeps the chosen baseline and target date across a reload', async () => {
    const local = new Map<string, unknown>();
    const list = setup(exampleSettings(), entries(), local);
    const baseline = () => screen.findByTestId<HTMLSelectElement>('baseline');
    const first = list[1]!.id;
    expect((await baseline()).value).not.toBe(first);
    fireEvent.change(await baseline(), { target: { value: first } });
    fireEvent.change(screen.getByTestId('target-date'), { target: { value: '2026-09-30' } });
    await waitFor(() => expect((screen.getByTestId('target-date') as HTMLInputElement).value).toBe('2026-09-30'));
    cleanup();

    setup(exampleSettings(), list, local);
    await waitFor(async () => expect((await baseline()).value).toBe(first));
    expect((screen.getByTestId('target-date') as HTMLInputElement).value).toBe('2026-09-30');
  });
});
