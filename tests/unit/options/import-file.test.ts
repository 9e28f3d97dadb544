import { describe, expect, it } from 'vitest';
import { fileTooLarge, pathText, readImport } from '../../../lib/options/import-file';
import { translator } from '../../../lib/i18n';
import { HISTORY_FILE_KIND } from '../../../lib/history';
import { exampleSettings } from './fixtures';

const en = translator('en');
const fr = translator('fr');
const plain = (lines: string[]) => lines.map((l) => l.replace(/[\u00a0\u202f]/g, ' '));

describe('reading a file to import', () => {
  it('accepts an exported file as is', () => {
    const file = JSON.stringify(exampleSettings(), null, 2);
    expect(readImport(file, en, 'en-US')).toEqual({ ok: true, settings: exampleSettings() });
  });

  it('refuses bad JSON in the UI language', () => {
    expect(readImport('{"version": 1,', en, 'en-US')).toEqual({
      ok: false,
      reasons: ['This file is not valid JSON. Choose a settings file exported by Real ROI.'],
    });
    expect(readImport('nope', fr, 'fr-FR')).toEqual({
      ok: false,
      reasons: ['Ce fichier n’est pas du JSON valide. Choisissez un fichier de réglages exporté par Real ROI.'],
    });
  });

  it('refuses a history file with one reason that says where it goes, not a list of missing settings fields', () => {
    const history = JSON.stringify({ kind: HISTORY_FILE_KIND, version: 1, exportedAt: '2026-11-30T10:00:00.000Z', entries: [] });
    expect(readImport(history, fr, 'fr-FR')).toEqual({ ok: false, reasons: [fr('import.historyFile')] });
    expect(fr('import.historyFile')).toMatch(/Progression/);
  });

  it('refuses wrong types, saying where each problem is', () => {
    const data = exampleSettings() as unknown as { targetRoi: unknown; profiles: { margin: { default: unknown }; costs: { amount?: unknown }[] }[] };
    data.targetRoi = 'high';
    data.profiles[0]!.margin.default = '60%';
    data.profiles[0]!.costs[1]!.amount = -120;
    const result = readImport(JSON.stringify(data), en, 'en-US');
    expect(result).toEqual({
      ok: false,
      reasons: [
        'Target ROI: Must be a number.',
        'Profile “Clothing shop” › Default margin: Must be a number.',
        'Profile “Clothing shop” › cost “Bid tool” › Amount: Must not be negative.',
      ],
    });
  });

  it('refuses a file that is not a settings object, or from a newer version', () => {
    expect(readImport('[1,2]', en, 'en-US')).toEqual({
      ok: false,
      reasons: ['This file does not hold Real ROI settings. Choose a file made by “Export settings”.'],
    });
    expect(readImport(JSON.stringify({ ...exampleSettings(), version: 9 }), en, 'en-US')).toEqual({
      ok: false,
      reasons: ['The file comes from a newer version of Real ROI. Update the extension, then import it again.'],
    });
  });

  it('refuses a huge file before parsing it', () => {
    const huge = `{"x":"${'a'.repeat(1_100_000)}"}`;
    const result = readImport(huge, en, 'en-US');
    expect(result).toEqual({ ok: false, reasons: ['The file is too large (1.1 MB; the limit is 1 MB).'] });
    expect(fileTooLarge(2_000_000, en, 'en-US')).toBe('The file is too large (2 MB; the limit is 1 MB).');
    expect(fileTooLarge(1000, en, 'en-US')).toBeNull();
    expect(plain([fileTooLarge(1_500_000, fr, 'fr-FR')!])).toEqual(['Le fichier est trop volumineux (1,5 Mo ; la limite est de 1 Mo).']);
  });

  it('describes paths in words', () => {
    const data = exampleSettings();
    expect(pathText(['profiles', 1, 'margin', 'rules', 0, 'pattern'], data, en)).toBe('Profile “Client B” › margin rule 1 › Campaign name text');
    expect(pathText(['profiles', 0, 'accounts', 0, 'id'], data, en)).toBe('Profile “Clothing shop” › account 1 › ID');
    expect(pathText([], data, en)).toBe('The file');
  });
});
