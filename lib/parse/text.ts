/**
 * Text clean-up shared by the parsers. Table cells and date buttons come
 * from `textContent`, so they carry whatever the platform's ICU put there:
 * no-break spaces, narrow no-break spaces, thin spaces, bidi marks on RTL
 * pages, sometimes full-width forms. Every parser first folds them away so
 * its own rules only ever see plain ASCII spaces.
 */

/** Zero-width and bidi control characters: they never carry meaning for a figure or a date. */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * NFKC (folds full-width digits, `％`, `￥` and the U+00A0/U+202F/U+2009
 * spaces), drops invisible marks, collapses every whitespace run to one
 * space, trims.
 */
export function cleanText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Case- and accent-insensitive key, so `déc.`, `Dec` and `DEC` look the same. */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '');
}
