/**
 * Unsaved edits are kept in storage (lib/options/draft.ts) a moment after
 * the last keystroke, and at once when the page is hidden; the stored draft
 * is removed when nothing is left unsaved.
 */
import type { RefObject } from 'preact';
import { useCallback, useEffect } from 'preact/hooks';
import { draftRecord, isDirty } from '../../lib/options/draft';
import type { DraftSettings } from '../../lib/options/loose';
import type { Settings } from '../../lib/settings';
import { DRAFT_KEY } from '../../lib/storage-keys';
import type { StorageDeps } from '../fields/extension-deps';

const DRAFT_DELAY_MS = 300;

interface DraftKeeping {
  deps: StorageDeps;
  now: () => Date;
  /** The latest saved settings and draft (listeners and timers read them here). */
  live: RefObject<{ saved: Settings; draft: DraftSettings }>;
  /** Whether a draft is in storage now. */
  draftStored: RefObject<boolean>;
  loading: boolean;
  draft: DraftSettings;
  saved: Settings;
}

/** Returns the write, for callers that must store or forget the draft at once (save, discard). */
export function useDraftKeeping({ deps, now, live, draftStored, loading, draft, saved }: DraftKeeping): () => void {
  const writeDraft = useCallback(() => {
    const { saved: base, draft: current } = live.current;
    if (isDirty(current, base)) {
      draftStored.current = true;
      void deps.local.set({ [DRAFT_KEY]: draftRecord(base, current, now()) });
    } else if (draftStored.current) {
      draftStored.current = false;
      void deps.local.remove(DRAFT_KEY);
    }
  }, [deps, now]);

  useEffect(() => {
    if (loading) return undefined;
    const timer = setTimeout(writeDraft, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, saved, loading, writeDraft]);

  useEffect(() => {
    // Closing the tab within the delay must not lose the last keystrokes.
    const flush = () => {
      if (!loading) writeDraft();
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [loading, writeDraft]);

  return writeDraft;
}
