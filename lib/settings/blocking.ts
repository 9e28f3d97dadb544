/**
 * Which unreadable settings keep a profile's figures from being shown.
 * Apart from unreadable.ts so that content scripts, which get the list from
 * the background, do not bundle the schema (zod).
 */
import type { Unreadable } from './unreadable';

/** What is shown about the settings a page's figures rest on. */
export interface SettingsState {
  /** False until settings exist in storage: every figure rests on defaults. */
  stored: boolean;
  unreadable: readonly Unreadable[];
}

export const SAVED_STATE: SettingsState = { stored: true, unreadable: [] };

/** The entries that would change this profile's figures (those of every profile included). */
export function blocking(unreadable: readonly Unreadable[], profileId: string): Unreadable[] {
  return unreadable.filter((u) => u.profileId === null || u.profileId === profileId);
}
