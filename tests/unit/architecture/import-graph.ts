/**
 * The project's import graph, read from the source text: every static
 * `import … from`, `export … from`, side-effect `import '…'` and dynamic
 * `import('…')`, type-only ones included (a type import is still a
 * dependency between rooms).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Source file (root-relative, `/`-separated) → its import specifiers, as written. */
export type Sources = ReadonlyMap<string, readonly string[]>;

const SPECIFIER = /(?:^|[\s;}])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function specifiersOf(text: string): string[] {
  // Comments may quote imports ("import … from"); they are not dependencies.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return Array.from(code.matchAll(SPECIFIER), (m) => m[1] ?? m[2] ?? m[3]!);
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
}

/** Every TypeScript source under `rooms` (root-relative folders). */
export function readSources(rooms: readonly string[]): Sources {
  const files: string[] = [];
  for (const room of rooms) walk(path.join(ROOT, room), files);
  return new Map(files.map((f) => [path.relative(ROOT, f).split(path.sep).join('/'), specifiersOf(readFileSync(f, 'utf8'))]));
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** A relative specifier resolved to the source file it names (among `known`), else null (a package). */
export function resolve(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const ext of EXTENSIONS) if (known.has(base + ext)) return base + ext;
  // Outside the rooms read (e.g. a CSS file): still a path, for the room rules.
  return base;
}

export interface Edge {
  from: string;
  to: string;
}

export function edgesOf(sources: Sources): { files: Edge[]; packages: Edge[] } {
  const known = new Set(sources.keys());
  const files: Edge[] = [];
  const packages: Edge[] = [];
  for (const [from, specifiers] of sources) {
    for (const specifier of specifiers) {
      const to = resolve(from, specifier, known);
      if (to === null) packages.push({ from, to: specifier });
      else files.push({ from, to });
    }
  }
  return { files, packages };
}

/** Every cycle's files (strongly connected components of more than one file, or a file importing itself). */
export function cycles(sources: Sources): string[][] {
  const graph = new Map<string, string[]>();
  for (const { from, to } of edgesOf(sources).files) {
    if (sources.has(to)) graph.set(from, [...(graph.get(from) ?? []), to]);
  }
  // Tarjan's algorithm, iterative enough for a few hundred files.
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, order.get(w)!));
      }
    }
    if (low.get(v) === order.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of sources.keys()) if (!order.has(v)) visit(v);
  return found;
}

export interface Rule {
  /** What the rule says, as a test name. */
  name: string;
  /** The importing files it applies to. */
  from: (file: string) => boolean;
  /** Whether `from` may import `to` (a file path, or a package name when `toPackage`). */
  allows: (to: string, toPackage: boolean, from: string) => boolean;
}

/** The imports that break `rule`, as `from → to`. */
export function violations(sources: Sources, rule: Rule): string[] {
  const { files, packages } = edgesOf(sources);
  return [
    ...files.filter((e) => rule.from(e.from) && !rule.allows(e.to, false, e.from)).map((e) => `${e.from} → ${e.to}`),
    ...packages.filter((e) => rule.from(e.from) && !rule.allows(e.to, true, e.from)).map((e) => `${e.from} → ${e.to}`),
  ];
}
