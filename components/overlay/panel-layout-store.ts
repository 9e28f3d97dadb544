/**
 * The panel's layout for one platform, shared by every render of the panel:
 * the default at once, the stored one as soon as storage answers, and every
 * change written back (read, merged with the other platforms', written).
 */
import { DEFAULT_PANEL_LAYOUT, readPanelLayout, withPanelLayout, type PanelLayout } from '../../lib/overlay/panel-layout';

/** The storage behind it: the value under the panel's own key. */
export interface PanelLayoutStorage {
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
}

export interface PanelLayoutStore {
  get(): PanelLayout;
  set(layout: PanelLayout): void;
  subscribe(listener: () => void): () => void;
}

// Not named `storage`: WXT's auto-import scan (still run with `imports: false`, WXT 0.21.4) takes
// that name for its own storage API and bundles it, 8.5 KB, into the content script.
export function createPanelLayoutStore(platform: string, saved?: PanelLayoutStorage): PanelLayoutStore {
  let layout = DEFAULT_PANEL_LAYOUT;
  let touched = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  saved?.load().then(
    (stored) => {
      // A choice made before storage answered wins over the stored one.
      if (touched) return;
      layout = readPanelLayout(stored, platform);
      notify();
    },
    () => {},
  );
  return {
    get: () => layout,
    set(next) {
      touched = true;
      layout = next;
      notify();
      if (saved) {
        saved
          .load()
          .then((stored) => saved.save(withPanelLayout(stored, platform, next)))
          .catch(() => {});
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
