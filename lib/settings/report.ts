/** What `readSettings` tells the caller about each thing it had to fix. */
export interface Repair {
  /** Where, in the raw input: `profiles[1].margin.default`; `''` is the whole value. */
  path: string;
  /** Short English reason, e.g. `must be between 0 and 1`. */
  problem: string;
  action: 'reset-to-default' | 'removed' | 'converted' | 'added';
  /** The raw value that was replaced, when there was one. */
  before?: unknown;
}

export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base === '' ? key : `${base}.${key}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => joinPath(acc, typeof key === 'number' ? key : String(key)), '');
}

/**
 * Only plain JSON-like objects are settings objects; a Date, a Map or an
 * array arriving where an object belongs is as wrong as a number.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
}

/** Structural equality for JSON-like values (what storage and import hold). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keysA = Object.keys(a).filter((k) => a[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => b[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}
