/**
 * Every key the extension keeps in `browser.storage`, in one place, so that
 * two features can never pick the same key by accident. Plain constants: a
 * module that only needs a key does not bundle zod or the settings schema.
 */

/** `storage.local`: the saved settings (format in docs/settings-file.md). */
export const SETTINGS_KEY = 'settings';

/** `storage.local`: the options page's unsaved edits and the saved settings they started from. */
export const DRAFT_KEY = 'optionsDraft';

/** `storage.local`: when this browser last saw the `storage.sync` copy, so its offer is made once. */
export const SYNC_SEEN_KEY = 'optionsSyncSeen';

/** `storage.sync`: the header of the opt-in copy of the settings. */
export const SYNC_HEADER_KEY = 'settings:sync';

/** `storage.sync`: the copy's chunks are `settings:sync:0`, `settings:sync:1`, … */
export const SYNC_CHUNK_PREFIX = 'settings:sync:';

/** `storage.local`: the overlay panel's layout (chip or open, corner) per platform; never inside the settings. */
export const PANEL_LAYOUT_KEY = 'overlayPanel';

/** `storage.local`: steering choices (verdict threshold, weekly reminder opt-in); lib/steering/prefs.ts. */
export const STEERING_KEY = 'steering';

/** `storage.local`: the progress page's baseline and target date per account or profile; lib/history/goals.ts. */
export const HISTORY_GOALS_KEY = 'historyGoals';
