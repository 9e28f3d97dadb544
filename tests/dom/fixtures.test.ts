/**
 * Every fixture page of every registered platform (lib/platforms/index.ts)
 * extracts to the expected JSON beside it. `X.<state>.expected.json`
 * describes `X.html` after its harness moves to `<state>`
 * (`window.__fixture.state`, or `navigate` on the SPA harness).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_LIST } from '../../lib/platforms';
import { extractTable, type TableAdapter, type TableContext } from '../../lib/platforms/contract/adapter';
import { FIXTURES, loadFixture } from './load-fixture';

interface Harness {
  state?(s: string): void;
  navigate?(s: string): void;
}

describe.each(PLATFORM_LIST.map((p) => p.id))('%s fixtures: extraction matches the expected JSON', (id) => {
  const dir = path.join(FIXTURES, id);
  const pairs = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const [page, state] = f.replace(/\.expected\.json$/, '').split('.') as [string, string | undefined];
      return { expected: f, html: `${page}.html`, state };
    });

  it('has fixtures', () => expect(pairs.length).toBeGreaterThan(0));

  for (const { expected, html, state } of pairs) {
    it(expected, async () => {
      const platform = (await import(`../../lib/platforms/${id}/index.ts`)) as { layoutFreeAdapter(): TableAdapter<TableContext> };
      const { window, document } = loadFixture(`${id}/${html}`);
      await window.happyDOM.waitUntilComplete();
      if (state) {
        const harness = (window as unknown as { __fixture: Harness }).__fixture;
        if (harness.state) harness.state(state);
        else harness.navigate!(state);
      }
      const got = extractTable(platform.layoutFreeAdapter(), document, new URL(window.location.href));
      await window.happyDOM.close();
      expect(got).toEqual(JSON.parse(readFileSync(path.join(dir, expected), 'utf8')));
    });
  }
});
