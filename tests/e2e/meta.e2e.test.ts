/**
 * The built extension on Meta Ads Manager fixtures, served at the real Ads
 * Manager URLs (adsmanager / business / www / web .facebook.com) by the
 * harness's routing.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel, type OverlayModel } from '../../lib/overlay/view-model';
import type { Profile } from '../../lib/roi';
import type { ExtractedRow, ExtractedTable, ExtractedTotals, MetricKey } from '../../lib/platforms/contract/types';
import { badges, launch, openFixture, readJson, ROOT, setSettings, waitForBadges, type BadgeState, type Harness } from './harness';
import { metaUsdProfile, settingsWith } from './settings-fixtures';

type NamedProfile = Profile & { name: string };

/** The account of campaigns_en_usd, adsets, ads, the harness… (USD), with every cost kind but one-off. */
const northwind = metaUsdProfile;
/** campaigns_fr_eur's account (EUR). */
const bebe = {
  ...northwind,
  id: 'bebe',
  name: 'Bébé Douceur',
  accounts: [{ platform: 'meta', id: '2233445566778899' }],
  currency: 'EUR',
  margin: { default: 0.45, rules: [] },
};
/** campaigns_leads_en's account: leads are worth closeRate × dealValue. */
const dental = {
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
const SETTINGS = settingsWith([northwind, bebe, dental]);

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await setSettings(h, SETTINGS);
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

function model(
  table: Pick<ExtractedTable, 'columns' | 'currency' | 'period' | 'periodText'>,
  rows: readonly ExtractedRow[],
  totals: readonly ExtractedTotals[],
  profile: object,
): OverlayModel {
  const p = profile as NamedProfile;
  return buildModel({ meta: table, columnLabels: {}, rows, totals, profile: p, profileName: p.name, targetRoi: 0.5 });
}

/** Every badge equals the engine's view of the same figures: same key, same ROI (or n/a and the same first reason). */
function expectMatches(got: BadgeState[], m: OverlayModel) {
  const views = [...m.rows, ...(m.totals ? [m.totals] : [])];
  expect(got.map((b) => b.key).sort()).toEqual(views.map((v) => v.key).sort());
  for (const v of views) {
    const b = got.find((x) => x.key === v.key)!;
    if (v.roiAttr === 'na') {
      expect(b.roi, v.key).toBe('na');
      expect(b.reason, v.key).toBe(v.reasons[0] ?? 'value-missing');
    } else {
      expect(Number(b.roi), v.key).toBeCloseTo(Number(v.roiAttr), 12);
    }
  }
}

async function checkFixture(fixture: string, profile: object) {
  const table = readJson<ExtractedTable>(`tests/fixtures/meta/${fixture}.expected.json`);
  const page = await openFixture(h, `meta/${fixture}.html`);
  const got = await waitForBadges(page, [...table.rows.map((r) => r.key), 'total']);
  expectMatches(got, model(table, table.rows, table.totals, profile));
  return { page, table, got };
}

/** Per body row: the entity its name link names, and the badge hosts inside it. */
async function rowHosts(page: Page) {
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
function keepFrom<R extends ExtractedRow | ExtractedTotals>(seen: Map<string, Partial<Record<MetricKey, number | null>>>, key: string, r: R) {
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

interface Fx {
  scrollToRow(n: number): number;
  scrollToColumn(n: number): number;
  expected(): { rows: ExtractedRow[]; totals: ExtractedTotals[] };
  load(delay?: number): Promise<void>;
}
const fx = <T>(page: Page, fn: (f: Fx) => T | Promise<T>) => page.evaluate(`(${fn.toString()})(window.__fixture)`) as Promise<T>;

describe('Meta Ads Manager overlay in Chromium', () => {
  it('campaigns (adsmanager.facebook.com): every badge, totals included, matches the engine', async () => {
    const { page, got } = await checkFixture('campaigns_en_usd', northwind);
    expect(got.filter((b) => b.roi !== 'na').length).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('French campaigns (www.facebook.com), EUR with U+202F / U+00A0 and "—" cells', async () => {
    const { page, got } = await checkFixture('campaigns_fr_eur', bebe);
    expect(got.find((b) => b.key === 'name:campaigns:Soldes d’hiver – Advantage+')!.roi).not.toBe('na');
    await page.close();
  });

  it('ad sets (business.facebook.com) and ads levels', async () => {
    await (await checkFixture('adsets_en', northwind)).page.close();
    await (await checkFixture('ads_en', northwind)).page.close();
  });

  it('the <table> rendering variant (web.facebook.com)', async () => {
    await (await checkFixture('table_variant_en', northwind)).page.close();
  });

  it('lead campaigns use the profile’s lead value', async () => {
    const { page, got } = await checkFixture('campaigns_leads_en', dental);
    for (const b of got) expect(b.roi, b.key).not.toBe('na');
    await page.close();
  });

  it('the account picker open beside the table gets no badge', async () => {
    const { page } = await checkFixture('account_picker_noise', northwind);
    expect(await page.locator('[role="grid"] [data-real-roi]').count()).toBe(0);
    await page.close();
  });

  it('the footer is the total: key `total`, inside the footer row, never a data row', async () => {
    const { page } = await checkFixture('campaigns_en_usd', northwind);
    const where = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-real-roi-row]')).map((b) => ({
        key: b.getAttribute('data-real-roi-row'),
        inFooter: !!b.closest('[data-pagelet="FixedDataTableNew_footerRow"]'),
      })),
    );
    expect(where.filter((w) => w.inFooter)).toEqual([{ key: 'total', inFooter: true }]);
    expect(where.filter((w) => !w.inFooter).every((w) => w.key!.startsWith('campaign:'))).toBe(true);
    await page.close();
  });

  it('loading cells show "loading", then the numbers once the cells load', async () => {
    const initial = readJson<ExtractedTable>('tests/fixtures/meta/loading_cells_en.expected.json');
    const loaded = readJson<ExtractedTable>('tests/fixtures/meta/loading_cells_en.loaded.expected.json');
    const page = await openFixture(h, 'meta/loading_cells_en.html');
    const before = await waitForBadges(page, [...initial.rows.map((r) => r.key), 'total']);
    expectMatches(before, model(initial, initial.rows, initial.totals, northwind));
    const waiting = before
      .filter((b) => b.reason === 'loading')
      .map((b) => b.key)
      .sort();
    expect(waiting).toEqual(['campaign:120210000000002', 'campaign:120210000000003', 'campaign:120210000000004']);
    for (const b of before.filter((x) => x.reason === 'loading')) expect(b.text).not.toMatch(/\d/);
    await fx(page, (f) => f.load(50));
    await expect.poll(async () => (await badges(page)).filter((b) => b.reason === 'loading').length, { timeout: 5000 }).toBe(0);
    expectMatches(await badges(page), model(loaded, loaded.rows, loaded.totals, northwind));
    await page.close();
  });

  it('scrolling both ways (re-used rows, cells appearing and vanishing) keeps one right badge per row', async () => {
    const meta = readJson<ExtractedTable>('tests/fixtures/meta/virtualized_scroll.expected.json');
    const page = await openFixture(h, 'meta/virtualized_scroll.html');
    await waitForBadges(page, [...meta.rows.map((r) => r.key), 'total']);
    const steps: [row: number, column: number][] = [
      [0, 0],
      [0, 6],
      [30, 6],
      [31, 6],
      [120, 8],
      [120, 6],
      [188, 3],
      [188, 6],
      [5, 0],
    ];
    const seen = new Map<string, Partial<Record<MetricKey, number | null>>>();
    for (const [row, column] of steps) {
      await page.evaluate(
        ([r, c]) => {
          const f = (window as unknown as { __fixture: Fx }).__fixture;
          f.scrollToRow(r);
          f.scrollToColumn(c);
        },
        [row, column] as const,
      );
      const now = await fx(page, (f) => f.expected());
      // A metric cell out of view keeps the last value this row showed (same period and settings), marked kept.
      const rows = now.rows.map((r) => keepFrom(seen, r.key, r));
      const totals = now.totals.map((t) => keepFrom(seen, 'total', t));
      const kept = [...rows, ...totals].filter((r) => r.kept).map((r) => r.key);
      const want = model(
        meta,
        rows.map((r) => r.row),
        totals.map((t) => t.row),
        northwind,
      );
      await expect
        .poll(
          async () => {
            const hosts = await rowHosts(page);
            return hosts.every((r) => r.hosts.length === 1 && r.hosts[0] === r.expected);
          },
          { timeout: 5000, message: `rows at ${row}/${column}` },
        )
        .toBe(true);
      await expect
        .poll(
          async () => {
            const got = await badges(page);
            try {
              expectMatches(got, want);
              return true;
            } catch {
              return false;
            }
          },
          { timeout: 5000, message: `values at ${row}/${column}` },
        )
        .toBe(true);
      await expect
        .poll(
          async () =>
            (await badges(page))
              .filter((b) => b.kept)
              .map((b) => b.key)
              .sort(),
          { timeout: 5000, message: `kept at ${row}/${column}` },
        )
        .toEqual(kept.sort());
      if (column === 6) {
        // Spend, value and ROAS on screen: every row with a value shows a number.
        const got = await badges(page);
        for (const r of now.rows.filter((x) => x.conversionValue !== null)) expect(got.find((b) => b.key === r.key)!.roi, r.key).not.toBe('na');
      }
    }
    await page.close();
  });

  it('the badge sits inside the ROAS cell, visible, without moving the cell or covering its figure', async () => {
    const page = await openFixture(h, 'meta/virtualized_scroll.html');
    await fx(page, (f) => f.scrollToColumn(6));
    await waitForBadges(page, ['total', 'campaign:120215000000001']);
    await expect.poll(async () => (await badges(page)).filter((b) => b.reason === 'loading').length).toBe(0);
    const boxes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-real-roi-row]')).map((host) => {
        const cell = host.closest('._4lg0')!;
        const value = cell.querySelector('._3dfj')!;
        const header = Array.from(document.querySelectorAll('._1eyh')).find(
          (hd) => Math.abs(hd.getBoundingClientRect().left - cell.getBoundingClientRect().left) < 2,
        );
        const r = (el: Element) => {
          const b = el.getBoundingClientRect();
          return { l: b.left, r: b.right, t: b.top, b: b.bottom, w: b.width, h: b.height };
        };
        const cx = (host.getBoundingClientRect().left + host.getBoundingClientRect().right) / 2;
        const cy = (host.getBoundingClientRect().top + host.getBoundingClientRect().bottom) / 2;
        const hit = document.elementFromPoint(cx, cy);
        // Buffer rows below the body's visible area are clipped by the table itself.
        const body = document.querySelector('._3h1k')!.getBoundingClientRect();
        const shown = !!host.closest('[data-pagelet="FixedDataTableNew_footerRow"]') || (cy > body.top && cy < body.bottom);
        return {
          key: host.getAttribute('data-real-roi-row'),
          host: r(host),
          cell: r(cell),
          value: r(value),
          neighbour: r(cell.previousElementSibling!),
          column: header?.querySelector('._3ea9')?.textContent,
          shown,
          onTop: hit === host,
          hit: hit?.outerHTML.slice(0, 80),
        };
      }),
    );
    const dir = path.join(ROOT, 'artifacts');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'meta-virtualized-scroll.png') });
    expect(boxes.length).toBe(13);
    for (const b of boxes) {
      expect(b.column, b.key!).toBe('Purchase ROAS (return on ad spend)');
      expect(b.host.w, b.key!).toBeGreaterThan(30);
      expect(b.host.l).toBeGreaterThanOrEqual(b.cell.l);
      expect(b.host.r).toBeLessThanOrEqual(b.cell.r);
      expect(b.host.t).toBeGreaterThanOrEqual(b.cell.t);
      expect(b.host.b).toBeLessThanOrEqual(b.cell.b);
      expect(b.cell.h).toBe(b.neighbour.h);
      expect(b.cell.t).toBe(b.neighbour.t);
      expect(b.host.r).toBeLessThan(b.value.l);
      if (b.shown) expect(b.onTop, `${b.key} ${b.hit} ${JSON.stringify(b.host)}`).toBe(true);
    }
    expect(boxes.filter((b) => b.shown).length).toBe(11);
    await page.close();
  });

  it('without a ROAS column the badge sits in the Amount spent cell, beside its figure', async () => {
    const { page } = await checkFixture('campaigns_leads_en', dental);
    const boxes = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-real-roi-row]')).map((host) => {
        const cell = host.closest('._4lg0')!;
        const header = Array.from(document.querySelectorAll('._1eyh')).find(
          (hd) => Math.abs(hd.getBoundingClientRect().left - cell.getBoundingClientRect().left) < 2,
        );
        return {
          column: header?.querySelector('._3ea9')?.textContent,
          hostRight: host.getBoundingClientRect().right,
          valueLeft: cell.querySelector('._3dfj')!.getBoundingClientRect().left,
        };
      }),
    );
    expect(boxes).toHaveLength(4);
    for (const b of boxes) {
      expect(b.column).toBe('Amount spent');
      expect(b.hostRight).toBeLessThan(b.valueLeft);
    }
    await page.screenshot({ path: path.join(ROOT, 'artifacts', 'meta-leads-spend-anchor.png') });
    await page.close();
  });

  it('the extension makes no network request of its own and asks only for storage', async () => {
    // Only the routed fixture pages (the four Ads Manager hosts) and the extension itself.
    const allowed = /^(https:\/\/(adsmanager|business|www|web)\.facebook\.com\/adsmanager\/|chrome-extension:\/\/|data:)/;
    expect(h.requests.length).toBeGreaterThan(10);
    expect(h.requests.filter((u) => !allowed.test(u))).toEqual([]);
    const manifest = readJson<{ permissions?: string[]; host_permissions?: string[]; content_scripts: { matches: string[] }[] }>(
      '.output/chrome-mv3/manifest.json',
    );
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const meta = manifest.content_scripts.find((cs) => cs.matches.some((m) => m.includes('facebook.com')))!;
    expect([...meta.matches].sort()).toEqual([
      'https://adsmanager.facebook.com/*',
      'https://business.facebook.com/adsmanager/*',
      'https://web.facebook.com/adsmanager/*',
      'https://www.facebook.com/adsmanager/*',
    ]);
  });
});
