import { describe, expect, it } from 'vitest';
import type { Migration } from '../../../lib/settings';
import { CURRENT_VERSION, MIGRATIONS, migrate, readSettings } from '../../../lib/settings';
import { modelSettingsFile } from './fixtures';

describe('migrate', () => {
  it('has one migration for every version below the current one', () => {
    const froms = MIGRATIONS.map((m) => m.from).sort((a, b) => a - b);
    expect(froms).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
  });

  it('leaves current settings alone', () => {
    const file = modelSettingsFile();
    expect(migrate(file)).toEqual({ data: file, repairs: [], newer: false });
  });

  it('reads a file without version as version 1', () => {
    const { version: _version, ...file } = modelSettingsFile();
    const result = migrate(file);
    expect(result.data['version']).toBe(CURRENT_VERSION);
    expect(result.repairs[0]).toEqual({ path: 'version', problem: 'missing; read as version 1', action: 'added' });
    expect(result.repairs.slice(1).map((r) => r.problem)).toEqual(['migrated from version 1']);
  });

  it('keeps what it understands from a newer version and says so', () => {
    const file = { ...modelSettingsFile(), version: CURRENT_VERSION + 1, futureField: true };
    const { settings, repairs } = readSettings(file);
    expect(settings).toEqual(modelSettingsFile());
    expect(repairs[0]).toMatchObject({ path: 'version', action: 'converted', before: CURRENT_VERSION + 1 });
    expect(repairs[0]?.problem).toMatch(/^newer version/);
    expect(repairs).toContainEqual(expect.objectContaining({ path: 'futureField', action: 'removed' }));
  });

  it('chains migrations from an old version to the current one', () => {
    // A pretend future: v1 kept the margin as a bare number, v2 renamed a field, v3 is current.
    const steps: Migration[] = [
      { from: 2, up: ({ targetRoiPercent, ...rest }) => ({ ...rest, targetRoi: Number(targetRoiPercent) / 100 }) },
      { from: 1, up: (raw) => ({ ...raw, targetRoiPercent: 50 }) },
    ];
    const result = migrate({ version: 1, display: 'ratio' }, steps, 3);
    expect(result.data).toEqual({ version: 3, display: 'ratio', targetRoi: 0.5 });
    expect(result.repairs.map((r) => r.problem)).toEqual(['migrated from version 1', 'migrated from version 2']);
  });

  it('never throws on a broken migration or a version gap', () => {
    const broken: Migration[] = [
      {
        from: 1,
        up: () => {
          throw new Error('boom');
        },
      },
    ];
    expect(migrate({ version: 1, a: 1 }, broken, 2).data).toEqual({ version: 2, a: 1 });
    expect(migrate({ version: 1, a: 1 }, [], 2).repairs[0]?.problem).toBe('no migration from version 1');
  });

  it('reads a version written as text, and resets nonsense versions', () => {
    expect(migrate({ version: '2' }).repairs).toEqual([{ path: 'version', problem: 'was text', action: 'converted', before: '2' }]);
    expect(migrate({ version: -3 }).repairs[0]).toMatchObject({ action: 'reset-to-default', before: -3 });
  });
});

describe('migration 1 → 2', () => {
  it('gives every v1 profile no lifetime view, the badges the first-order ROI, and a history that is on for 25 months', () => {
    const { version: _v, badgeRoi: _b, ...rest } = modelSettingsFile();
    const v1 = { ...rest, version: 1, profiles: rest.profiles.map(({ lifetime: _l, ...p }) => p) };
    const { data, repairs } = migrate(v1);
    expect(data).toEqual({ ...modelSettingsFile(), rememberTables: true, historyMonths: 25 });
    expect(repairs).toEqual([{ path: 'version', problem: 'migrated from version 1', action: 'converted', before: 1 }]);
  });

  it('keeps a lifetime a v1 file already had, and leaves broken profiles to the repair', () => {
    const lifetime = { purchasesPerYear: 4, years: 3, newCustomerShare: 1 };
    const { data } = migrate({ version: 1, badgeRoi: 'lifetime', rememberTables: false, profiles: [{ id: 'a', lifetime }, 'junk'] });
    expect(data).toEqual({ version: 2, badgeRoi: 'lifetime', rememberTables: false, historyMonths: 25, profiles: [{ id: 'a', lifetime }, 'junk'] });
    expect(migrate({ version: 1 }).data).toEqual({ version: 2, badgeRoi: 'firstOrder', rememberTables: true, historyMonths: 25 });
  });
});
