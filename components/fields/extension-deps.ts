/**
 * What the options page and the popup need from the extension APIs, passed
 * in by the entrypoints so that components can be tested with fakes.
 */
export interface AreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChange {
  newValue?: unknown;
  oldValue?: unknown;
}

export type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface StorageDeps {
  local: AreaLike;
  sync: AreaLike;
  /** Subscribe to storage changes in every area; returns the unsubscribe function. */
  onChanged(listener: ChangeListener): () => void;
  /** `navigator.language`: the language to follow when the setting is "auto". */
  browserLanguage: string;
}

interface BrowserLike {
  storage: {
    local: AreaLike;
    sync: AreaLike;
    onChanged: {
      addListener(cb: ChangeListener): void;
      removeListener(cb: ChangeListener): void;
    };
  };
}

export function storageDeps(browser: BrowserLike, browserLanguage: string): StorageDeps {
  return {
    local: browser.storage.local,
    sync: browser.storage.sync,
    onChanged(listener) {
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    browserLanguage,
  };
}

/** Saves `text` as a file through the browser's download of a blob link. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
