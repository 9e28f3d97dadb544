/**
 * The progress page: real ROI over the recorded periods of one account or
 * of every account of a profile, against the baseline and the target; the
 * list of every recorded period; per-campaign sparklines; the user's
 * control over the data. Every figure is recomputed from stored inputs.
 */
import { localIsoDate } from '../../lib/dates';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { chooseBaseline, defaultTargetDate } from '../../lib/history/progress';
import { historyPrefs } from '../../lib/history/prefs';
import { buildAccounts, defaultScope, inScope, levelsOf, type AccountView, type Scope } from '../../lib/history/view';
import { BUILT_IN_PROFILE_NAMES, localeFor, PROFILE_NAME_KEY, resolveLanguage, translator, withShownProfileNames } from '../../lib/i18n';
import { Controls } from './Controls';
import { DataSection } from './DataSection';
import type { HistoryDeps } from './deps';
import { EntryList, reasonText } from './EntryList';
import { historyFmt } from './format';
import { ProgressChart } from './ProgressChart';
import { Sparklines } from './Sparklines';
import { useGoals } from './useGoals';
import { useHistory } from './useHistory';
import { historyCsv } from '../../lib/export/history-csv';
import { SteeringSection } from '../steering/SteeringSection';
import { useSteering } from '../steering/useSteering';

export function HistoryApp({ deps }: { deps: HistoryDeps }) {
  const h = useHistory(deps);
  const [scope, setScope] = useState<Scope | null>(null);
  const [level, setLevel] = useState<string | null>(null);

  const language = resolveLanguage(h.data?.settings.language ?? 'auto', deps.browserLanguage);
  const t = useMemo(() => translator(language), [language]);
  const fmt = useMemo(
    () => historyFmt(t, localeFor(language, deps.browserLanguage), h.data?.settings.display ?? 'percent'),
    [t, language, deps.browserLanguage, h.data?.settings.display],
  );
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('history.title');
  }, [language, t]);

  const accounts = useMemo(
    () => (h.data ? buildAccounts(h.data.entries, withShownProfileNames(h.data.settings, t(PROFILE_NAME_KEY), BUILT_IN_PROFILE_NAMES), h.data.unreadable) : []),
    // The untouched built-in profile's name in the page's language (lists, report, CSV).
    [h.data, t],
  );
  const steer = useSteering(deps, accounts, h.data?.settings.targetRoi ?? 0.5);
  const current = scope && inScope(accounts, scope).length > 0 ? scope : defaultScope(accounts);
  const { baselineId, targetDate, setBaseline, setTargetDate } = useGoals(deps, current);
  if (!h.data)
    return (
      <main class="history">
        <p role="status">{t(h.failed ? 'history.failed' : 'history.loading')}</p>
      </main>
    );
  const { settings } = h.data;

  const scoped = current ? inScope(accounts, current) : [];
  const levels = levelsOf(scoped);
  const shownLevel = level && levels.includes(level) ? level : (levels[0] ?? 'campaigns');
  const scopedEntries = scoped.flatMap((a) => a.entries);
  const baselineEntry = chooseBaseline(
    scopedEntries.map((e) => ({ ...e, id: e.entry.id, period: e.entry.period, capturedAt: e.entry.capturedAt })),
    baselineId,
  );
  const due = baselineEntry ? targetDate || defaultTargetDate(baselineEntry.entry) : null;
  const profileNames = [...new Set(scoped.map((a) => a.profileName))].join(', ');
  const openKeys = new Set(scoped.map((a) => a.key));

  const deleteAccount = (a: AccountView) =>
    h.deleteAccount(a.platform, a.accountId, t('history.confirmAccount', { platform: t(`platform.${a.platform}`), account: a.accountId }));

  return (
    <main class="history">
      <header class="top">
        <h1>{t('history.title')}</h1>
        <button type="button" class="link" onClick={deps.openOptions}>
          {t('history.openOptions')}
        </button>
      </header>
      <p class="intro">{t('history.intro')}</p>
      {!historyPrefs(settings).record && (
        <p class="notice" role="note">
          {t('history.off')}
        </p>
      )}
      {h.data.skipped > 0 && (
        <p class="notice" role="note">
          {t('history.skipped', { count: h.data.skipped })}
        </p>
      )}
      {accounts.length === 0 && (
        <p class="empty" data-testid="empty">
          {t('history.empty')}
        </p>
      )}
      {current && (
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{t('history.chart')}</h2>
          <Controls
            accounts={accounts}
            scope={current}
            onScope={setScope}
            levels={levels}
            level={shownLevel}
            onLevel={setLevel}
            scoped={scopedEntries}
            baseline={baselineEntry}
            onBaseline={setBaseline}
            targetDate={due}
            onTargetDate={setTargetDate}
            fmt={fmt}
          />
          <p class="muted" data-testid="profile-note">
            {t('history.recomputed', { profile: profileNames })}
          </p>
          {baselineEntry && due && (
            <p data-testid="target" data-baseline-roi={baselineEntry.rec.totals.roi === null ? 'na' : String(baselineEntry.rec.totals.roi)}>
              {t(baselineEntry.rec.totals.roi === null ? 'history.targetSummaryNa' : 'history.targetSummary', {
                target: fmt.roi(settings.targetRoi),
                date: fmt.date(due),
                baseline: fmt.period(baselineEntry.entry.period),
                roi: fmt.roi(baselineEntry.rec.totals.roi),
                reason: reasonText(fmt, baselineEntry.rec.totals.reason),
              })}
            </p>
          )}
          <ProgressChart accounts={scoped} level={shownLevel} baseline={baselineEntry} targetRoi={settings.targetRoi} targetDate={due} fmt={fmt} />
          <h3>{t('history.campaigns')}</h3>
          <p class="muted">{t('history.campaignsHint')}</p>
          <Sparklines accounts={scoped} level={shownLevel} fmt={fmt} />
        </section>
      )}
      {accounts.length > 0 && (
        <SteeringSection
          fmt={fmt}
          comparisons={steer.comparisons}
          verdicts={steer.verdicts}
          threshold={steer.threshold}
          onThreshold={steer.setThreshold}
          reportHref="report.html"
          onExportCsv={() => {
            const file = historyCsv(steer.items, settings.targetRoi, language, localIsoDate((deps.now ?? (() => new Date()))()));
            deps.download(file.filename, file.text);
          }}
        />
      )}
      {accounts.length > 0 && (
        <section aria-labelledby="entries-title">
          <h2 id="entries-title">{t('history.entries')}</h2>
          <EntryList
            accounts={accounts}
            openKeys={openKeys}
            fmt={fmt}
            steering={steer.steering}
            onDelete={(id) => void h.deleteEntry(id)}
            onDeleteAccount={(a) => void deleteAccount(a)}
          />
        </section>
      )}
      <DataSection
        fmt={fmt}
        notice={h.notice}
        hasEntries={accounts.length > 0}
        onExport={h.exportFile}
        onImport={(text) => void h.importFile(text)}
        onDeleteAll={() => void h.deleteAll(t('history.confirmAll'))}
      />
    </main>
  );
}
