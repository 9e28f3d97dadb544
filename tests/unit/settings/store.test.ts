import { describe, expect, it } from 'vitest';
import type { Settings, StorageAreaLike } from '../../../lib/settings';
import { SETTINGS_KEY, SettingsError, createSettingsStore, defaultSettings, profileFor, readSettings } from '../../../lib/settings';
import { modelSettingsFile } from './fixtures';

/** What `browser.storage.local` does, minus events; values are copied like the real thing. */
function memoryArea(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(structuredClone(initial)));
  let writes = 0;
  const area: StorageAreaLike = {
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      writes += 1;
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
  };
  return { area, data, writes: () => writes };
}

describe('settings store', () => {
  it('loads defaults, with a note, when nothing is stored', async () => {
    const { area } = memoryArea();
    const { settings, repairs } = await createSettingsStore(area).load();
    expect(settings).toEqual(defaultSettings());
    expect(repairs).toEqual([{ path: '', problem: 'no settings stored yet', action: 'added' }]);
  });

  it('round-trips settings under the `settings` key', async () => {
    const { area, data } = memoryArea();
    const store = createSettingsStore(area);
    const file = modelSettingsFile() as Settings;
    await store.save(file);
    expect(data.get(SETTINGS_KEY)).toEqual(file);
    expect(await store.load()).toEqual({ settings: file, repairs: [] });
  });

  it('saves normalised values', async () => {
    const { area, data } = memoryArea();
    const file = modelSettingsFile();
    file.profiles[1]!.accounts = [{ platform: 'meta', id: 'act_1234567890' }];
    await createSettingsStore(area).save(file as Settings);
    expect((data.get(SETTINGS_KEY) as Settings).profiles[1]!.accounts).toEqual([{ platform: 'meta', id: '1234567890' }]);
  });

  it('refuses invalid settings with reasons and writes nothing', async () => {
    const stored = modelSettingsFile();
    const { area, data, writes } = memoryArea({ [SETTINGS_KEY]: stored });
    const bad = modelSettingsFile() as Settings;
    bad.profiles[0]!.margin.default = -1;
    const error = await createSettingsStore(area)
      .save(bad)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).reasons).toEqual(['profiles[0].margin.default: must be between 0 and 1']);
    expect(writes()).toBe(0);
    expect(data.get(SETTINGS_KEY)).toEqual(stored);
  });

  it('repairs on load but leaves storage for the caller to update', async () => {
    const broken = { ...modelSettingsFile(), targetRoi: '0.7' };
    const { area, data, writes } = memoryArea({ [SETTINGS_KEY]: broken });
    const { settings, repairs } = await createSettingsStore(area).load();
    expect(settings.targetRoi).toBe(0.7);
    expect(repairs).toHaveLength(1);
    expect(writes()).toBe(0);
    expect(data.get(SETTINGS_KEY)).toEqual(broken);
  });

  it('passes on a failing storage read instead of hiding it behind defaults', async () => {
    const area: StorageAreaLike = {
      get: () => Promise.reject(new Error('storage unavailable')),
      set: () => Promise.resolve(),
    };
    await expect(createSettingsStore(area).load()).rejects.toThrow('storage unavailable');
  });
});

describe('profileFor', () => {
  const { settings } = readSettings(modelSettingsFile());

  it.each([
    ['google-ads', '123-456-7890'],
    ['google-ads', '1234567890'],
    ['google-ads', ' 123 456 7890 '],
    ['meta', '1234567890'],
    ['meta', 'act_1234567890'],
  ] as const)('finds the profile listing %s account %s', (platform, id) => {
    expect(profileFor(settings, platform, id).id).toBe('p2');
  });

  it.each([
    ['google-ads', '999-999-9999'],
    ['google-ads', null],
    ['google-ads', 'not an id'],
    // The same digits on the other platform are another account.
    ['meta', '123-456-7890'],
  ] as const)('falls back to the default profile for %s %s', (platform, id) => {
    expect(profileFor(settings, platform, id).id).toBe('default');
  });

  it('follows defaultProfile, not list order', () => {
    expect(profileFor({ ...settings, defaultProfile: 'p2' }, 'meta', null).id).toBe('p2');
  });
});
