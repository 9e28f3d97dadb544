/**
 * The rooms and what each may import (docs/architecture.md, "Rooms"):
 * lib/ is pure and never reaches up into the UI or the wiring, components/
 * never into the wiring, the engine (lib/roi) stands alone, and nothing
 * imports in a circle.
 */
import { describe, expect, it } from 'vitest';
import { cycles, readSources, violations, type Rule, type Sources } from './import-graph';

const under = (room: string) => (file: string) => file.startsWith(`${room}/`);

const RULES: readonly Rule[] = [
  {
    name: 'lib/ never imports components/ or entrypoints/',
    from: under('lib'),
    allows: (to, pkg) => pkg || !(to.startsWith('components/') || to.startsWith('entrypoints/')),
  },
  {
    name: 'components/ never imports entrypoints/',
    from: under('components'),
    allows: (to, pkg) => pkg || !to.startsWith('entrypoints/'),
  },
  {
    name: 'lib/roi imports nothing outside itself (no other room, no package)',
    from: under('lib/roi'),
    allows: (to, pkg) => !pkg && to.startsWith('lib/roi/'),
  },
];

const sources = readSources(['lib', 'components', 'entrypoints']);

describe('rooms', () => {
  it('reads the whole source tree', () => {
    // A broken reader would find no imports and pass every rule below.
    expect(sources.size).toBeGreaterThan(100);
    expect(sources.get('lib/roi/index.ts')).toContain('./row');
  });

  for (const rule of RULES) {
    it(rule.name, () => {
      expect(violations(sources, rule)).toEqual([]);
    });
  }

  it('no import cycle', () => {
    expect(cycles(sources)).toEqual([]);
  });
});

describe('the checks themselves fail on a planted breach', () => {
  // The real tree is green, so each rule is shown failing on a copy with one bad import added.
  const planted = (file: string, specifier: string): Sources => new Map([...sources, [file, [...(sources.get(file) ?? []), specifier]]]);

  it('an upward import from lib/', () => {
    const tree = planted('lib/planted.ts', './../components/overlay/Badge');
    expect(violations(tree, RULES[0]!)).toContain('lib/planted.ts → components/overlay/Badge.tsx');
  });

  it('components/ importing an entrypoint', () => {
    const tree = planted('components/overlay/start.ts', '../../entrypoints/background');
    expect(violations(tree, RULES[1]!)).toEqual(['components/overlay/start.ts → entrypoints/background.ts']);
  });

  it('the engine importing another room or a package', () => {
    const tree = planted('lib/roi/row.ts', '../format');
    expect(violations(planted('lib/roi/row.ts', 'zod/mini'), RULES[2]!)).toEqual(['lib/roi/row.ts → zod/mini']);
    expect(violations(tree, RULES[2]!)).toEqual(['lib/roi/row.ts → lib/format.ts']);
  });

  it('a cycle', () => {
    const tree = planted('lib/roi/types.ts', './row');
    expect(cycles(tree).some((c) => c.includes('lib/roi/types.ts') && c.includes('lib/roi/row.ts'))).toBe(true);
  });
});
