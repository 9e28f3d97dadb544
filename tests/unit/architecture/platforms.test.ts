/**
 * A registered platform is complete: the registry (lib/platforms/index.ts)
 * is the checklist of docs/architecture.md ("Adding a platform"), and this
 * test fails on the first item a new platform forgets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { fr } from '../../../lib/i18n/fr';
import { PLATFORM_LIST } from '../../../lib/platforms';
import { ROOT } from './import-graph';

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe.each(PLATFORM_LIST.map((p) => [p.id, p] as const))('platform %s', (id, platform) => {
  it('has its folder, with an adapter for this platform', async () => {
    const module: Record<string, unknown> = await import(`../../../lib/platforms/${id}/index.ts`);
    const adapters = Object.values(module).filter(
      (v) => typeof v === 'object' && v !== null && 'readRow' in v && (v as { platform?: unknown }).platform === id,
    );
    expect(adapters.length).toBeGreaterThan(0);
    expect(module[`${camel(id)}Platform`]).toBe(platform);
  });

  it('has a content script that wires its adapter to its matches', () => {
    const entry = `entrypoints/${id}.content/index.ts`;
    expect(existsSync(path.join(ROOT, entry))).toBe(true);
    expect(read(entry)).toContain(`lib/platforms/${id}'`);
    expect(platform.matches.length).toBeGreaterThan(0);
  });

  it('has a fixture folder with its README and an expected JSON beside each page', () => {
    const dir = path.join(ROOT, 'tests/fixtures', id);
    expect(existsSync(path.join(dir, 'README.md'))).toBe(true);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(existsSync(path.join(dir, page.replace(/\.html$/, '.expected.json'))), page).toBe(true);
  });

  it('has its texts in English and French: name, account id hint and error', () => {
    const keys = [`platform.${id}`, platform.account.hintKey, platform.account.errorKey];
    for (const catalog of [en, fr] as Record<string, string>[]) {
      for (const key of keys) expect(catalog[key], key).toBeTruthy();
    }
  });

  it('has a row in the README\'s "What it does" table', () => {
    const name = (en as Record<string, string>)[`platform.${id}`]!;
    const rows = read('README.md')
      .split('\n')
      .filter((line) => line.startsWith('| '));
    expect(rows.some((row) => row.startsWith(`| ${name}`))).toBe(true);
  });

  it('has a demo page', () => {
    expect(existsSync(path.join(ROOT, platform.demo.page))).toBe(true);
    expect(read(platform.demo.page)).toContain(platform.demo.rowSelector.replace(/^\./, '').split('.')[0]);
  });
});

function camel(id: string): string {
  return id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
