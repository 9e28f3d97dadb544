/**
 * Every fixture page, old and new, in every state its harness offers: no two
 * rows share a key (a shared key would share a badge, a breakdown and, later,
 * a history entry). Pages are found by listing the folders, so a new fixture
 * is checked without being named here.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { createMetaAdapter, declaredGeometry } from '../../lib/platforms/meta';
import { extractTable, type TableAdapter } from '../../lib/platforms/contract/adapter';
import { FIXTURES, loadFixture } from './load-fixture';

const ADAPTERS: Record<string, TableAdapter<never>> = {
  'google-ads': googleAdsAdapter as unknown as TableAdapter<never>,
  meta: createMetaAdapter({ geometry: declaredGeometry }) as unknown as TableAdapter<never>,
};

/** States a harness page can be put in (its expected JSON files name them), plus its initial state. */
function statesOf(dir: string, page: string): (string | undefined)[] {
  const states = readdirSync(dir)
    .filter((f) => f.startsWith(`${page}.`) && f.endsWith('.expected.json'))
    .map((f) => f.slice(page.length + 1, -'.expected.json'.length).split('.')[0])
    .filter((s) => s !== 'expected' && s !== '');
  return [undefined, ...states];
}

function duplicates(keys: readonly string[]): string[] {
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

for (const platform of Object.keys(ADAPTERS)) {
  const dir = path.join(FIXTURES, platform);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5));
  describe(`${platform} fixtures: every row has its own key`, () => {
    it('has pages', () => expect(pages.length).toBeGreaterThan(5));
    for (const page of pages) {
      for (const state of statesOf(dir, page)) {
        it(`${page}${state ? ` (${state})` : ''}`, async () => {
          const { window, document } = loadFixture(`${platform}/${page}.html`);
          await window.happyDOM.waitUntilComplete();
          const fx = (window as unknown as { __fixture?: Record<string, (s: string) => void> }).__fixture;
          if (state) (fx?.state ?? fx?.navigate)!(state);
          const table = extractTable(ADAPTERS[platform]!, document, new URL(window.location.href));
          const keys = table.rows.map((r) => r.key);
          expect(duplicates(keys)).toEqual([]);
          expect(keys.every((k) => k.length > 0 && k !== 'total')).toBe(true);
          await window.happyDOM.close();
        });
      }
    }
  });
}
