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

/** The key of the next row counted under `base` in `counts` (page order): `base`, then `base#2`… */
export function nextOccurrence(counts: Map<string, number>, base: string): string {
  const n = (counts.get(base) ?? 0) + 1;
  counts.set(base, n);
  return withOccurrence(base, n);
}

/** Occurrence numbers of one pass, computed once for every row (the context lives one pass). */
export interface Occurrences {
  index?: Map<Element, number>;
}

/**
 * The occurrence of `row`'s key among `rows` (1-based, page order). The
 * first call keys every row once (`keyOf`, null for rows that do not count)
 * and numbers them in one walk, so a page costs linear time.
 */
export function occurrenceOf(row: Element, rows: () => readonly Element[], keyOf: (row: Element) => string | null, cache: Occurrences): number {
  if (!cache.index) {
    const counts = new Map<string, number>();
    cache.index = new Map();
    for (const r of rows()) {
      const k = keyOf(r);
      if (k === null) continue;
      const n = (counts.get(k) ?? 0) + 1;
      counts.set(k, n);
      cache.index.set(r, n);
    }
  }
  return cache.index.get(row) ?? 1;
}
