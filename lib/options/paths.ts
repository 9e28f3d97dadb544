/**
 * Paths into settings, shared by validation (zod issue paths), the fields
 * (which show the problem at their path) and the merge.
 */
export type Path = readonly (string | number)[];

export function pathKey(path: Path): string {
  return path.join('.');
}

/** A DOM id for the field at `path`, so an error summary can link to it. */
export function fieldId(path: Path): string {
  return `f-${path.join('-').replace(/[^\w-]/g, '_')}`;
}

export function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** A copy of `root` with `value` at `path`; `undefined` removes an object key. */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const node = root as unknown;
  const child = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[key] : undefined;
  const next = setAt(child, rest, value);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[key as number] = next;
    return copy as T;
  }
  const copy: Record<string | number, unknown> = { ...(node as Record<string, unknown> | undefined) };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy as T;
}
