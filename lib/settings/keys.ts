/**
 * Storage keys and extension messages about settings. Kept apart from the
 * schema so that code which only needs a key does not bundle zod.
 */
export const SETTINGS_KEY = 'settings';
/** Content scripts ask the background for validated settings (see entrypoints/background.ts). */
export const GET_SETTINGS_MESSAGE = 'real-roi:get-settings';
