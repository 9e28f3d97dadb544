import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { extractTable } from '../../lib/table/adapter';
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

  for (const { expected, html, state } of pairs) {
    it(`${expected}`, async () => {
      const { window, document } = loadFixture(`google-ads/${html}`, { scripts: true });
      await window.happyDOM.waitUntilComplete();
      if (state) (window as unknown as { __fixture: { navigate(s: string): void } }).__fixture.navigate(state);
      const url = new URL(window.location.href);
      const got = extractTable(googleAdsAdapter, document, url);
      const want = JSON.parse(readFileSync(path.join(dir, expected), 'utf8'));
      expect(got).toEqual(want);
      await window.happyDOM.close();
    });
  }
});
