/**
 * Row keys that are unique on the page. A row without an id of its own is
 * keyed by what it shows (a name, a keyword); two rows showing the same get
 * `#2`, `#3`… in page order, so two rows never share a key (and never share
 * a badge, a breakdown or a history entry). The first keeps the plain key, so
 * pages without duplicates key exactly as before.
 */

/** `key`, or `key#n` for the n-th row (n ≥ 2) with the same key. */
export function withOccurrence(key: string, occurrence: number): string {
  return occurrence > 1 ? `${key}#${occurrence}` : key;
}

/**
 * The occurrence of `row`'s key among `rows` (1-based, page order), counting
 * only rows whose key `keyOf` gives the same. Keys are cached per element in
 * `cache`, so reading a page keys each row once.
 */
export function occurrenceOf(
  row: Element,
  key: string,
  rows: readonly Element[],
  keyOf: (row: Element) => string | null,
  cache: WeakMap<Element, string | null>,
): number {
  let n = 1;
  for (const other of rows) {
    if (other === row) return n;
    let k = cache.get(other);
    if (k === undefined) cache.set(other, (k = keyOf(other)));
    if (k === key) n++;
  }
  return n;
}
