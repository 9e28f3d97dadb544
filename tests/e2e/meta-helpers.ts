/**
 * What the Meta e2e files share: the profiles of the fixtures' accounts, the
 * file's Chromium, a fixture checked against the engine, and the fixture pages' API.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ExtractedRow, ExtractedTable, ExtractedTotals, MetricKey } from '../../lib/platforms/contract/types';
import { expectMatches, model } from './engine-views';
import { launch, openFixture, readJson, setSettings, waitForBadges, type Harness } from './harness';
import { metaUsdProfile, settingsWith } from './settings-fixtures';

/** The account of campaigns_en_usd, adsets, ads, the harness… (USD), with every cost kind but one-off. */
export const northwind = metaUsdProfile;
/** campaigns_fr_eur's account (EUR). */
export const bebe = {
  ...northwind,
  id: 'bebe',
  name: 'Bébé Douceur',
  accounts: [{ platform: 'meta', id: '2233445566778899' }],
  currency: 'EUR',
  margin: { default: 0.45, rules: [] },
};
/** campaigns_leads_en's account: leads are worth closeRate × dealValue. */
export const dental = {
  id: 'dental',
  name: 'Harbor Dental',
  accounts: [{ platform: 'meta', id: '5566778899001122' }],
  currency: 'USD',
  margin: { default: 0.7, rules: [] },
  vatIncluded: 0,
  returnRate: 0,
  leadValue: { closeRate: 0.25, dealValue: 400 },
  costs: [{ kind: 'staffTime', label: 'Front desk follow-up', hoursPerMonth: 6, hourlyRate: 30 }],
};
export const SETTINGS = settingsWith([northwind, bebe, dental]);

/**
 * The file's Chromium with the Meta accounts' settings, started before its tests. After them: no page
 * error and, with `onlyMetaRequests`, no request but the routed pages and the extension; then closed.
 */
export function metaChromium(opts: { onlyMetaRequests?: boolean } = {}): { readonly h: Harness } {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await launch();
    await setSettings(started, SETTINGS);
  });
  afterAll(async () => {
    const h = started!;
    expect(h.pageErrors).toEqual([]);
    if (opts.onlyMetaRequests) expect(h.requests.filter((u) => !META_ALLOWED_REQUESTS.test(u))).toEqual([]);
    await h.close();
  });
  return {
    get h() {
      if (!started) throw new Error('Chromium is not started yet');
      return started;
    },
  };
}

export async function checkMetaFixture(h: Harness, fixture: string, profile: object) {
  const table = readJson<ExtractedTable>(`tests/fixtures/meta/${fixture}.expected.json`);
  const page = await openFixture(h, `meta/${fixture}.html`);
  const got = await waitForBadges(page, [...table.rows.map((r) => r.key), 'total']);
  expectMatches(got, model(table, table.rows, table.totals, profile));
  return { page, table, got };
}

/** Per body row: the entity its name link names, and the badge hosts inside it. */
export async function rowHosts(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('._3h1k > ._1gda')).map((row) => {
      const href = row.querySelector('a[href*="selected_campaign_ids="]')?.getAttribute('href') ?? '';
      const id = new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('selected_campaign_ids');
      return { expected: `campaign:${id}`, hosts: Array.from(row.querySelectorAll('[data-real-roi-row]')).map((x) => x.getAttribute('data-real-roi-row')) };
    }),
  );
}

/**
 * The row as the badge should compute it: metrics still on screen are
 * remembered; a metric whose cell is out of view takes the value it last
 * showed, if any (`kept`).
 */
export function keepFrom<R extends ExtractedRow | ExtractedTotals>(seen: Map<string, Partial<Record<MetricKey, number | null>>>, key: string, r: R) {
  const pending = r.pending ?? [];
  const last = seen.get(key) ?? {};
  seen.set(key, last);
  for (const m of ['spend', 'conversions', 'conversionValue', 'roas'] as const) if (!pending.includes(m)) last[m] = r[m];
  const filled = pending.filter((m) => last[m] !== undefined);
  if (!filled.length) return { row: r, key, kept: false };
  const row = { ...r, pending: pending.filter((m) => last[m] === undefined) };
  for (const m of filled) row[m] = last[m] ?? null;
  return { row, key, kept: true };
}

export interface Fx {
  scrollToRow(n: number): number;
  scrollToColumn(n: number): number;
  expected(): { rows: ExtractedRow[]; totals: ExtractedTotals[] };
  load(delay?: number): Promise<void>;
}
export const fx = <T>(page: Page, fn: (f: Fx) => T | Promise<T>) => page.evaluate(`(${fn.toString()})(window.__fixture)`) as Promise<T>;

/** Only the routed fixture pages (the four Ads Manager hosts) and the extension itself. */
export const META_ALLOWED_REQUESTS = /^(https:\/\/(adsmanager|business|www|web)\.facebook\.com\/adsmanager\/|chrome-extension:\/\/|data:)/;
