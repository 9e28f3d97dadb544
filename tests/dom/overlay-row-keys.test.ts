/**
 * Rows known only by what they show are numbered by occurrence (`name:X`,
 * `name:X#2`…, contract/occurrence.ts), which depends on the other rows. The
 * loop keeps each row's read until that row changes: after a rename, an
 * insert or a removal elsewhere, the kept keys must still be those of a fresh
 * read, never two rows with one key (the history, the export and Meta's kept
 * values go by key).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extractTable } from '../../lib/platforms/contract/adapter';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { loadFixture } from './load-fixture';
import { overlayOn, settings, stopOverlays } from './overlay-start';

const DATA_ROW = '.particle-table-row[role="row"]:not(.particle-table-header):not(.particle-table-summary-row)';

afterEach(stopOverlays);

describe('row keys numbered by occurrence, after a pass over the changed rows (happy-dom)', () => {
  it('are those of a fresh read after renames, inserts and removals of other rows', async () => {
    const page = loadFixture('google-ads/campaigns_en_usd.html');
    const { document, url } = page;
    // Rows without an id link: keyed by their name.
    for (const a of Array.from(document.querySelectorAll(`${DATA_ROW} a[href]`))) a.removeAttribute('href');
    const overlay = overlayOn(page, { debounceMs: 60_000 });
    overlay.setSettings(settings());
    overlay.flush();
    const rows = Array.from(document.querySelectorAll(DATA_ROW));
    const name = (row: Element) => row.querySelector('a.ess-cell-link')!;
    const keys = () => overlay.lastModel()!.rows.map((v) => v.key);
    const freshKeys = () => extractTable(googleAdsAdapter, document, url).rows.map((r) => r.key);
    const same = name(rows[2]!).textContent;
    const edits: (() => void)[] = [
      () => (name(rows[1]!).textContent = same),
      () => (name(rows[0]!).textContent = same),
      () => rows[0]!.remove(),
      () => (name(rows[1]!).textContent = 'Renamed'),
      () => {
        const copy = rows[2]!.cloneNode(true) as Element;
        for (const ours of Array.from(copy.querySelectorAll('[data-real-roi]'))) ours.remove();
        rows[3]!.before(copy);
      },
    ];
    for (const edit of edits) {
      edit();
      await new Promise((resolve) => setTimeout(resolve, 0));
      overlay.flush();
      expect(keys()).toEqual(freshKeys());
      expect(new Set(keys()).size).toBe(keys().length);
      const badges = Array.from(document.querySelectorAll(`${DATA_ROW} [data-real-roi-row]`), (b) => b.getAttribute('data-real-roi-row'));
      expect(badges).toEqual(freshKeys());
    }
  });
});
