import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { extractTable } from '../../lib/platforms/contract/adapter';
import { FIXTURES, loadFixture } from './load-fixture';

const dir = path.join(FIXTURES, 'google-ads');
const pairs = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => {
    const base = f.replace(/\.expected\.json$/, '');
    // `spa_nav.adgroups.expected.json` describes spa_nav.html after navigating.
    const [page, state] = base.split('.') as [string, string | undefined];
    return { expected: f, html: `${page}.html`, state };
  });

describe('Google Ads fixtures: extraction matches the expected JSON', () => {
  it('has fixtures', () => expect(pairs.length).toBeGreaterThanOrEqual(12));
  // Each pair is checked by tests/dom/fixtures.test.ts, which iterates the registry.
});

describe('Google Ads variants the fixtures do not show as such', () => {
  const read = (rel: string, mutate: (doc: Document) => void) => {
    const { window, document } = loadFixture(`google-ads/${rel}.html`);
    mutate(document);
    const got = extractTable(googleAdsAdapter, document, new URL(window.location.href));
    const want = JSON.parse(readFileSync(path.join(dir, `${rel}.expected.json`), 'utf8'));
    return { got, want };
  };

  it('data cells without essfield (only the header has it) are aligned by position', () => {
    const { got, want } = read('campaigns_en_usd', (doc) => {
      for (const cell of Array.from(doc.querySelectorAll('[role="gridcell"][essfield]'))) cell.removeAttribute('essfield');
    });
    expect(got.rows.map((r) => [r.key, r.spend, r.conversions, r.conversionValue, r.roas])).toEqual(
      want.rows.map((r: { key: string; spend: number; conversions: number; conversionValue: number; roas: number }) => [
        r.key,
        r.spend,
        r.conversions,
        r.conversionValue,
        r.roas,
      ]),
    );
  });

  it('no essfield anywhere and headers only in aria-label', () => {
    const { got, want } = read('campaigns_fr_eur', (doc) => {
      for (const el of Array.from(doc.querySelectorAll('[essfield]'))) el.removeAttribute('essfield');
      for (const t of Array.from(doc.querySelectorAll('.particle-header-title'))) t.remove();
    });
    expect(got.columns).toEqual(want.columns);
    expect(got.rows.map((r) => r.spend)).toEqual(want.rows.map((r: { spend: number }) => r.spend));
    expect(got.totals.map((t) => t.spend)).toEqual(want.totals.map((t: { spend: number }) => t.spend));
  });
});
