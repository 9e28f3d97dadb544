import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, validateImport } from '../../../lib/settings';
import { modelSettingsFile } from './fixtures';

function refusal(text: string, maxBytes?: number): string[] {
  const result = validateImport(text, maxBytes);
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

describe('validateImport', () => {
  it('accepts the model settings file', () => {
    const file = modelSettingsFile();
    expect(validateImport(JSON.stringify(file, null, 2))).toEqual({ ok: true, settings: file });
  });

  it('accepts a file with a byte-order mark and normalises account ids', () => {
    const file = modelSettingsFile();
    file.profiles[1]!.accounts = [
      { platform: 'google-ads', id: '1234567890' },
      { platform: 'meta', id: 'act_1234567890' },
    ];
    const result = validateImport(`\uFEFF${JSON.stringify(file)}`);
    expect(result.ok && result.settings).toEqual(modelSettingsFile());
  });

  it('refuses text that is not JSON', () => {
    expect(refusal('{"version": 1,')[0]).toMatch(/^not valid JSON: /);
    expect(refusal('')[0]).toMatch(/^not valid JSON/);
  });

  it('refuses JSON that is not one settings object', () => {
    expect(refusal('[]')).toEqual(['the file must hold one settings object, not an array']);
    expect(refusal('"hello"')).toEqual(['the file must hold one settings object, not a string']);
  });

  it('refuses files over the size limit, in bytes', () => {
    const text = JSON.stringify(modelSettingsFile());
    expect(refusal(text, 100)[0]).toBe(`the file is too large (${text.length} bytes; the limit is 100)`);
    // "é" is two bytes in UTF-8.
    expect(refusal('"éé"', 5)[0]).toBe('the file is too large (6 bytes; the limit is 5)');
    expect(validateImport(text, text.length).ok).toBe(true);
  });

  it('refuses, with a path, negative margins, wrong types and unknown fields', () => {
    const file = modelSettingsFile() as Record<string, unknown> & ReturnType<typeof modelSettingsFile>;
    file.profiles[1]!.margin.default = -0.2;
    (file.profiles[0] as Record<string, unknown>)['vatIncluded'] = '0.2';
    file.targetRoi = 'high' as unknown as number;
    file['colour'] = 'blue';
    expect(refusal(JSON.stringify(file))).toEqual([
      'targetRoi: must be a number',
      'profiles[0].vatIncluded: must be a number',
      'profiles[1].margin.default: must be between 0 and 1',
      'colour: unknown field',
    ]);
  });

  it('names missing fields, bad costs and bad rules', () => {
    const file = modelSettingsFile();
    const profile = file.profiles[0] as Record<string, unknown>;
    delete profile['currency'];
    file.profiles[0]!.costs.push({ kind: 'teleport', label: 'x' } as never);
    file.profiles[0]!.margin.rules.push({ match: 'regex', pattern: '(', margin: 0.1 });
    const errors = refusal(JSON.stringify(file));
    expect(errors).toContain('profiles[0].currency: is missing');
    expect(errors).toContain(
      'profiles[0].costs[6].kind: unknown kind; expected one of "percentOfRevenue", "perConversion", "percentOfSpend", "monthly", "staffTime", "oneOff"',
    );
    expect(errors).toContain('profiles[0].margin.rules[1].pattern: is not a valid regular expression');
  });

  it('refuses inconsistent profile lists', () => {
    const file = modelSettingsFile();
    file.defaultProfile = 'nobody';
    file.profiles[1]!.id = 'default';
    expect(refusal(JSON.stringify(file))).toEqual(['profiles[1].id: duplicate profile id "default"', 'defaultProfile: names no profile ("nobody")']);
  });

  it('refuses files from a newer version and nonsense versions', () => {
    const newer = { ...modelSettingsFile(), version: CURRENT_VERSION + 1 };
    expect(refusal(JSON.stringify(newer))[0]).toMatch(/newer version of Real ROI/);
    expect(refusal(JSON.stringify({ ...modelSettingsFile(), version: '1' }))).toEqual(['version: must be a whole number from 1']);
  });
});
