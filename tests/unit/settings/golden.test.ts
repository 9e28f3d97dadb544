/**
 * Golden files: a settings file of every past version, as that version
 * exported it, must still read and import as the same settings today.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, readSettings, validateImport } from '../../../lib/settings';

const DIR = join(__dirname, '../../fixtures/settings');
const golden = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .sort();

describe('golden settings files', () => {
  it('has one for every past version', () => {
    expect(golden).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => `v${i + 1}.json`));
  });

  describe.each(golden)('%s', (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const expected: unknown = JSON.parse(readFileSync(join(DIR, file.replace('.json', '.expected.json')), 'utf8'));

    it('is really of its version', () => {
      expect(JSON.parse(text).version).toBe(Number(file.slice(1, -5)));
    });

    it('reads as the expected settings, with only the migration reported', () => {
      const { settings, repairs } = readSettings(JSON.parse(text));
      expect(settings).toEqual(expected);
      expect(repairs.length).toBeGreaterThan(0);
      expect(repairs.every((r) => r.path === 'version' && r.problem.startsWith('migrated from version'))).toBe(true);
    });

    it('reads without changing what was read (storage is only rewritten on save)', () => {
      const raw = JSON.parse(text);
      readSettings(raw);
      expect(raw).toEqual(JSON.parse(text));
    });

    it('imports as the same settings', () => {
      const result = validateImport(text);
      expect(result).toEqual({ ok: true, settings: expected });
    });
  });
});
