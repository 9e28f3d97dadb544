// @vitest-environment happy-dom
/**
 * report.html measures each account against the goal the progress page
 * saved (storage 'historyGoals'), and says which goal that is: saved for the
 * account, the default, or a saved baseline no longer recorded.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportApp } from '../../components/steering/ReportApp';
import type { HistoryStore } from '../../lib/history/db';
import { HISTORY_GOALS_KEY } from '../../lib/history/goals';
import type { HistoryEntry } from '../../lib/history/types';
import { SETTINGS_KEY, type Settings } from '../../lib/settings';
import { exampleSettings } from '../unit/options/fixtures';
import { ALL_COLUMNS, entry } from '../unit/history/helpers';

const GOOGLE = '321-654-0987';
const KEY = `google-ads|${GOOGLE}`;
const months = (): HistoryEntry[] =>
  ['09', '10', '11'].map((m, i) =>
    entry({ accountId: GOOGLE, period: { start: `2025-${m}-01`, end: `2025-${m}-${['30', '31', '30'][i]}` }, capturedAt: `2025-12-0${i + 1}T09:00:00.000Z` }),
  );

function store(list: HistoryEntry[]): HistoryStore {
  const nope = async () => {};
  return {
    put: nope,
    putMany: nope,
    all: async () => ({ entries: [...list], skipped: 0 }),
    captureTimes: async () => new Map(),
    delete: nope,
    deleteAccount: nope,
    clear: nope,
    prune: async () => 0,
    close: () => {},
  };
}

function setup(list: HistoryEntry[], goals: unknown, settings: Settings = exampleSettings()) {
  const local = new Map<string, unknown>([
    [SETTINGS_KEY, settings],
    [HISTORY_GOALS_KEY, goals],
  ]);
  render(
    <ReportApp
      deps={{ getItem: async (k) => local.get(k), openStore: async () => store(list), browserLanguage: 'en-US', now: () => new Date('2026-11-30T12:00:00Z') }}
    />,
  );
}

const goalLine = async () => {
  await screen.findByText('Trend of the real ROI');
  return document.querySelector<HTMLElement>(`[data-report-account="${KEY}"] [data-report-goal]`)!;
};

afterEach(cleanup);

describe('report.html and the saved goals', () => {
  it('uses the baseline and target date saved on the progress page, and says so', async () => {
    const list = months();
    setup(list, { [`account:${KEY}`]: { baselineId: list[1]!.id, targetDate: '2026-06-30' } });
    const line = await goalLine();
    expect(line.dataset.reportGoal).toBe('account');
    expect(line.dataset.baseline).toBe(list[1]!.id);
    expect(line.dataset.targetDate).toBe('2026-06-30');
    expect(line.textContent).toMatch(
      /^Baseline Oct 1\s–\s31, 2025: \d.*%; target 50(\.0)?% by Jun 30, 2026 \(as saved on the progress page for this account\)\.$/,
    );
  });

  it('says when it uses the default, and when a saved baseline is gone (French too)', async () => {
    const list = months();
    setup(list, undefined);
    let line = await goalLine();
    expect(line.dataset.reportGoal).toBe('default');
    expect(line.dataset.baseline).toBe(list[0]!.id);
    expect(line.textContent).toContain('(default: first period of 28 days or more, target 90 days later; set them on the progress page)');
    cleanup();
    setup(list, { [`account:${KEY}`]: { baselineId: 'deleted', targetDate: null } }, { ...exampleSettings(), language: 'fr' });
    await screen.findByText('Évolution du ROI réel');
    line = document.querySelector<HTMLElement>(`[data-report-account="${KEY}"] [data-report-goal]`)!;
    expect(line.dataset.reportGoal).toBe('saved-missing');
    expect(line.textContent).toContain('la référence enregistrée n’est plus dans l’historique');
  });

  it('names the periods its trend leaves out for want of a readable real ROI, with why (EN and FR)', async () => {
    const list = months();
    list[1] = entry({
      accountId: GOOGLE,
      period: list[1]!.period,
      capturedAt: list[1]!.capturedAt,
      columns: { ...ALL_COLUMNS, conversionValue: false, roas: false },
      rows: [{ key: 'campaign:1', name: 'Shopping', spend: 300, conversions: 9, conversionValue: null, roas: null, pending: [] }],
      totals: [{ scope: 'table', label: 'Total', spend: 300, conversions: 9, conversionValue: null, roas: null }],
    });
    setup(list, undefined);
    await screen.findByText('Trend of the real ROI');
    const gaps = document.querySelector<HTMLElement>(`[data-report-account="${KEY}"] [data-trend-gaps]`)!;
    expect(gaps.dataset.trendGaps).toBe('1');
    expect(gaps.textContent).toMatch(/^Not drawn, no readable real ROI \(1\): Oct 1\s–\s31, 2025 \(no conversion value, ROAS or lead value\)\./);
    expect(document.querySelector('.trend svg')!.getAttribute('aria-label')).toContain('over 2 recorded periods');
    cleanup();
    setup(list, undefined, { ...exampleSettings(), language: 'fr' });
    await screen.findByText('Évolution du ROI réel');
    expect(document.querySelector('[data-trend-gaps]')!.textContent).toContain('Non tracées, sans ROI réel lisible (1)');
  });
});
