/**
 * The one module that reads and writes settings. Storage is passed in, so
 * this stays free of browser APIs: the extension hands it
 * `browser.storage.local`, tests a Map.
 */
import type { ReadResult } from './read';
import { readSettings } from './read';
import type { Settings } from './schema';
import { SETTINGS_KEY } from '../storage-keys';
import { readStored, type StoredSettings } from './unreadable';
import { checkSettings } from './validate';

/** The part of `browser.storage.StorageArea` we use. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export { SETTINGS_KEY };

export class SettingsError extends Error {
  readonly reasons: readonly string[];

  constructor(reasons: readonly string[]) {
    super(`Invalid settings: ${reasons.join('; ')}`);
    this.name = 'SettingsError';
    this.reasons = reasons;
  }
}

export interface SettingsStore {
  /**
   * Always usable settings, plus what had to be repaired. Repairs are not
   * written back: the caller decides whether to show them and save.
   * A failing storage read is passed on, since defaults returned then could
   * later be saved over the user's real settings.
   */
  load(): Promise<ReadResult>;
  /** What the ad page and the popup show: whether anything is stored, and what could not be read. Never writes. */
  loadStored(): Promise<StoredSettings>;
  /** Writes valid settings; throws SettingsError, writing nothing, otherwise. */
  save(settings: Settings): Promise<void>;
}

export function createSettingsStore(area: StorageAreaLike): SettingsStore {
  return {
    async load() {
      const items = await area.get(SETTINGS_KEY);
      return readSettings(items[SETTINGS_KEY]);
    },
    async loadStored() {
      const items = await area.get(SETTINGS_KEY);
      return readStored(items[SETTINGS_KEY]);
    },
    async save(settings) {
      const checked = checkSettings(settings);
      if (!checked.ok) throw new SettingsError(checked.errors);
      await area.set({ [SETTINGS_KEY]: checked.settings });
    },
  };
}
