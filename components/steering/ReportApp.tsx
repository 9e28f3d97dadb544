/** The report page: the history recomputed with today's settings, laid out for print. */
import { localIsoDate } from '../../lib/dates';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { HistoryStore } from '../../lib/history/db';
import { type Goals, HISTORY_GOALS_KEY, readGoals } from '../../lib/history/goals';
import type { HistoryEntry } from '../../lib/history/types';
import { buildAccounts } from '../../lib/history/view';
import { BUILT_IN_PROFILE_NAMES, localeFor, PROFILE_NAME_KEY, resolveLanguage, translator, withShownProfileNames } from '../../lib/i18n';
import { readStored, SETTINGS_KEY, type Settings, type Unreadable } from '../../lib/settings';
import { historyFmt } from '../history/format';
import { Report } from './Report';
import { useSteering, type SteeringDeps } from './useSteering';

export interface ReportDeps extends SteeringDeps {
  openStore(): Promise<HistoryStore>;
  browserLanguage: string;
  now?: () => Date;
}

export function ReportApp({ deps }: { deps: ReportDeps }) {
  const [data, setData] = useState<{ settings: Settings; unreadable: Unreadable[]; entries: HistoryEntry[]; goals: Goals } | null>(null);
  useEffect(() => {
    // The progress page's saved baselines and target dates: the report measures against the same ones.
    const goals = deps.getItem(HISTORY_GOALS_KEY).then(readGoals, (error) => {
      console.warn('[Real ROI] could not read the progress goals', error);
      return {};
    });
    void Promise.all([deps.getItem(SETTINGS_KEY), deps.openStore().then((s) => s.all()), goals]).then(([raw, read, saved]) => {
      // A profile with a setting that could not be read shows no figure here either.
      const stored = readStored(raw);
      setData({ settings: stored.settings, unreadable: stored.unreadable, entries: read.entries, goals: saved });
    });
  }, [deps]);
  const language = resolveLanguage(data?.settings.language ?? 'auto', deps.browserLanguage);
  const t = useMemo(() => translator(language), [language]);
  const fmt = useMemo(
    () => historyFmt(t, localeFor(language, deps.browserLanguage), data?.settings.display ?? 'percent'),
    [t, language, deps.browserLanguage, data],
  );
  const accounts = useMemo(
    () => (data ? buildAccounts(data.entries, withShownProfileNames(data.settings, t(PROFILE_NAME_KEY), BUILT_IN_PROFILE_NAMES), data.unreadable) : []),
    // The untouched built-in profile's name in the page's language (lists, report, CSV).
    [data, t],
  );
  const steer = useSteering(deps, accounts, data?.settings.targetRoi ?? 0.5);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('report.title');
  }, [language, t]);
  if (!data)
    return (
      <main class="report">
        <p role="status">{t('history.loading')}</p>
      </main>
    );
  return (
    <Report
      fmt={fmt}
      accounts={accounts}
      goals={data.goals}
      comparisons={steer.comparisons}
      verdicts={steer.verdicts}
      targetRoi={data.settings.targetRoi}
      // The user's calendar day (the report prints it), not UTC's.
      today={localIsoDate((deps.now ?? (() => new Date()))())}
    />
  );
}
