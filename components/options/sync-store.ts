/**
 * Writing and reading the opt-in copy in `storage.sync` (format in
 * lib/options/sync.ts). Errors are returned, not thrown: sync failing must
 * never look like the local save failing.
 */
import { planSync, readSynced, staleSyncKeys, type Synced } from '../../lib/options/sync';
import type { Settings } from '../../lib/settings';
import type { AreaLike } from '../fields/extension-deps';

/** The outcome of the last write to browser sync ('idle': none yet on this page). */
export type SyncStatus =
  | { kind: 'off' }
  | { kind: 'idle' }
  | { kind: 'synced'; bytes: number; at: string }
  | { kind: 'tooBig'; bytes: number; limit: number }
  | { kind: 'failed'; error: string };

export async function pushToSync(sync: AreaLike, settings: Settings, now: Date): Promise<SyncStatus> {
  try {
    const plan = planSync(settings, now);
    if (!plan.fits) {
      // An old copy would otherwise be offered to other browsers as current.
      await sync.remove(staleSyncKeys(Object.keys(await sync.get(null))));
      return { kind: 'tooBig', bytes: plan.bytes, limit: plan.limit };
    }
    await sync.set(plan.items);
    const stale = staleSyncKeys(Object.keys(await sync.get(null)), plan.items);
    if (stale.length) await sync.remove(stale);
    return { kind: 'synced', bytes: plan.bytes, at: now.toISOString() };
  } catch (error) {
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

export async function clearSync(sync: AreaLike): Promise<void> {
  try {
    const stale = staleSyncKeys(Object.keys(await sync.get(null)));
    if (stale.length) await sync.remove(stale);
  } catch {
    // Nothing to tell: with sync off the copy is only unused.
  }
}

export async function readSync(sync: AreaLike): Promise<Synced | null> {
  try {
    return readSynced(await sync.get(null));
  } catch {
    return null;
  }
}
