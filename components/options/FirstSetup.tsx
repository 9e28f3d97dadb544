/**
 * The guided first set-up the install opens (options.html#setup): margin,
 * the main hidden costs, the target. Saving writes the first settings, so
 * the ad pages drop their "≈" marks; skipping leaves them marked.
 */
import { useState } from 'preact/hooks';
import { formatPercent } from '../../lib/format';
import type { Translate } from '../../lib/i18n';
import { applySetup, setupAnswers, setupProblems, type SetupAnswers, type SetupField } from '../../lib/options/first-setup';
import type { Unit } from '../../lib/options/numbers';
import type { Settings } from '../../lib/settings';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';

export interface FirstSetupProps {
  t: Translate;
  locale: string;
  /** What is stored now (the defaults on a fresh install). */
  base: Settings;
  onSave(settings: Settings): Promise<boolean>;
  onSkip(): void;
}

export function FirstSetup({ t, locale, base, onSave, onSkip }: FirstSetupProps) {
  const [answers, setAnswers] = useState<SetupAnswers>(() => setupAnswers(base));
  const [tried, setTried] = useState(false);
  const problems = setupProblems(answers);
  const set = (key: SetupField, value: unknown) => setAnswers((a) => ({ ...a, [key]: value }));
  const error = (key: SetupField) => (tried && problems[key] ? t(`setup.problem.${problems[key]!}`) : null);
  const num = (key: Exclude<SetupField, 'currency'>, unit: Unit, suffix?: string) => (
    <NumberField
      id={`setup-${key}`}
      label={t(`setup.${key}`)}
      value={answers[key]}
      unit={unit}
      locale={locale}
      suffix={suffix}
      error={error(key)}
      onChange={(v) => set(key, v)}
      class="narrow"
    />
  );
  const save = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    await onSave(
      applySetup(base, answers, {
        staff: t('setup.label.staff'),
        tools: t('setup.label.tools'),
        agency: t('setup.label.agency'),
        payment: t('setup.label.payment'),
        shipping: t('setup.label.shipping'),
        profile: t('profile.defaultName'),
      }),
    );
  };
  const profile = base.profiles.find((p) => p.id === base.defaultProfile) ?? base.profiles[0]!;
  return (
    <main class="options-page setup" data-testid="first-setup">
      <form class="card" onSubmit={(e) => void save(e)} aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        <p class="help">{t('setup.intro', { margin: formatPercent(profile.margin.default, locale, 0) })}</p>
        <p class="help" data-testid="setup-history">
          {t('options.historyFirstRun')}
        </p>
        <fieldset>
          <legend>{t('setup.step1')}</legend>
          <div class="row">
            {num('margin', 'percent', '%')}
            <TextField
              id="setup-currency"
              label={t('setup.currency')}
              value={answers.currency}
              error={error('currency')}
              maxLength={3}
              autoCapitalize="characters"
              onChange={(v) => set('currency', v.trim().toUpperCase())}
              class="narrow"
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('setup.step2')}</legend>
          <div class="row">
            {num('staffHours', 'hours')}
            {num('hourlyRate', 'money', answers.currency)}
            {num('tools', 'money', answers.currency)}
          </div>
          <div class="row">
            {num('agencyRate', 'percent', '%')}
            {num('paymentRate', 'percent', '%')}
            {num('shipping', 'money', answers.currency)}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('setup.step3')}</legend>
          <div class="row">{num('targetRoi', 'percent', '%')}</div>
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" data-testid="setup-save">
            {t('setup.save')}
          </button>
          <button type="button" class="link" data-testid="setup-skip" onClick={onSkip}>
            {t('setup.skip')}
          </button>
        </div>
      </form>
    </main>
  );
}
