import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings } from '../../../lib/settings';
import { MODEL_PROFILE, modelSettingsFile, repairAt } from './fixtures';

// readSettings on files that are valid or nearly so (a corrupted blob: repair.test.ts).
describe('readSettings: other repairs', () => {
  it('returns a valid file unchanged, with no repairs', () => {
    const file = modelSettingsFile();
    expect(readSettings(file)).toEqual({ settings: file, repairs: [] });
  });

  it.each([
    ['null', null, 'must be a settings object, not null'],
    ['a string', 'settings', 'not valid JSON text'],
    ['a number', 42, 'must be a settings object, not a number'],
    ['an array', [modelSettingsFile()], 'must be a settings object, not an array'],
    ['JSON text of an array', '[1, 2]', 'JSON text holding an array, not settings'],
    ['truncated JSON text', '{"version": 1, "profiles": [', 'not valid JSON text'],
  ])('starts over from defaults for %s, with one repair', (_name, raw, problem) => {
    const { settings, repairs } = readSettings(raw);
    expect(settings).toEqual(defaultSettings());
    expect(repairs).toEqual([{ path: '', problem, action: 'reset-to-default', before: raw }]);
  });

  it('says so when nothing is stored yet', () => {
    expect(readSettings(undefined)).toEqual({
      settings: defaultSettings(),
      repairs: [{ path: '', problem: 'no settings stored yet', action: 'added' }],
    });
  });

  it('reads settings stored as JSON text', () => {
    const file = modelSettingsFile();
    const { settings, repairs } = readSettings(JSON.stringify(file));
    expect(settings).toEqual(file);
    expect(repairs).toEqual([{ path: '', problem: 'was JSON text', action: 'converted' }]);
  });

  it('adds the default profile to an empty list and points defaultProfile at it', () => {
    const { settings, repairs } = readSettings({ ...modelSettingsFile(), profiles: [], defaultProfile: 'p2' });
    expect(settings.profiles).toEqual(defaultSettings().profiles);
    expect(settings.defaultProfile).toBe('default');
    expect(repairAt(repairs, 'profiles')).toMatchObject({ action: 'added' });
    expect(repairAt(repairs, 'defaultProfile')).toMatchObject({ action: 'reset-to-default', before: 'p2' });
  });

  it('resets a defaultProfile that names no profile to the first profile', () => {
    const file = modelSettingsFile();
    file.profiles.reverse();
    const { settings, repairs } = readSettings({ ...file, defaultProfile: 'deleted' });
    expect(settings.defaultProfile).toBe('p2');
    expect(repairs).toEqual([{ path: 'defaultProfile', problem: 'names no profile ("deleted")', action: 'reset-to-default', before: 'deleted' }]);
  });

  it('renames duplicate profile ids and keeps both profiles', () => {
    const file = modelSettingsFile();
    file.profiles[1]!.id = 'default';
    const { settings, repairs } = readSettings(file);
    expect(settings.profiles.map((p) => [p.id, p.name])).toEqual([
      ['default', 'My shop'],
      ['default-2', 'Client B'],
    ]);
    expect(repairs).toEqual([{ path: 'profiles[1].id', problem: 'duplicate profile id', action: 'converted', before: 'default' }]);
  });

  it('keeps an account in the first profile that lists it', () => {
    const file = modelSettingsFile();
    file.profiles[0]!.accounts = [{ platform: 'meta', id: '1234567890' }];
    const { settings, repairs } = readSettings(file);
    expect(settings.profiles[0]!.accounts).toEqual([{ platform: 'meta', id: '1234567890' }]);
    expect(settings.profiles[1]!.accounts).toEqual([{ platform: 'google-ads', id: '123-456-7890' }]);
    expect(repairs).toEqual([expect.objectContaining({ path: 'profiles[1].accounts[1]', action: 'removed' })]);
  });

  it('reads a bare margin number as the default margin', () => {
    const file = modelSettingsFile();
    const raw = { ...file, profiles: [{ ...file.profiles[0], margin: 0.45 }] };
    const { settings, repairs } = readSettings(raw);
    expect(settings.profiles[0]!.margin).toEqual({ default: 0.45, rules: [] });
    expect(repairs).toEqual([expect.objectContaining({ path: 'profiles[0].margin', action: 'converted' })]);
  });

  it('clears a lead value missing half its inputs, rather than inventing one', () => {
    const file = modelSettingsFile();
    const raw = { ...file, profiles: [{ ...file.profiles[0], leadValue: { closeRate: 0.1 } }] };
    const { settings, repairs } = readSettings(raw);
    expect(settings.profiles[0]!.leadValue).toBeNull();
    expect(repairs).toEqual([
      {
        path: 'profiles[0].leadValue',
        problem: 'dealValue missing',
        action: 'reset-to-default',
        before: { closeRate: 0.1 },
      },
    ]);
  });

  it('keeps a fixed cost whose scope or end date is broken, on all rows and without the end', () => {
    const cost = {
      kind: 'staffTime',
      label: 'Ads',
      hoursPerMonth: 10,
      hourlyRate: 50,
      from: '2025-11-01',
      until: '2025-10-01',
      scope: { match: 'regex', pattern: '[' },
    };
    const file = modelSettingsFile();
    const raw = { ...file, profiles: [{ ...file.profiles[0], costs: [cost] }] };
    const { settings, repairs } = readSettings(raw);
    expect(settings.profiles[0]!.costs).toEqual([{ kind: 'staffTime', label: 'Ads', hoursPerMonth: 10, hourlyRate: 50, from: '2025-11-01' }]);
    expect(repairs.map((r) => [r.path, r.action])).toEqual([
      ['profiles[0].costs[0].scope', 'removed'],
      ['profiles[0].costs[0].until', 'removed'],
    ]);
  });

  it('reads lower-case currencies and numeric account ids', () => {
    const file = modelSettingsFile();
    const raw = {
      ...file,
      profiles: [{ ...file.profiles[0], currency: 'usd', accounts: [{ platform: 'meta', id: 987654321 }] }],
    };
    const { settings } = readSettings(raw);
    expect(settings.profiles[0]!.currency).toBe('USD');
    expect(settings.profiles[0]!.accounts).toEqual([{ platform: 'meta', id: '987654321' }]);
  });

  it('keeps the example profile intact inside any file', () => {
    const { settings } = readSettings({ profiles: [{ id: 'x', name: 'X', accounts: [], ...MODEL_PROFILE }] });
    expect(settings.profiles[0]).toEqual({ id: 'x', name: 'X', accounts: [], ...MODEL_PROFILE });
    expect(settings.defaultProfile).toBe('x');
  });
});
