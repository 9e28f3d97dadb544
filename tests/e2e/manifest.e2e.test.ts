/**
 * The built manifests, as the stores will read them: icons of the sizes
 * each store asks for (and really of that size), texts from _locales, and
 * the keys Firefox Add-ons requires.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlayCatalogs } from '../../lib/i18n/overlay';
import { ROOT } from './harness';

const built = (dir: string) => path.join(ROOT, '.output', dir);
const manifestOf = (dir: string) => JSON.parse(readFileSync(path.join(built(dir), 'manifest.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe.each([
  ['chrome-mv3', [16, 32, 48, 128]],
  ['firefox-mv2', [48, 96]],
])('%s manifest', (dir, sizes) => {
  const manifest = manifestOf(dir);

  it('lists icons of the sizes the store asks for, each of that pixel size', () => {
    for (const size of sizes) {
      const icon = manifest.icons[String(size)];
      expect(icon, `icon ${size}`).toBeTypeOf('string');
      expect(pngSize(path.join(built(dir), icon))).toEqual([size, size]);
    }
  });

  it('takes name and description from _locales, in English and French', () => {
    expect(manifest.default_locale).toBe('en');
    for (const field of ['name', 'description']) {
      const key = /^__MSG_(\w+)__$/.exec(manifest[field])?.[1];
      expect(key, field).toBeTruthy();
      for (const lang of ['en', 'fr']) {
        const messages = JSON.parse(readFileSync(path.join(built(dir), '_locales', lang, 'messages.json'), 'utf8'));
        expect(messages[key!].message.length, `${lang} ${field}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('firefox-mv2 manifest', () => {
  it('keeps the add-on id, declares no data collection, and asks for a Firefox that knows that key', () => {
    const gecko = manifestOf('firefox-mv2').browser_specific_settings.gecko;
    expect(gecko.id).toBe('real-roi@example.org');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(128);
  });
});

describe.each(['chrome-mv3', 'firefox-mv2'])('%s content scripts', (dir) => {
  // Each marker is a string the library's minified code keeps. Both belong to the background and
  // the extension pages; in a content script they are only weight (issue 15).
  const unwanted: [string, string][] = [
    ['@wxt-dev/storage', "You must add the 'storage' permission"],
    ['zod', '$ZodType'],
  ];
  it.each(['google-ads.js', 'meta.js'])('%s bundles neither the storage wrapper nor the schema library', (file) => {
    const code = readFileSync(path.join(built(dir), 'content-scripts', file), 'utf8');
    expect(code.length).toBeGreaterThan(10_000);
    for (const [library, marker] of unwanted) expect(code.includes(marker), library).toBe(false);
  });
  it.each(['google-ads.js', 'meta.js'])('%s carries none of the overlay texts (the background sends them)', (file) => {
    const code = readFileSync(path.join(built(dir), 'content-scripts', file), 'utf8');
    const texts = Object.values(overlayCatalogs).flatMap((catalog) => Object.values(catalog) as string[]);
    const long = texts.filter((text) => text.length >= 24);
    expect(long.length).toBeGreaterThan(100);
    expect(long.filter((text) => code.includes(text))).toEqual([]);
  });
});
