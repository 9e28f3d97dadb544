/** The quick calculator: e-commerce, leads or lifetime value, through the engine, with the profile's costs. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DraftCost } from '../../lib/options/loose';
import { formatPercent, formatPeriod } from '../../lib/format';
import { PLATFORMS } from '../../lib/platforms';
import { monthOf, periodFrom } from '../../lib/dates';
import { sameJson } from '../../lib/options/same-json';
import { BUILT_IN_PROFILE_NAMES, localeFor, PROFILE_NAME_KEY, resolveLanguage, shownProfileName, translator } from '../../lib/i18n';
import type { PageTotals } from '../../lib/messages';
import { unreadableText } from '../../lib/overlay/unreadable-text';
import { blocking, profileFor, readStored, SAVED_STATE, SETTINGS_KEY, type Settings, type SettingsProfile, type SettingsState } from '../../lib/settings';
import { RadioGroup } from '../fields/RadioGroup';
import { compute } from './compute';
import { CostInputs } from './CostInputs';
import { Diagnostic } from './Diagnostic';
import type { PopupDeps } from './deps';
import { Inputs, type Figures, type Mode } from './Inputs';
import { PageFill } from './PageFill';
import { Results } from './Results';
import { popupFmt } from './shared';

const EMPTY: Figures = {
  valueMode: 'revenue',
  spend: null,
  revenue: null,
  roas: null,
  conversions: null,
  leads: null,
  closeRate: null,
  dealValue: null,
  purchasesPerYear: null,
  years: null,
  newCustomerShare: 1,
  margin: null,
};

/** The profile's own figures go in; what the user typed stays. */
function prefill(profile: SettingsProfile, figures: Figures): Figures {
  return {
    ...figures,
    margin: profile.margin.default,
    closeRate: profile.leadValue?.closeRate ?? figures.closeRate,
    dealValue: profile.leadValue?.dealValue ?? figures.dealValue,
    purchasesPerYear: profile.lifetime?.purchasesPerYear ?? figures.purchasesPerYear,
    years: profile.lifetime?.years ?? figures.years,
    newCustomerShare: profile.lifetime?.newCustomerShare ?? figures.newCustomerShare,
  };
}

export function PopupApp({ deps }: { deps: PopupDeps }) {
  const now = deps.now ?? (() => new Date());
  const [settings, setSettings] = useState<Settings | null>(null);
  const [state, setState] = useState<SettingsState>(SAVED_STATE);
  const [profileId, setProfileId] = useState('');
  const [mode, setMode] = useState<Mode>('ecommerce');
  const [figures, setFigures] = useState<Figures>(EMPTY);
  const [costs, setCosts] = useState<DraftCost[]>([]);
  const [period, setPeriod] = useState(() => monthOf(now()));
  const [totals, setTotals] = useState<PageTotals | null | 'checking'>('checking');
  const [filled, setFilled] = useState<PageTotals | null>(null);

  const chooseProfile = (p: SettingsProfile) => {
    setProfileId(p.id);
    setFigures((f) => prefill(p, f));
    setCosts(p.costs);
  };

  useEffect(() => {
    void deps.getItem(SETTINGS_KEY).then((raw) => {
      const { settings: s, stored, unreadable } = readStored(raw);
      setSettings(s);
      setState({ stored, unreadable });
      chooseProfile(profileFor(s, PLATFORMS[0], null));
    });
    void deps.getPageTotals().then(setTotals);
  }, [deps]);

  const language = resolveLanguage(settings?.language ?? 'auto', deps.browserLanguage);
  const t = useMemo(() => translator(language), [language]);
  const locale = localeFor(language, deps.browserLanguage);
  // The untouched built-in profile's name in the popup's language.
  const nameOf = (p: SettingsProfile) => shownProfileName(p.name, t(PROFILE_NAME_KEY), BUILT_IN_PROFILE_NAMES);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('popup.title');
  }, [language, t]);

  const profile = settings?.profiles.find((p) => p.id === profileId) ?? null;
  if (!settings || !profile)
    return (
      <main class="popup">
        <p role="status">{t('popup.loading')}</p>
      </main>
    );

  const fmt = popupFmt(t, locale, profile.currency, settings.display);
  const validPeriod = periodFrom(period.start, period.end);
  const shown = compute(fmt, {
    mode,
    figures,
    profile,
    costs,
    period: validPeriod,
    targetRoi: settings.targetRoi,
    pageCurrency: filled?.currency ?? null,
  });

  // Never a silent number: unreadable settings give none, defaults say what they assume.
  const blockers = blocking(state.unreadable, profile.id);
  const blocked = blockers.length > 0 && (
    <div data-problem="settings-repaired" role="alert">
      <p>{t('unreadable.introPopup')}</p>
      <ul>
        {blockers.map((u) => (
          <li key={u.path}>{unreadableText(t, u)}</li>
        ))}
      </ul>
      <button type="button" class="link" onClick={deps.openOptions}>
        {t('unreadable.fix')}
      </button>
    </div>
  );
  const assumed = state.stored ? null : t('basis.assumed', { margin: formatPercent(profile.margin.default, locale, 0) });

  // The field still holds the page total's blend (a margin of its own, not the profile's), untouched by the user.
  const marginFromPage = filled !== null && filled.margin !== null && filled.margin !== profile.margin.default && figures.margin === filled.margin;

  const fillFromPage = () => {
    if (!totals || totals === 'checking') return;
    const p = profileFor(settings, totals.platform, totals.accountId);
    chooseProfile(p);
    setFigures((f) => ({
      ...prefill(p, f),
      spend: totals.spend,
      conversions: totals.conversions,
      leads: totals.conversions,
      valueMode: totals.conversionValue === null && totals.platformRoas !== null ? 'roas' : 'revenue',
      revenue: totals.conversionValue,
      roas: totals.platformRoas,
      // The margin the page's total used, so the popup shows the total badge's figure.
      margin: totals.margin ?? p.margin.default,
    }));
    if (totals.period) setPeriod(totals.period);
    setFilled(totals);
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popup.title')}</h1>
        <button type="button" class="link" onClick={deps.openOptions}>
          {t('popup.openOptions')}
        </button>
        <a href="/history.html" target="_blank" data-testid="open-history" rel="noopener">
          {t('history.link')}
        </a>
      </header>
      <RadioGroup
        name="mode"
        legend={t('popup.mode')}
        value={mode}
        class="segmented visually-hidden-legend"
        options={[
          { value: 'ecommerce', label: t('mode.ecommerce') },
          { value: 'leads', label: t('mode.leads') },
          { value: 'lifetime', label: t('mode.lifetime') },
        ]}
        onChange={setMode}
      />
      {settings.profiles.length > 1 && (
        <div class="field">
          <label for="popup-profile">{t('popup.profile')}</label>
          <select
            id="popup-profile"
            value={profileId}
            onChange={(e) => {
              const p = settings.profiles.find((x) => x.id === e.currentTarget.value);
              if (p) chooseProfile(p);
            }}
          >
            {settings.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {nameOf(p)}
              </option>
            ))}
          </select>
        </div>
      )}
      <PageFill fmt={fmt} totals={totals} filled={filled} onFill={fillFromPage} />
      <Inputs fmt={fmt} mode={mode} figures={figures} problems={shown.problems} onChange={setFigures} marginFromPage={marginFromPage} />
      <Results title={t('results.title')} items={shown.items} message={blocked || shown.message} assumed={assumed} />
      <Diagnostic deps={deps} t={t} />
      <details
        class="costs-details"
        open={Object.keys(shown.problems ?? {}).some((k) => k.startsWith('cost.') && shown.problems?.[k]?.code !== 'required') || undefined}
      >
        <summary>{t('popup.costs', { count: costs.length, profile: nameOf(profile), period: validPeriod ? formatPeriod(validPeriod, locale) : '—' })}</summary>
        <CostInputs
          fmt={fmt}
          costs={costs}
          onChange={setCosts}
          onReset={() => setCosts(profile.costs)}
          changed={!sameJson(costs, profile.costs)}
          problems={shown.problems}
          period={period}
          onPeriod={setPeriod}
          periodError={validPeriod ? null : t('popup.periodInvalid')}
        />
      </details>
    </main>
  );
}
