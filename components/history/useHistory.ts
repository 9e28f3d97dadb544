/**
 * The page's data: settings and every stored entry, reloaded when the
 * background records a table or the settings change; and the user's
 * actions on it (delete, export, import). Nothing here computes a figure.
 */
import { localIsoDate } from '../../lib/dates';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { exportHistory, parseHistoryFile, planMerge, type HistoryEntry, type HistoryFileRefusal, type MergePlan } from '../../lib/history';
import { readStored, SETTINGS_KEY, type Settings, type Unreadable } from '../../lib/settings';
import type { HistoryDeps } from './deps';

export interface HistoryData {
  settings: Settings;
  /** What could not be read in the stored settings (reading never rewrites them). */
  unreadable: Unreadable[];
  entries: HistoryEntry[];
  skipped: number;
}

export type Notice = { kind: 'imported'; plan: MergePlan } | { kind: 'refused'; reason: HistoryFileRefusal; problems: string[] } | { kind: 'deleted' } | null;

export function useHistory(deps: HistoryDeps) {
  const [data, setData] = useState<HistoryData | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [failed, setFailed] = useState(false);

  const reload = useCallback(async () => {
    const [raw, store] = await Promise.all([deps.getItem(SETTINGS_KEY), deps.openStore()]);
    const { entries, skipped } = await store.all();
    const stored = readStored(raw);
    setData({ settings: stored.settings, unreadable: stored.unreadable, entries, skipped });
  }, [deps]);

  useEffect(() => {
    // A database the browser refuses to open must say so, not spin forever.
    const load = () =>
      reload().then(
        () => setFailed(false),
        (error) => {
          console.error('[Real ROI] could not read the history', error);
          setFailed(true);
        },
      );
    void load();
    const offSettings = deps.onSettingsChange(() => void load());
    const offHistory = deps.onHistoryChanged(() => void load());
    return () => {
      offSettings();
      offHistory();
    };
  }, [deps, reload]);

  const change = async (work: (store: Awaited<ReturnType<HistoryDeps['openStore']>>) => Promise<void>) => {
    await work(await deps.openStore());
    setNotice({ kind: 'deleted' });
    await reload();
  };

  return {
    data,
    failed,
    notice,
    deleteEntry: (id: string) => change((s) => s.delete(id)),
    deleteAccount: (platform: string, accountId: string, question: string) =>
      deps.confirm(question) ? change((s) => s.deleteAccount(platform, accountId)) : Promise.resolve(),
    deleteAll: (question: string) => (deps.confirm(question) ? change((s) => s.clear()) : Promise.resolve()),
    exportFile() {
      if (!data) return;
      const now = (deps.now ?? (() => new Date()))();
      const file = exportHistory(data.entries, now);
      // The user's calendar day, as the settings export: UTC's is yesterday after midnight east of Greenwich.
      deps.download(`real-roi-history-${localIsoDate(now)}.json`, JSON.stringify(file, null, 1));
    },
    async importFile(text: string) {
      const parsed = parseHistoryFile(text);
      if (!parsed.ok) {
        setNotice({ kind: 'refused', reason: parsed.reason, problems: parsed.problems });
        return;
      }
      const store = await deps.openStore();
      const plan = planMerge(await store.captureTimes(), parsed.entries);
      await store.putMany(plan.put);
      setNotice({ kind: 'imported', plan });
      await reload();
    },
  };
}
