/** What the overlay of one page is given (controller.tsx) and what it offers its content script. */
import type { TableExportRequest } from '../../lib/export/types';
import type { Language } from '../../lib/i18n/language';
import type { OverlayTranslate } from '../../lib/i18n/overlay';
import type { PageTotals } from '../../lib/messages';
import type { Basis, OverlayModel } from '../../lib/overlay/view-model';
import type { TableAdapter, TableContext } from '../../lib/platforms/contract/adapter';
import type { ExtractedRow, ExtractedTotals } from '../../lib/platforms/contract/types';
import type { SettingsState } from '../../lib/settings/blocking';
import type { Settings } from '../../lib/settings/schema';
import type { PanelSteering, SteerRequest } from '../../lib/steering/panel';
import type { PanelLayoutStorage } from './panel-layout-store';

export interface OverlayOptions<Ctx extends TableContext> {
  adapter: TableAdapter<Ctx>;
  doc: Document;
  getUrl: () => URL;
  browserLanguage?: string;
  /** The overlay's texts in a language (content scripts: the catalogs the background sent with the settings). */
  texts: (language: Language) => OverlayTranslate;
  onOpenOptions?: (page?: 'history') => void;
  /** Export what the badges show (the panel's button); resolves false when it failed. */
  onExport?: (request: TableExportRequest) => Promise<boolean>;
  /** Where the panel's layout (chip or open, corner) is kept; in memory only without it. */
  panelLayout?: PanelLayoutStorage;
  /**
   * The table's steering (toolbar badge count, drift, same period last
   * year), asked when what it depends on changed; the answer is panel text.
   */
  onSteer?: (request: SteerRequest) => Promise<PanelSteering>;
  /** Open the guided first set-up (default: the options page). */
  onOpenSetup?: () => void;
  /** Coalesce mutation bursts (the platforms re-render in several steps). */
  debounceMs?: number;
  /**
   * After each complete pass that built a model: what was read, with the
   * period in force (the history's recorder debounces it).
   */
  onRead?: (meta: TableContext['meta'], rows: readonly ExtractedRow[], totals: readonly ExtractedTotals[]) => void;
  /** Draw a row's badge once the row comes near the viewport, watched with this observer (else all at once). */
  watchRows?: typeof IntersectionObserver | null;
}

export interface Overlay {
  /** `state`: whether they were stored, and what could not be read (default: stored, all read). */
  setSettings(settings: Settings, state?: SettingsState): void;
  /** Re-read everything soon (navigation, settings). */
  invalidate(): void;
  /** Run a pass now (tests, first paint). */
  flush(): void;
  stop(): void;
  /** The last model, for tests and the popup's "use the page's totals". */
  lastModel(): OverlayModel | null;
  /** The page's totals as read, or null when the overlay shows none. */
  pageTotals(): PageTotals | null;
}

/** Where the period the panel shows comes from: the page, the user, or nowhere. */
export type PeriodSource = 'page' | 'entered' | 'unknown';

/** What the figures rest on, for the panel: the basis, what could not be read, the margin assumed. */
export type BasisInfo = { basis: Basis; unreadable: SettingsState['unreadable']; assumedMargin: number };
