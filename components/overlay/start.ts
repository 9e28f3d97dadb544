/**
 * Start the overlay of one platform in a content script. Browser APIs are
 * passed in by the entrypoint, so this stays testable with fakes.
 */
import type { ExportedFile, TableExportRequest } from '../../lib/export/types';
import type { TableRead } from '../../lib/history/snapshot';
import type { PanelSteering, SteerRequest } from '../../lib/steering/panel';
import { makeTranslator, resolveLanguage } from '../../lib/i18n/language';
import { PROFILE_NAME_KEY, withShownProfileNames } from '../../lib/i18n/profile-name';
import type { OverlayCatalogs, OverlayMessageKey } from '../../lib/i18n/overlay';
import type { PageTotals, SettingsForOverlay } from '../../lib/messages';
import type { TableAdapter, TableContext } from '../../lib/platforms/contract/adapter';
import { createOverlay, type Overlay } from './controller';
import { downloadText } from './download';
import type { PanelLayoutStorage } from './panel-layout-store';
import { createRecorder, flushOnLeave } from './recorder';

export interface StartDeps {
  /**
   * Validated settings, whether any were stored, what could not be read, and the overlay's texts.
   * The background reads storage through the zod schema (repairing field by field, never writing
   * back) and holds the texts, so the content script bundles neither zod nor a catalog.
   */
  loadSettings(): Promise<SettingsForOverlay>;
  /** Subscribe to changes of the saved settings; returns an unsubscribe function. */
  onSettingsChange(listener: () => void): () => void;
  /** Options page, or with `history` the progress page. */
  openOptions?: (page?: 'history') => void;
  /** The panel's layout per platform, under its own storage key. */
  panelLayout?: PanelLayoutStorage;
  /** Open the options page on its guided first set-up. */
  openSetup?: () => void;
  browserLanguage?: string;
  /** Answer the popup's request for the page's totals; returns an unsubscribe function. */
  onPageTotalsRequest?(answer: () => PageTotals | null): () => void;
  /** Hand a read to the history (the background stores complete ones). */
  recordTable?(read: TableRead): void;
  /** Write the enriched table as a file (in the background: the CSV code stays out of the content script). */
  exportTable?(request: TableExportRequest): Promise<ExportedFile>;
  /** Toolbar badge and the panel's steering text (the background holds the history). */
  steer?(request: SteerRequest): Promise<PanelSteering>;
}

export function startOverlay<Ctx extends TableContext>(adapter: TableAdapter<Ctx>, doc: Document, deps: StartDeps): { overlay: Overlay; stop(): void } {
  let remember = false;
  const recorder = deps.recordTable && createRecorder((read) => remember && deps.recordTable!(read));
  const stopFlushing = recorder ? flushOnLeave(doc, recorder) : () => {};
  // Set by the first settings load, before the overlay has settings and so before it asks for a text.
  let texts: OverlayCatalogs | null = null;
  const overlay = createOverlay({
    texts: (language) => makeTranslator<OverlayMessageKey>(texts!, language),
    adapter,
    onRead: recorder?.onRead,
    doc,
    getUrl: () => new URL(doc.location.href),
    browserLanguage: deps.browserLanguage,
    onOpenOptions: deps.openOptions,
    onSteer: deps.steer,
    onExport:
      deps.exportTable &&
      ((request) =>
        deps.exportTable!(request).then(
          (file) => {
            downloadText(doc, file.filename, file.text);
            return true;
          },
          () => false,
        )),
    panelLayout: deps.panelLayout,
    onOpenSetup: deps.openSetup,
    watchRows: (doc.defaultView as (Window & typeof globalThis) | null)?.IntersectionObserver ?? null,
  });
  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    const loaded = await deps.loadSettings();
    const { settings, stored, unreadable } = loaded;
    // A slower earlier load must not overwrite a newer one.
    if (mine === generation) {
      texts = loaded.texts;
      remember = settings.rememberTables !== false;
      // The built-in profile's name in the page's language (the panel shows it); not written back.
      const shown = loaded.texts[resolveLanguage(settings.language, deps.browserLanguage)][PROFILE_NAME_KEY];
      const builtIns = [loaded.texts.en[PROFILE_NAME_KEY], loaded.texts.fr[PROFILE_NAME_KEY]];
      overlay.setSettings(withShownProfileNames(settings, shown, builtIns), { stored, unreadable });
    }
  };
  const retry = (attempt: number) =>
    load().catch(() => {
      // The background may be starting up; without settings nothing is shown.
      if (attempt < 5) setTimeout(() => retry(attempt + 1), 200 * 2 ** attempt);
    });
  retry(0);
  const unsubscribe = deps.onSettingsChange(() => retry(0));
  const stopAnswering = deps.onPageTotalsRequest?.(() => overlay.pageTotals()) ?? (() => {});
  return {
    overlay,
    stop() {
      stopAnswering();
      stopFlushing();
      recorder?.stop();
      unsubscribe();
      overlay.stop();
    },
  };
}
