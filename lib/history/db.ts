/**
 * The history database: IndexedDB in the extension's own origin, through
 * `idb`. Opened only by the background and the extension's pages, never by
 * a content script, whose IndexedDB would belong to the ad site's origin
 * where the site could read it. Records are validated on every read and a
 * bad one is skipped, not repaired: reading never rewrites storage.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { readEntry } from './migrations';
import { isExpired } from './policy';
import type { HistoryEntry } from './types';

export const DB_NAME = 'real-roi-history';
/** IndexedDB schema version: bump with a step in UPGRADES. */
export const DB_VERSION = 1;
const STORE = 'entries';

interface HistorySchema extends DBSchema {
  entries: {
    key: string;
    value: HistoryEntry;
    indexes: { account: [string, string]; end: string };
  };
}

type Db = IDBPDatabase<HistorySchema>;

/** UPGRADES[n] lifts the schema from version n to n + 1 (0 = no database yet). */
const UPGRADES: readonly ((db: Db) => void)[] = [
  (db) => {
    const store = db.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex('account', ['platform', 'accountId']);
    store.createIndex('end', 'period.end');
  },
];

export interface HistoryRead {
  entries: HistoryEntry[];
  /** Records that did not pass validation: kept in storage, not shown. */
  skipped: number;
}

export interface HistoryStore {
  /** Write one entry; an entry with the same id (the same table) is replaced. */
  put(entry: HistoryEntry): Promise<void>;
  putMany(entries: readonly HistoryEntry[]): Promise<void>;
  all(): Promise<HistoryRead>;
  /** id → capture time of every stored record, for merging an import. */
  captureTimes(): Promise<Map<string, { capturedAt: string }>>;
  delete(id: string): Promise<void>;
  deleteAccount(platform: string, accountId: string): Promise<void>;
  clear(): Promise<void>;
  /** Removes entries whose period ended before the retention cutoff; returns how many. */
  prune(now: Date, months: number): Promise<number>;
  close(): void;
}

export async function openHistory(name: string = DB_NAME): Promise<HistoryStore> {
  const db = await openDB<HistorySchema>(name, DB_VERSION, {
    upgrade(database, oldVersion) {
      for (let v = oldVersion; v < DB_VERSION; v++) UPGRADES[v]!(database);
    },
  });
  return {
    async put(entry) {
      await db.put(STORE, entry);
    },
    async putMany(entries) {
      const tx = db.transaction(STORE, 'readwrite');
      await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
    },
    async all() {
      const raw: unknown[] = await db.getAll(STORE);
      const entries: HistoryEntry[] = [];
      for (const r of raw) {
        const read = readEntry(r);
        if (read.ok) entries.push(read.entry);
      }
      return { entries, skipped: raw.length - entries.length };
    },
    async captureTimes() {
      const map = new Map<string, { capturedAt: string }>();
      let cursor = await db.transaction(STORE).store.openCursor();
      while (cursor) {
        const v = cursor.value as Partial<HistoryEntry>;
        map.set(String(cursor.key), { capturedAt: typeof v.capturedAt === 'string' ? v.capturedAt : '' });
        cursor = await cursor.continue();
      }
      return map;
    },
    async delete(id) {
      await db.delete(STORE, id);
    },
    async deleteAccount(platform, accountId) {
      const tx = db.transaction(STORE, 'readwrite');
      const keys = await tx.store.index('account').getAllKeys([platform, accountId]);
      await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
    },
    async clear() {
      await db.clear(STORE);
    },
    async prune(now, months) {
      const tx = db.transaction(STORE, 'readwrite');
      let removed = 0;
      let cursor = await tx.store.index('end').openCursor();
      while (cursor) {
        const end = String(cursor.key);
        if (!isExpired({ start: end, end }, now, months)) break;
        await cursor.delete();
        removed++;
        cursor = await cursor.continue();
      }
      await tx.done;
      return removed;
    },
    close: () => db.close(),
  };
}
