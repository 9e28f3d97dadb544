/**
 * Anonymizing what the diagnostic report shows, so a user can attach it to a
 * bug report without giving away their figures or names: digits become `#`
 * (their shape stays: `€1,842.50` → `€#,###.##`), letters of free text
 * become `a`/`A`, names become salted hashes (equal names, equal hashes,
 * within one report only: the salt is random and not in the report).
 */

/** Digits replaced by `#`; everything else as is. */
export function digitShape(text: string): string {
  return text.replace(/\d/g, '#');
}

/** Digits to `#`, letters to `a` / `A`: the shape of a text with none of its content. */
export function textShape(text: string): string {
  return digitShape(text)
    .replace(/\p{Ll}/gu, 'a')
    .replace(/\p{Lu}|\p{Lo}|\p{Lt}|\p{Lm}/gu, 'A');
}

/** The shape of a number as the adapter read it (`1842.5` → `####.#`), null kept. */
export function numberShape(n: number | null): string | null {
  return n === null ? null : digitShape(String(n));
}

/** FNV-1a, 32 bits: short, dependency-free; a hash to compare names, not a secret. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export type Hasher = (name: string) => string;

/** A name hasher for one report. */
export function nameHasher(salt: string): Hasher {
  return (name) => `#${fnv1a(`${salt}\u0000${name}`).toString(16).padStart(8, '0')}`;
}

/**
 * A row key with its names hashed and its ids shaped: `name:adsets:<name>#2`
 * → `name:adsets:#1a2b3c4d#2`, `keyword:adgroup-123~shoes~Exact match` →
 * `keyword:adgroup-###~#…~#…`, `campaign:123` → `campaign:###`.
 */
export function keyShape(key: string, hash: Hasher): string {
  const name = /^name:(?:([a-z]+):)?(.*?)(#\d+)?$/.exec(key);
  if (name) return `name:${name[1] ? `${name[1]}:` : ''}${hash(name[2]!)}${name[3] ? digitShape(name[3]) : ''}`;
  const [head = '', ...parts] = key.split('~');
  const tail = parts.map((p, i) => (/^\d+$/.test(p) ? digitShape(p) : i === parts.length - 1 ? textTail(p, hash) : hash(p)));
  return [digitShape(head), ...tail].join('~');
}

/** The last part of a text key: a match type is not a secret, an occurrence number keeps its shape. */
function textTail(part: string, hash: Hasher): string {
  const m = /^(.*?)(#\d+)?$/.exec(part)!;
  const body = /^(exact|phrase|broad)\b/i.test(m[1]!) ? m[1]! : hash(m[1]!);
  return body + (m[2] ? digitShape(m[2]) : '');
}
