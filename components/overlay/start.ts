/**
 * Start the overlay of one platform in a content script. Browser APIs are
 * passed in by the entrypoint, so this stays testable with fakes.
 */
import type { PageTotals } from '../../lib/overlay/page-totals';
import { createSettingsStore, SETTINGS_KEY, type StorageAreaLike } from '../../lib/settings';
import type { TableAdapter, TableContext } from '../../lib/table/adapter';
import { createOverlay, type Overlay } from './controller';

export interface StartDeps {
  storage: StorageAreaLike;
  /** Subscribe to changes of `storage`; returns an unsubscribe function. */
  onStorageChange(listener: (changedKeys: string[]) => void): () => void;
  openOptions?: () => void;
  browserLanguage?: string;
  /** Answer the popup's request for the page's totals; returns an unsubscribe function. */
  onPageTotalsRequest?(answer: () => PageTotals | null): () => void;
}

export function startOverlay<Ctx extends TableContext>(
  adapter: TableAdapter<Ctx>, doc: Document, deps: StartDeps,
): { overlay: Overlay; stop(): void } {
  const overlay = createOverlay({
    adapter,
    doc,
    getUrl: () => new URL(doc.location.href),
    browserLanguage: deps.browserLanguage,
    onOpenOptions: deps.openOptions,
  });
  const store = createSettingsStore(deps.storage);
  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    const { settings } = await store.load();
    // A slower earlier load must not overwrite a newer one.
    if (mine === generation) overlay.setSettings(settings);
  };
  void load();
  const unsubscribe = deps.onStorageChange((keys) => {
    if (keys.includes(SETTINGS_KEY)) void load();
  });
  const stopAnswering = deps.onPageTotalsRequest?.(() => overlay.pageTotals()) ?? (() => {});
  return {
    overlay,
    stop() {
      stopAnswering();
      unsubscribe();
      overlay.stop();
    },
  };
}
