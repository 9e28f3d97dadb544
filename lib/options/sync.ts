/**
 * The opt-in copy of the settings in `storage.sync`. Browser sync allows
 * 8 KB per item and 100 KB in all (Chrome's QUOTA_BYTES_PER_ITEM and
 * QUOTA_BYTES; Firefox uses the same), where an item's size is its key plus
 * its value as JSON. The settings JSON is cut into string chunks that each
 * fit, with a small header saying how to put them back together and a
 * checksum, so a half-arrived update is never read as settings.
 */
import type { Settings } from '../settings';
import { SYNC_CHUNK_PREFIX as CHUNK_PREFIX, SYNC_HEADER_KEY } from '../storage-keys';

export const SYNC_QUOTA = { perItem: 8192, total: 102_400, maxItems: 512 } as const;

export interface SyncHeader {
  version: 1;
  chunks: number;
  /** Characters of the whole JSON text, and its FNV-1a hash: a check on reassembly. */
  length: number;
  hash: string;
  /** When it was written (ISO), to say "saved in another browser at …". */
  savedAt: string;
}

export type SyncPlan = { fits: true; items: Record<string, unknown>; bytes: number; chunks: number } | { fits: false; bytes: number; limit: number };

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

/** Size of one item as the quota counts it. */
export function itemBytes(key: string, value: unknown): number {
  return bytes(key) + bytes(JSON.stringify(value));
}

export function hashOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** UTF-8 bytes of one code point inside a JSON string: quotes and backslashes are escaped, control characters and lone surrogates too. */
function storedBytes(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (ch === '"' || ch === '\\') return 2;
  if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) return JSON.stringify(ch).length - 2;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

function chunkKey(i: number): string {
  return `${CHUNK_PREFIX}${i}`;
}

/** Cuts `text` so that each piece, stored as a JSON string under its key, fits one item. */
function cut(text: string): string[] {
  const chunks: string[] = [];
  // Each piece is stored as a JSON string under its own key: both count.
  const roomFor = (i: number) => SYNC_QUOTA.perItem - bytes(chunkKey(i)) - 2;
  let room = roomFor(0);
  let current = '';
  let size = 0;
  for (const ch of text) {
    const cost = storedBytes(ch);
    if (size + cost > room) {
      chunks.push(current);
      room = roomFor(chunks.length);
      current = '';
      size = 0;
    }
    current += ch;
    size += cost;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

export function planSync(settings: Settings, savedAt: Date = new Date()): SyncPlan {
  const text = JSON.stringify(settings);
  const chunks = cut(text);
  const header: SyncHeader = {
    version: 1,
    chunks: chunks.length,
    length: text.length,
    hash: hashOf(text),
    savedAt: savedAt.toISOString(),
  };
  const items: Record<string, unknown> = { [SYNC_HEADER_KEY]: header };
  chunks.forEach((chunk, i) => {
    items[chunkKey(i)] = chunk;
  });
  const total = Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  if (total > SYNC_QUOTA.total || chunks.length + 1 > SYNC_QUOTA.maxItems) {
    return { fits: false, bytes: total, limit: SYNC_QUOTA.total };
  }
  return { fits: true, items, bytes: total, chunks: chunks.length };
}

/** Keys of this feature present in a sync area that a write of `plan` leaves stale. */
export function staleSyncKeys(keys: readonly string[], keep: Readonly<Record<string, unknown>> = {}): string[] {
  return keys.filter((k) => (k === SYNC_HEADER_KEY || k.startsWith(CHUNK_PREFIX)) && !(k in keep));
}

export interface Synced {
  text: string;
  savedAt: string;
}

function isHeader(v: unknown): v is SyncHeader {
  const h = v as Partial<SyncHeader> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    h.version === 1 &&
    Number.isInteger(h.chunks) &&
    typeof h.length === 'number' &&
    typeof h.hash === 'string' &&
    typeof h.savedAt === 'string'
  );
}

/** The synced settings text, or null when there is none or it has not fully arrived. */
export function readSynced(items: Readonly<Record<string, unknown>>): Synced | null {
  const header = items[SYNC_HEADER_KEY];
  if (!isHeader(header)) return null;
  let text = '';
  for (let i = 0; i < header.chunks; i += 1) {
    const chunk = items[chunkKey(i)];
    if (typeof chunk !== 'string') return null;
    text += chunk;
  }
  if (text.length !== header.length || hashOf(text) !== header.hash) return null;
  return { text, savedAt: header.savedAt };
}
