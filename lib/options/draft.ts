/**
 * Unsaved edits survive closing the options page by mistake: the draft is
 * kept in storage (under its own key, so nothing reading `settings` ever
 * sees it) together with the saved settings it started from, and restored
 * on the next visit merged with anything saved since.
 */
import { checkSettings, type Settings } from '../settings';
import type { DraftSettings } from './loose';
import { mergeThreeWay } from './merge';
import { sameJson } from './same-json';

export interface StoredDraft {
  version: 1;
  /** The saved settings the edits started from: the merge base. */
  base: Settings;
  draft: DraftSettings;
  /** ISO timestamp of the last edit. */
  updatedAt: string;
}

export function isDirty(draft: DraftSettings, saved: Settings): boolean {
  return !sameJson(draft, saved);
}

export function draftRecord(base: Settings, draft: DraftSettings, now: Date = new Date()): StoredDraft {
  return { version: 1, base, draft, updatedAt: now.toISOString() };
}

export interface Restored {
  draft: DraftSettings;
  /** When the restored edits were made; null when there was nothing to restore. */
  updatedAt: string | null;
  conflicts: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The draft to edit: the stored edits replayed over `saved`, or `saved` itself. */
export function restoreDraft(stored: unknown, saved: Settings): Restored {
  const none: Restored = { draft: saved, updatedAt: null, conflicts: [] };
  if (!isRecord(stored) || stored['version'] !== 1 || !isRecord(stored['draft'])) return none;
  const checkedBase = checkSettings(stored['base']);
  // Without a readable base every difference would look like an edit.
  if (!checkedBase.ok) return none;
  const draft = stored['draft'] as DraftSettings;
  if (!isDirty(draft, checkedBase.settings)) return none;
  const merged = mergeThreeWay<DraftSettings>(checkedBase.settings, draft, saved);
  if (!isDirty(merged.value, saved)) return none;
  return {
    draft: merged.value,
    updatedAt: typeof stored['updatedAt'] === 'string' ? stored['updatedAt'] : null,
    conflicts: merged.conflicts,
  };
}

/** Settings saved elsewhere while editing: keep local edits, take the other changes. */
export function rebaseDraft(base: Settings, draft: DraftSettings, incoming: Settings) {
  return mergeThreeWay<DraftSettings>(base, draft, incoming);
}
