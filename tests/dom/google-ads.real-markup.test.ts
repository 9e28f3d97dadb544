/**
 * The Google Ads keywords page of the 2021 capture (§7.1): what it must give
 * beyond its expected JSON when the details that decide it change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTable } from '../../lib/platforms/contract/adapter';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { FIXTURES, loadFixture } from './load-fixture';

const want = JSON.parse(readFileSync(path.join(FIXTURES, 'google-ads/keywords_2021_en.expected.json'), 'utf8'));

function read(mutate: (doc: Document) => void = () => {}) {
  const { window, document } = loadFixture('google-ads/keywords_2021_en.html');
  mutate(document);
  return extractTable(googleAdsAdapter, document, new URL(window.location.href));
}
const figures = (rows: { spend: number | null; conversions: number | null; conversionValue: number | null; roas: number | null }[]) =>
  rows.map((r) => [r.spend, r.conversions, r.conversionValue, r.roas]);

describe('Google Ads keywords page of the 2021 capture (§7.1)', () => {
  it('several keywords of one ad group, one keyword text in two match types and in two ad groups: all different keys', () => {
    const keys = read().rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.includes('~trail running shoes~'))).toHaveLength(4);
  });

  it('without a match type column, the same keyword twice in one ad group is numbered, not merged', () => {
    const got = read((doc) => {
      for (const c of Array.from(doc.querySelectorAll('[essfield="keyword_match_type"]'))) c.remove();
    });
    expect(got.rows.slice(0, 3).map((r) => r.key)).toEqual([
      'keyword:adgroup-120000000001~trail running shoes',
      'keyword:adgroup-120000000001~trail running shoes#2',
      'keyword:adgroup-120000000001~trail running shoes#3',
    ]);
  });

  it('"Total: Account" is the account total by its class, whatever its label says', () => {
    const got = read((doc) => {
      doc.querySelector('.particle-table-summary-row-scope .particle-table-segmented-summary-label-text')!.textContent = 'Total: Trailhead Outfitters';
    });
    expect(got.totals.map((t) => t.scope)).toEqual(['table', 'account']);
  });

  it('cells without essfield are aligned by position, the checkbox cell not counted', () => {
    const got = read((doc) => {
      for (const c of Array.from(doc.querySelectorAll('[role="gridcell"][essfield]'))) c.removeAttribute('essfield');
    });
    expect(figures(got.rows)).toEqual(figures(want.rows));
    expect(figures(got.totals)).toEqual(figures(want.totals));
  });

  it('the keyword name from its snake-case essfield when there is no keyword-text element', () => {
    const got = read((doc) => {
      for (const k of Array.from(doc.querySelectorAll('keyword-text'))) k.replaceWith(k.textContent ?? '');
    });
    expect(got.rows.map((r) => r.name)).toEqual(want.rows.map((r: { name: string }) => r.name));
    expect(got.rows.map((r) => r.key)).toEqual(want.rows.map((r: { key: string }) => r.key));
  });

  it('the customer id comes from the leading digits of account-info’s title, and the header labels from aw-header-cell', () => {
    const got = read();
    expect(got.accountId).toBe('212-555-0142');
    const { window, document } = loadFixture('google-ads/keywords_2021_en.html');
    const ctx = googleAdsAdapter.readContext(document, new URL(window.location.href));
    expect(ctx.columnLabels).toEqual({ spend: 'Cost', conversions: 'Conversions', conversionValue: 'Conv. value', roas: 'Conv. value / cost' });
  });
});
