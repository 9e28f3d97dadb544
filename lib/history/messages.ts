/**
 * Extension messages about the history. Kept apart so that a content script
 * importing a name bundles nothing else.
 */
/** Content script → background: `{ type, read: TableRead }` after a complete pass. */
export const RECORD_TABLE_MESSAGE = 'real-roi:record-table';
/** Background → extension pages (broadcast): the history changed. */
export const HISTORY_CHANGED_MESSAGE = 'real-roi:history-changed';
