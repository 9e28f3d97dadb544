/** The options page: cost profiles, margins, costs, display, sync, import and export. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { fieldId, type Path } from '../../lib/options/paths';
import type { StorageDeps } from '../fields/extension-deps';
import { CostsSection } from './CostsSection';
import { DisplaySection } from './DisplaySection';
import { FirstSetup } from './FirstSetup';
import { SETUP_HASH } from '../../lib/messages';
import { HistorySection } from './HistorySection';
import { HiddenCostsSummary } from './HiddenCostsSummary';
import { ImportExport } from './ImportExport';
import { LeadSection } from './LeadSection';
import { LifetimeSection } from './LifetimeSection';
import { MarginSection } from './MarginSection';
import { Notices } from './Notices';
import { ProfileBar } from './ProfileBar';
import { ProfileDetails } from './ProfileDetails';
import { SaveBar } from './SaveBar';
import { makeCtx, OptionsContext } from './context';
import { useImport } from './useImport';
import { ReminderSection, type ReminderDeps } from '../steering/ReminderSection';
import { useOptions } from './useOptions';

export interface OptionsDeps extends StorageDeps {
  download(fileName: string, text: string): void;
  /** The opt-in weekly reminder (absent in tests that do not need it). */
  reminder?: ReminderDeps;
  now?: () => Date;
}

export function OptionsApp({ deps }: { deps: OptionsDeps }) {
  const now = useMemo(() => deps.now ?? (() => new Date()), [deps]);
  const options = useOptions(deps, now);
  const io = useImport(options);
  const { t, locale, draft, check, saved } = options;
  const [selectedId, setSelectedId] = useState<string>(draft.defaultProfile);
  const [focusPath, setFocusPath] = useState<Path | null>(null);
  // The install opens options.html#setup: the short guided set-up, then this page.
  const [setup, setSetup] = useState(() => globalThis.location?.hash === `#${SETUP_HASH}`);
  const leaveSetup = () => {
    setSetup(false);
    globalThis.history?.replaceState(null, '', globalThis.location.pathname);
  };

  // The page follows its own language setting as soon as it is chosen.
  useEffect(() => {
    document.documentElement.lang = options.language;
    document.title = t('options.pageTitle');
  }, [options.language, t]);

  useEffect(() => {
    if (!draft.profiles.some((p) => p.id === selectedId)) setSelectedId(draft.defaultProfile);
  }, [draft, selectedId]);

  useEffect(() => {
    if (!focusPath) return;
    document.querySelector<HTMLElement>(`[id^="${fieldId(focusPath)}"]`)?.focus();
    setFocusPath(null);
  }, [focusPath]);

  const ctx = useMemo(() => makeCtx(t, locale, draft, check, options.setDraft, now), [t, locale, draft, check, options.setDraft, now]);

  const goTo = (path: Path) => {
    if (path[0] === 'profiles' && typeof path[1] === 'number') {
      const profile = draft.profiles[path[1]];
      if (profile) setSelectedId(profile.id);
    }
    setFocusPath(path);
  };

  const save = async () => {
    const ok = await options.save();
    if (!ok && !check.ok && check.problems[0]) goTo(check.problems[0].path);
  };

  if (options.loadError) {
    return (
      <main class="options-page">
        <p role="alert" class="notice warn">
          {t('options.loadError', { error: options.loadError })}
        </p>
      </main>
    );
  }
  if (options.loading)
    return (
      <main class="options-page">
        <p role="status">{t('options.loading')}</p>
      </main>
    );
  if (setup) {
    return (
      <FirstSetup
        t={t}
        locale={locale}
        base={saved}
        onSkip={leaveSetup}
        onSave={async (settings) => {
          const ok = await options.replace(settings);
          if (ok) leaveSetup();
          return ok;
        }}
      />
    );
  }

  const index = Math.max(
    0,
    draft.profiles.findIndex((p) => p.id === selectedId),
  );
  const profile = draft.profiles[index]!;
  return (
    <OptionsContext.Provider value={ctx}>
      <div class="options-page">
        <header class="page-header">
          <h1>{t('options.title')}</h1>
          <p class="intro">{t('options.intro')}</p>
        </header>
        <Notices
          notices={options.notices}
          syncOffer={options.syncOffer}
          onDismiss={options.dismissNotice}
          onDiscardRestored={options.discard}
          onReviewSync={() => options.syncOffer && io.previewSync(options.syncOffer)}
          onKeepLocal={() => void options.dismissSyncOffer()}
          onGoTo={goTo}
        />
        <div class="layout">
          <main class="main">
            <section class="card" aria-labelledby="profiles-title">
              <h2 id="profiles-title">{t('profiles.title')}</h2>
              <p class="help">{t('profiles.help')}</p>
              <ProfileBar selectedId={profile.id} onSelect={setSelectedId} />
              <ProfileDetails key={profile.id} profile={profile} index={index} />
            </section>
            <MarginSection key={`m-${profile.id}`} profile={profile} index={index} />
            <CostsSection key={`c-${profile.id}`} profile={profile} index={index} />
            <LeadSection key={`l-${profile.id}`} profile={profile} index={index} />
            <LifetimeSection key={`lt-${profile.id}`} profile={profile} index={index} />
            <DisplaySection browserLanguage={deps.browserLanguage} toSync={check.ok ? check.settings : saved} syncStatus={options.syncStatus} />
            <HistorySection />
            {deps.reminder && <ReminderSection deps={deps.reminder} t={t} />}
            <ImportExport
              saved={saved}
              dirty={options.dirty}
              state={io.state}
              onFile={(f) => void io.chooseFile(f)}
              onConfirm={() => void io.confirm()}
              onCancel={io.cancel}
              download={deps.download}
            />
          </main>
          <aside class="aside" aria-label={t('total.region')}>
            <HiddenCostsSummary profile={profile} />
          </aside>
        </div>
        <SaveBar
          dirty={options.dirty}
          problems={check.ok ? [] : check.problems}
          saveState={options.saveState}
          onSave={() => void save()}
          onDiscard={options.discard}
          onGoTo={goTo}
        />
      </div>
    </OptionsContext.Provider>
  );
}
