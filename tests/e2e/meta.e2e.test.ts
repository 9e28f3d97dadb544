/**
 * The built extension on Meta Ads Manager fixtures, served at the real Ads
 * Manager URLs (adsmanager / business / www / web .facebook.com) by the
 * harness's routing.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedTable } from '../../lib/platforms/contract/types';
import { expectMatches, model } from './engine-views';
import { badges, openFixture, readJson, ROOT, waitForBadges } from './harness';
import { bebe, checkMetaFixture, dental, fx, metaChromium, northwind } from './meta-helpers';

// The scroll sweep, the longest test, is in meta-scroll.e2e.test.ts.
const chromium = metaChromium();

const checkFixture = (fixture: string, profile: object) => checkMetaFixture(chromium.h, fixture, profile);

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
    const page = await openFixture(chromium.h, 'meta/loading_cells_en.html');
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

  it('the badge sits inside the ROAS cell, visible, without moving the cell or covering its figure', async () => {
    const page = await openFixture(chromium.h, 'meta/virtualized_scroll.html');
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
    expect(chromium.h.requests.length).toBeGreaterThan(10);
    expect(chromium.h.requests.filter((u) => !allowed.test(u))).toEqual([]);
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
