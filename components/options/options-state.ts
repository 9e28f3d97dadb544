/** What the options page's state hook (useOptions.ts) hands the page. */
import type { Language, Translate } from '../../lib/i18n';
import type { DraftCheck } from '../../lib/options/validation';
import type { DraftSettings } from '../../lib/options/loose';
import type { Path } from '../../lib/options/paths';
import { LANGUAGES, type Repair, type Settings, type Unreadable } from '../../lib/settings';
import type { SyncStatus } from './sync-store';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'blocked' } | { kind: 'failed'; error: string };

export interface Notices {
  firstRun: boolean;
  repairs: Repair[];
  restoredAt: string | null;
  /** Set when settings saved elsewhere were merged in; the number of fields both sides changed. */
  mergedConflicts: number | null;
  /**
   * What could not be read and keeps the ad pages from showing figures: where
   * it is in the draft (null when the entry could not be kept), and the entry as stored.
   */
  unreadable: { entry: Unreadable; path: Path | null; stored: unknown }[];
}

export interface SyncOffer {
  settings: Settings;
  savedAt: string;
}

export interface OptionsState {
  loading: boolean;
  loadError: string | null;
  saved: Settings;
  draft: DraftSettings;
  dirty: boolean;
  check: DraftCheck;
  language: Language;
  locale: string;
  t: Translate;
  notices: Notices;
  saveState: SaveState;
  syncStatus: SyncStatus;
  syncOffer: SyncOffer | null;
  setDraft(update: (d: DraftSettings) => DraftSettings): void;
  save(): Promise<boolean>;
  /** Replaces the saved settings (an accepted import or synced copy). */
  replace(settings: Settings): Promise<boolean>;
  discard(): void;
  dismissNotice(name: 'restored' | 'merged' | 'repairs' | 'firstRun'): void;
  dismissSyncOffer(): Promise<void>;
}

export const EMPTY_NOTICES: Notices = { firstRun: false, repairs: [], restoredAt: null, mergedConflicts: null, unreadable: [] };

export function languageOf(draft: DraftSettings, saved: Settings): Settings['language'] {
  return (LANGUAGES as readonly string[]).includes(draft.language) ? draft.language : saved.language;
}
