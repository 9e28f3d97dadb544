/**
 * What the progress page needs from the extension, passed in by the
 * entrypoint so that the components can be tested with fakes.
 */
import type { HistoryStore } from '../../lib/history/db';

export interface HistoryDeps {
  /** One item of `browser.storage.local` (the settings). */
  getItem(key: string): Promise<unknown>;
  /** Write one item of `browser.storage.local` (the steering choices; never the settings from here). */
  setItem?(key: string, value: unknown): Promise<void>;
  /** Subscribe to settings changes; returns the unsubscribe function. */
  onSettingsChange(listener: () => void): () => void;
  openStore(): Promise<HistoryStore>;
  /** The background recorded a table; returns the unsubscribe function. */
  onHistoryChanged(listener: () => void): () => void;
  browserLanguage: string;
  download(fileName: string, text: string): void;
  confirm(text: string): boolean;
  openOptions(): void;
  now?: () => Date;
}
