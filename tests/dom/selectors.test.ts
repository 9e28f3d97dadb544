/**
 * Guards the fallback chains of lib/platforms/<p>/selectors.ts (issue 10):
 * every entry matches at least one committed fixture of its platform, unless
 * its comment marks it `dead since <date>` (kept for markup no fixture shows);
 * every entry after the first carries a dated comment citing its evidence.
 * Dates live in comments, not in the data, so the content scripts do not grow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { GOOGLE_ADS_SELECTORS } from '../../lib/platforms/google-ads/selectors';
import { META_SELECTORS } from '../../lib/platforms/meta/selectors';
import { FIXTURES, loadFixture } from './load-fixture';

const ROOT = path.resolve(FIXTURES, '../..');
const DATED = /^\/\/ (\d{4}-\d{2}-\d{2}): \S/;
const DEAD = /\bdead since (\d{4}-\d{2}-\d{2})\b/;

type Chain = readonly (string | readonly [string, string | null])[];
type Entry = { key: string; index: number; selector: string; comment: string };

/** Each array-valued key of the exported selector object, with the `//` comment right before each element. */
function chainEntries(source: string, exportName: string, data: Record<string, unknown>): Entry[] {
  const file = ts.createSourceFile('selectors.ts', source, ts.ScriptTarget.Latest, true);
  const entries: Entry[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === exportName) {
      let init = node.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
      if (!init || !ts.isObjectLiteralExpression(init)) throw new Error(`${exportName} is not an object literal`);
      for (const prop of init.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isArrayLiteralExpression(prop.initializer)) continue;
        const key = prop.name.getText();
        const chain = data[key] as Chain;
        prop.initializer.elements.forEach((el, index) => {
          const ranges = ts.getLeadingCommentRanges(source, el.getFullStart()) ?? [];
          const comment = ranges.map((r) => source.slice(r.pos, r.end)).join('\n');
          const value = chain[index]!;
          entries.push({ key, index, selector: typeof value === 'string' ? value : value[0], comment });
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return entries;
}

const PLATFORMS = [
  { dir: 'meta', exportName: 'META_SELECTORS', data: META_SELECTORS },
  { dir: 'google-ads', exportName: 'GOOGLE_ADS_SELECTORS', data: GOOGLE_ADS_SELECTORS },
] as const;

for (const { dir, exportName, data } of PLATFORMS) {
  const source = readFileSync(path.join(ROOT, 'lib/platforms', dir, 'selectors.ts'), 'utf8');
  const entries = chainEntries(source, exportName, data);
  const fixtures = readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith('.html'));
  const documents = fixtures.map((f) => loadFixture(path.join(dir, f)).document);

  describe(`${dir} selector chains`, () => {
    it('reads every array of the selector data, and the fixtures', () => {
      const arrays = Object.values(data).filter(Array.isArray).flat();
      expect(entries.length).toBe(arrays.length);
      expect(entries.length).toBeGreaterThan(0);
      expect(documents.length).toBeGreaterThan(0);
    });

    it('dates every entry after the first of a chain', () => {
      const undated = entries.filter((e) => e.index > 0 && !e.comment.split('\n').some((line) => DATED.test(line)));
      expect(undated.map((e) => `${e.key}[${e.index}] ${e.selector}`)).toEqual([]);
    });

    it('matches every entry in a fixture, unless it is marked dead', () => {
      const unmatched = entries.filter((e) => !documents.some((d) => d.querySelector(e.selector)));
      const dead = unmatched.filter((e) => DEAD.test(e.comment));
      if (dead.length) {
        console.info(`${dir}: ${dead.length} dead entries kept for old markup:\n${dead.map((e) => `  ${e.key}[${e.index}] ${e.selector}`).join('\n')}`);
      }
      expect(unmatched.filter((e) => !DEAD.test(e.comment)).map((e) => `${e.key}[${e.index}] ${e.selector}`)).toEqual([]);
    });

    it('keeps a dead mark only on entries no fixture matches', () => {
      const markedButMatched = entries.filter((e) => DEAD.test(e.comment) && documents.some((d) => d.querySelector(e.selector)));
      expect(markedButMatched.map((e) => `${e.key}[${e.index}] ${e.selector}`)).toEqual([]);
    });
  });
}
