/**
 * The options page's state: the saved settings, the draft being edited, and
 * everything that moves between them (save, discard, restore a draft, merge
 * changes saved elsewhere, mirror to browser sync).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DRAFT_KEY, SYNC_SEEN_KEY } from '../../lib/storage-keys';
import { isDirty, rebaseDraft, restoreDraft } from '../../lib/options/draft';
import type { DraftSettings } from '../../lib/options/loose';
import { sameJson } from '../../lib/options/same-json';
import { checkDraft } from '../../lib/options/validation';
import { withCostNames } from '../../lib/options/cost-names';
import { localeFor, resolveLanguage, translator } from '../../lib/i18n';
import { draftPath, withUnreadableValues } from '../../lib/options/unreadable-draft';
import { SETTINGS_KEY, createSettingsStore, readDetailed, readSettings, unreadableOf, validateImport, type Settings } from '../../lib/settings';
import type { StorageDeps } from '../fields/extension-deps';
import { EMPTY_NOTICES, languageOf, type Notices, type OptionsState, type SaveState, type SyncOffer } from './options-state';
import { clearSync, pushToSync, readSync, type SyncStatus } from './sync-store';
import { useDraftKeeping } from './useDraftKeeping';

export type { Notices, OptionsState, SaveState, SyncOffer };

const systemNow = () => new Date();

/** `now` must be stable across renders (the draft timer depends on it). */
export function useOptions(deps: StorageDeps, now: () => Date = systemNow): OptionsState {
  const initial = useMemo(() => readSettings(undefined).settings, []);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Settings>(initial);
  const [draft, setDraftState] = useState<DraftSettings>(initial);
  const [notices, setNotices] = useState<Notices>(EMPTY_NOTICES);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [syncStatus, setSyncStatus] = useState<SyncStatus>({ kind: 'off' });
  const [syncOffer, setSyncOffer] = useState<SyncOffer | null>(null);

  // Listeners and timers read the latest values through refs.
  const live = useRef({ saved, draft });
  live.current = { saved, draft };
  /** What this page last wrote, to tell its own storage echo from a change made elsewhere. */
  const lastWritten = useRef<unknown>(undefined);
  const draftStored = useRef(false);
  const store = useMemo(() => createSettingsStore(deps.local), [deps.local]);

  const considerSync = useCallback(
    async (current: Settings) => {
      const synced = await readSync(deps.sync);
      if (!synced) return setSyncOffer(null);
      const seen = (await deps.local.get(SYNC_SEEN_KEY))[SYNC_SEEN_KEY];
      const checked = validateImport(synced.text);
      if (seen === synced.savedAt || !checked.ok || sameJson(checked.settings, current)) return setSyncOffer(null);
      setSyncOffer({ settings: checked.settings, savedAt: synced.savedAt });
    },
    [deps],
  );

  // ------------------------------------------------------------------ load
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const items = await deps.local.get([SETTINGS_KEY, DRAFT_KEY]);
        // Reading never writes: the stored value stays as it is until the user saves.
        const read = readDetailed(items[SETTINGS_KEY]);
        const firstRun = items[SETTINGS_KEY] === undefined;
        const unreadable = firstRun ? [] : unreadableOf(read);
        const restored = restoreDraft(items[DRAFT_KEY], read.settings);
        if (cancelled) return;
        setSaved(read.settings);
        setDraftState(restored.updatedAt ? restored.draft : withUnreadableValues(restored.draft, read, unreadable));
        draftStored.current = items[DRAFT_KEY] !== undefined;
        const listed = unreadable.map((entry) => ({
          entry,
          path: draftPath(entry, read),
          stored: read.repairs.find((r) => r.path === entry.path)?.before,
        }));
        setNotices({
          ...EMPTY_NOTICES,
          firstRun,
          repairs: firstRun ? [] : read.repairs,
          restoredAt: restored.updatedAt,
          unreadable: listed,
        });
        setSyncStatus(read.settings.sync ? { kind: 'idle' } : { kind: 'off' });
        setLoading(false);
        void considerSync(read.settings);
      } catch (error) {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [deps, considerSync]);

  // ------------------------------------------- changes saved elsewhere
  useEffect(() => {
    if (loading) return undefined;
    return deps.onChanged((changes, area) => {
      if (area === 'sync') {
        void considerSync(live.current.saved);
        return;
      }
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      const incoming = changes[SETTINGS_KEY]?.newValue;
      if (incoming !== undefined && sameJson(incoming, lastWritten.current)) return;
      const theirs = readSettings(incoming).settings;
      const { saved: base, draft: ours } = live.current;
      if (sameJson(theirs, base)) return;
      const merged = rebaseDraft(base, ours, theirs);
      setSaved(theirs);
      setDraftState(merged.value);
      setNotices((n) => ({ ...n, mergedConflicts: merged.conflicts.length }));
    });
  }, [deps, loading, considerSync]);

  const writeDraft = useDraftKeeping({ deps, now, live, draftStored, loading, draft, saved });

  // ---------------------------------------------------------------- save
  const persist = useCallback(
    async (settings: Settings): Promise<boolean> => {
      setSaveState({ kind: 'saving' });
      const before = live.current.saved;
      try {
        lastWritten.current = settings;
        await store.save(settings);
      } catch (error) {
        setSaveState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
        return false;
      }
      setSaved(settings);
      setDraftState(settings);
      live.current = { saved: settings, draft: settings };
      writeDraft();
      setSaveState({ kind: 'saved' });
      if (settings.sync) {
        const status = await pushToSync(deps.sync, settings, now());
        setSyncStatus(status);
        if (status.kind === 'synced') await deps.local.set({ [SYNC_SEEN_KEY]: status.at });
        setSyncOffer(null);
      } else {
        if (before.sync) await clearSync(deps.sync);
        setSyncStatus({ kind: 'off' });
      }
      return true;
    },
    [deps, store, now, writeDraft],
  );

  const language = resolveLanguage(languageOf(draft, saved), deps.browserLanguage);
  const t = useMemo(() => translator(language), [language]);
  // A blank cost name is saved as the kind's name in this page's language, not the schema's English one.
  const check = useMemo(() => checkDraft(withCostNames(draft, (k) => t(`kind.${k}`))), [draft, t]);

  const save = useCallback(async () => {
    if (!check.ok) {
      setSaveState({ kind: 'blocked' });
      return false;
    }
    return persist(check.settings);
  }, [check, persist]);

  const setDraft = useCallback((update: (d: DraftSettings) => DraftSettings) => {
    setDraftState((d) => update(d));
    setSaveState((s) => (s.kind === 'saved' || s.kind === 'blocked' ? { kind: 'idle' } : s));
  }, []);

  const discard = useCallback(() => {
    const { saved: current } = live.current;
    setDraftState(current);
    // Forget the stored draft now, not after the next render: the page may be closing.
    live.current = { saved: current, draft: current };
    writeDraft();
    setSaveState({ kind: 'idle' });
    setNotices((n) => ({ ...n, restoredAt: null }));
  }, [writeDraft]);

  const dismissNotice = useCallback((name: 'restored' | 'merged' | 'repairs' | 'firstRun') => {
    setNotices((n) => ({
      ...n,
      ...(name === 'restored' && { restoredAt: null }),
      ...(name === 'merged' && { mergedConflicts: null }),
      ...(name === 'repairs' && { repairs: [] }),
      ...(name === 'firstRun' && { firstRun: false }),
    }));
  }, []);

  const dismissSyncOffer = useCallback(async () => {
    if (!syncOffer) return;
    await deps.local.set({ [SYNC_SEEN_KEY]: syncOffer.savedAt });
    setSyncOffer(null);
  }, [deps, syncOffer]);

  return {
    loading,
    loadError,
    saved,
    draft,
    dirty: isDirty(draft, saved),
    check,
    language,
    locale: localeFor(language, deps.browserLanguage),
    t,
    notices,
    saveState,
    syncStatus,
    syncOffer,
    setDraft,
    save,
    replace: persist,
    discard,
    dismissNotice,
    dismissSyncOffer,
  };
}
