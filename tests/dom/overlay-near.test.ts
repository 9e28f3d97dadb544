/**
 * Rows far from the viewport are read lazily; their badges wait, undrawn,
 * with their last placement. A row whose figures changed while it was far
 * must not come into view with the badge of its old figures: the badge it
 * shows is the one a fresh read gives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../../lib/overlay/view-model';
import { extractTable } from '../../lib/platforms/contract/adapter';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { loadFixture } from './load-fixture';
import { overlayOn, settings, stopOverlays } from './overlay-start';

const DATA_ROW = '.particle-table-row[role="row"]:not(.particle-table-header):not(.particle-table-summary-row)';

afterEach(stopOverlays);

/** An IntersectionObserver the test drives: nothing is near until `bring`. */
class FakeObserver {
  static last: FakeObserver | null = null;
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe() {}
  unobserve() {}
  disconnect() {}
  bring(rows: Element[]) {
    this.callback(rows.map((target) => ({ target, isIntersecting: true })));
  }
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a far row that changed, coming near (happy-dom)', () => {
  it('shows the badge of its new figures, not its last placement', async () => {
    const page = loadFixture('google-ads/campaigns_en_usd.html');
    const { document, url } = page;
    // A table long enough for rows far from both ends (the five at each end are always read).
    const rows = Array.from(document.querySelectorAll(DATA_ROW));
    for (let i = 0; i < 20; i++) {
      const copy = rows[i % rows.length]!.cloneNode(true) as Element;
      const link = copy.querySelector('a.ess-cell-link')!;
      link.setAttribute('href', `/aw/adgroups?campaignId=${40_000 + i}&ocid=1`);
      link.textContent = `Copy ${i}`;
      rows.at(-1)!.after(copy);
    }
    const cost = (row: Element) => row.querySelector('ess-cell[essfield="stats.cost"] span, ess-cell[essfield="stats.cost"] .ess-cell-ellipsis')!;
    // First without the totals' spend: nothing can be computed alone, the whole table is read and placed.
    const totals = Array.from(document.querySelectorAll('.particle-table-summary-row'));
    const spent = totals.map((t) => cost(t).textContent);
    for (const t of totals) cost(t).textContent = '';
    const s = settings();
    const overlay = overlayOn(page, { watchRows: FakeObserver as unknown as typeof IntersectionObserver, debounceMs: 10 });
    overlay.setSettings(s);
    overlay.flush();
    expect(overlay.lastModel()?.rows.length).toBe(rows.length + 20);
    totals.forEach((t, i) => (cost(t).textContent = spent[i]!));
    overlay.flush();
    const far = Array.from(document.querySelectorAll(DATA_ROW))[12]!;
    expect(far.querySelector('[data-real-roi-row]')).toBeNull();
    // The far row changes; the next pass reads the near rows only.
    cost(far).textContent = '$3,333.33';
    overlay.flush();
    FakeObserver.last!.bring([far]);
    await tick(150);
    const table = extractTable(googleAdsAdapter, document, url);
    const fresh = buildModel({
      meta: table,
      columnLabels: {},
      rows: table.rows,
      totals: table.totals,
      profile: s.profiles[0]!,
      profileName: '',
      targetRoi: s.targetRoi,
    });
    const key = far.querySelector('[data-real-roi-row]')?.getAttribute('data-real-roi-row');
    const badge = far.querySelector('[data-real-roi-row]')?.getAttribute('data-roi');
    expect(key).toMatch(/^campaign:4\d{4}$/);
    expect(badge).toBe(fresh.rows.find((v) => v.key === key)?.roiAttr);
  });
});
