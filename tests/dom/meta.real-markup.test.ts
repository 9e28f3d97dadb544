/**
 * What the pages of the real captures (§7.2) must give beyond their expected
 * JSON: cell keys need no geometry, the URL period yields to visible text,
 * and id keys follow their rows when the rows move.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTable } from '../../lib/platforms/contract/adapter';
import { createMetaAdapter, declaredGeometry } from '../../lib/platforms/meta';
import { FIXTURES, loadFixture } from './load-fixture';

const expected = (name: string) => JSON.parse(readFileSync(path.join(FIXTURES, 'meta', `${name}.expected.json`), 'utf8'));

function read(name: string, mutate: (doc: Document) => void = () => {}, geometry = declaredGeometry) {
  const { window, document } = loadFixture(`meta/${name}.html`);
  mutate(document);
  return extractTable(createMetaAdapter({ geometry }), document, new URL(window.location.href));
}

describe('Meta cell keys (§7.2)', () => {
  it('give every cell its column with no geometry, although two columns are not rendered', () => {
    expect(read('adsets_cellkeys_en', undefined, () => null)).toEqual(expected('adsets_cellkeys_en'));
  });

  it('keys follow their rows when the rows change places (same names, different ids)', () => {
    const got = read('adsets_cellkeys_en', (doc) => {
      const rows = Array.from(doc.querySelectorAll('._3h1k > ._1gda'));
      rows[0]!.parentElement!.append(rows[0]!);
    });
    const want = expected('adsets_cellkeys_en');
    expect(got.rows).toEqual([...want.rows.slice(1), want.rows[0]]);
  });

  it('without cell keys, the same two rows fall back to name keys numbered in page order', () => {
    const got = read('adsets_cellkeys_en', (doc) => {
      for (const s of Array.from(doc.querySelectorAll('[data-surface*="/table_row:"]'))) s.removeAttribute('data-surface');
    });
    expect(got.rows.map((r) => r.key)).toEqual([
      'name:adsets:Broad – Women 25–44',
      'name:adsets:Broad – Women 25–44#2',
      'name:adsets:Retargeting – Cart 7 days',
      'name:adsets:Lookalike 3% – Newsletter',
    ]);
    expect(got.rows.map((r) => r.spend)).toEqual(expected('adsets_cellkeys_en').rows.map((r: { spend: number }) => r.spend));
  });
});

describe('Meta 2026 page (§7.2)', () => {
  it('takes the period from date= when the page shows no date text', () => {
    const got = read('adsets_2026_en');
    expect(got.periodText).toBeNull();
    expect(got.period).toEqual({ start: '2026-01-01', end: '2026-08-18' });
  });

  it('the visible date text wins over the URL when both exist', () => {
    const got = read('adsets_2026_en', (doc) => {
      const date = doc.createElement('div');
      date.className = '_1uz0';
      date.textContent = 'Last 30 days: Jul 20, 2026 – Aug 18, 2026\u00a0';
      doc.querySelector('[data-pagelet="AdsPEMainPaneRightToolbar"]')!.append(date);
    });
    expect(got.period).toEqual({ start: '2026-07-20', end: '2026-08-18' });
    expect(got.periodText).toBe('Last 30 days: Jul 20, 2026 – Aug 18, 2026');
  });

  it('an unreadable date text still leaves the URL period', () => {
    const got = read('adsets_2026_en', (doc) => {
      const date = doc.createElement('div');
      date.className = '_1uz0';
      date.textContent = 'Maximum';
      doc.body.append(date);
    });
    expect(got.period).toEqual({ start: '2026-01-01', end: '2026-08-18' });
  });

  it('the typed header ids decide the columns: Link clicks and landing page views are not purchases', () => {
    const { window, document } = loadFixture('meta/adsets_2026_en.html');
    const adapter = createMetaAdapter({ geometry: declaredGeometry });
    const ctx = adapter.readContext(document, new URL(window.location.href));
    const keys = ctx.headers.map((h) => [h.key, h.role]);
    expect(keys).toContainEqual(['actions:link_click', null]);
    expect(keys).toContainEqual(['actions:omni_purchase', 'purchases']);
    expect(keys).toContainEqual(['results', 'results']);
    expect(ctx.unknownColumns).toEqual([]);
    // Frozen group first (left 0), then the scrolling group (left 487).
    expect(ctx.headers.filter((h) => h.slot.group === 0).map((h) => h.label)).toEqual(['', 'Off / On', 'Ad set']);
  });

  it('the footer is the totals row without data-pagelet, and an empty grid is empty, not ready', () => {
    expect(read('adsets_2026_en').totals).toHaveLength(1);
    const got = read('adsets_2026_en', (doc) => {
      for (const r of Array.from(doc.querySelectorAll('._1gda'))) if (!r.querySelector('._3h1b')) r.remove();
    });
    expect(got.state).toBe('empty');
    expect(got.rows).toEqual([]);
  });
});
