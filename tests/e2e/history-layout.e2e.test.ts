/**
 * The progress page and the report as a French user sees them on a laptop:
 * a year of weekly periods (each with its drift, last year and "recorded
 * before it settled", which an old period does not call "still settling") fits the window, every Delete button in view without
 * scrolling sideways; the report's trend writes "période : ROI" with the
 * French space before the colon.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, type HistoryEntry } from '../../lib/history';
import { seedHistory } from './extension-pages';
import { launch, setSettings, type Harness } from './harness';
import { settingsWith } from './settings-fixtures';

const ACCOUNT = '123-456-7890';
const profile = {
  id: 'shop',
  name: 'Boutique Exemple',
  accounts: [{ platform: 'google-ads', id: ACCOUNT }],
  currency: 'EUR',
  margin: { default: 0.55, rules: [] },
  vatIncluded: 0,
  returnRate: 0,
  leadValue: null,
  costs: [{ kind: 'percentOfRevenue', label: 'Frais de paiement', rate: 0.02 }],
};
const day = (d: string, plus: number) => new Date(Date.parse(`${d}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

/** 12 weeks up to 22 Nov 2026, each recorded the next day (still settling), and the same weeks a year earlier. */
function history(): HistoryEntry[] {
  const list: HistoryEntry[] = [];
  for (let i = 0; i < 12; i++) {
    for (const end of [day('2026-11-22', -7 * i), day('2025-11-23', -7 * i)]) {
      const spend = 12_345.67 + 1000 * i;
      const value = spend * (2.2 + 0.3 * (i % 5));
      const e = buildSnapshot({
        platform: 'google-ads',
        level: 'campaigns',
        accountId: ACCOUNT,
        currency: 'EUR',
        period: { start: day(end, -6), end },
        columns: { spend: true, conversions: true, conversionValue: true, roas: true },
        rows: [{ key: 'campaign:1', name: 'Shopping – Tous les produits', spend, conversions: 120, conversionValue: value, roas: value / spend, pending: [] }],
        totals: [{ scope: 'table', label: 'Total : campagnes', spend, conversions: 120, conversionValue: value, roas: value / spend }],
        capturedAt: `${day(end, 1)}T09:00:00.000Z`,
      });
      if (!e) throw new Error('incomplete');
      list.push(e);
    }
  }
  return list;
}

let h: Harness;
beforeAll(async () => {
  h = await launch({ locale: 'fr-FR' });
  await setSettings(h, settingsWith([profile]));
  await seedHistory(h, history());
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

async function openPage(name: string, width: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/${name}`);
  return page;
}

describe('progress page and report in French', () => {
  it.each([1280, 1024])('at %i px the periods table needs no sideways scroll: every Delete button is in view', async (width) => {
    const page = await openPage('history.html', width);
    await page.locator('[data-history-entry][data-drift]').first().waitFor();
    const tables = await page.$$eval('[data-history-account] .table-wrap', (wraps) =>
      wraps.filter((w) => (w.closest('details') as HTMLDetailsElement).open).map((w) => ({ scroll: w.scrollWidth, client: w.clientWidth })),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) expect(t.scroll).toBeLessThanOrEqual(t.client);
    const rights = await page.$$eval('[data-delete-entry]', (bs) => bs.map((b) => b.getBoundingClientRect().right));
    expect(rights).toHaveLength(24);
    for (const r of rights) expect(r).toBeLessThanOrEqual(width);
    // A week of early September recorded the day after it ended was not final then; it does not say it is "still" settling now.
    const september = page.locator('[data-history-entry][data-end="2026-09-06"] .settling');
    expect(await september.textContent()).not.toMatch(/encore|en cours/);
    await page.close();
  });

  it('writes each trend point "période : ROI" with the French space before the colon', async () => {
    const page = await openPage('report.html', 1200);
    const trend = page.locator('.trend p').first();
    await trend.waitFor();
    const text = (await trend.textContent())!;
    expect(text).toMatch(/nov\. 2026\u00a0: \d/);
    expect(text).not.toMatch(/\d{4}: /);
    await page.close();
  });

  it.each(['history.html', 'report.html'])('%s: number columns are right-aligned, their headers too', async (name) => {
    const page = await openPage(name, 1280);
    await page.locator('[data-history-entry] td.num, .report td.num').first().waitFor();
    // Per table and column: the header's and every body cell's alignment, for columns that hold numbers.
    const columns = await page.$$eval('table', (tables) =>
      tables.flatMap((table, ti) => {
        const head = Array.from(table.querySelectorAll('thead th'));
        const rows = Array.from(table.querySelectorAll('tbody tr')).map((r) => Array.from(r.children));
        return head.flatMap((th, i) => {
          const cells = rows.map((r) => r[i]).filter((c): c is Element => !!c);
          if (!cells.some((c) => c.classList.contains('num'))) return [];
          const align = (e: Element) => getComputedStyle(e).textAlign;
          return [{ column: `${ti}:${th.textContent}`, head: align(th), cells: [...new Set(cells.map(align))] }];
        });
      }),
    );
    expect(columns.length).toBeGreaterThanOrEqual(4);
    expect(columns.filter((c) => c.head !== 'right' || c.cells.join() !== 'right')).toEqual([]);
    await page.close();
  });
});
