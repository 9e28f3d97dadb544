/**
 * The built extension on Meta's virtualized harness page scrolled both ways:
 * rows re-used, cells appearing and vanishing, one right badge per row.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedTable, MetricKey } from '../../lib/platforms/contract/types';
import { expectMatches, model } from './engine-views';
import { badges, openFixture, readJson, waitForBadges } from './harness';
import { type Fx, fx, keepFrom, metaChromium, northwind, rowHosts } from './meta-helpers';

// As the network test of meta.e2e.test.ts, for this file's pages.
const chromium = metaChromium({ onlyMetaRequests: true });

describe('Meta Ads Manager overlay in Chromium', () => {
  it('scrolling both ways (re-used rows, cells appearing and vanishing) keeps one right badge per row', async () => {
    const meta = readJson<ExtractedTable>('tests/fixtures/meta/virtualized_scroll.expected.json');
    const page = await openFixture(chromium.h, 'meta/virtualized_scroll.html');
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
});
