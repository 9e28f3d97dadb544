/**
 * French guillemets hold their word with a no-break space: with an ordinary
 * space a line can break between « and the word it quotes.
 */
import { describe, expect, it } from 'vitest';

// Every French catalog file, so a new one is checked without editing this test.
const catalogs = import.meta.glob<Record<string, unknown>>('../../../lib/i18n/*.fr.ts', { eager: true });

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('French catalogs', () => {
  it('are all found', () => {
    expect(Object.keys(catalogs).length).toBeGreaterThanOrEqual(8);
  });

  it('never put an ordinary space after « or before »', () => {
    const all = Object.entries(catalogs).flatMap(([file, mod]) => strings(mod, file));
    expect(all.some(([, text]) => text.includes('«'))).toBe(true);
    const loose = all.filter(([, text]) => /« | »/.test(text)).map(([path]) => path);
    expect(loose).toEqual([]);
  });
});
