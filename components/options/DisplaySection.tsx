/** Target ROI, how ROI is shown, the UI language, and the opt-in browser sync. */
import { useMemo } from 'preact/hooks';
import { formatRoi } from '../../lib/format';
import { sizeText } from '../../lib/options/import-file';
import { planSync, SYNC_QUOTA } from '../../lib/options/sync';
import { resolveLanguage } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import { Checkbox } from '../fields/Checkbox';
import { NumberField } from '../fields/NumberField';
import { RadioGroup } from '../fields/RadioGroup';
import { SelectField } from '../fields/SelectField';
import { useOptionsCtx } from './context';
import type { SyncStatus } from './sync-store';

export interface DisplaySectionProps {
  browserLanguage: string;
  /** The settings the next save would write (the saved ones while the draft is invalid). */
  toSync: Settings;
  syncStatus: SyncStatus;
}

const EXAMPLE_ROI = 4655 / 4345;

export function DisplaySection({ browserLanguage, toSync, syncStatus }: DisplaySectionProps) {
  const { t, locale, draft, update, errorAt, id } = useOptionsCtx();
  const browserLang = resolveLanguage('auto', browserLanguage);
  return (
    <section class="card" aria-labelledby="display-title">
      <h2 id="display-title">{t('display.title')}</h2>
      <div class="row">
        <NumberField
          id={id(['targetRoi'])}
          label={t('field.targetRoi')}
          value={draft.targetRoi}
          unit="percent"
          locale={locale}
          suffix="%"
          hint={t('field.targetRoiHint')}
          error={errorAt(['targetRoi'])}
          onChange={(v) => update(['targetRoi'], v)}
          class="narrow"
        />
        <RadioGroup
          name="display"
          legend={t('field.display')}
          value={draft.display}
          options={[
            { value: 'percent', label: t('display.percentExample', { example: formatRoi(EXAMPLE_ROI, 'percent', locale) }) },
            { value: 'ratio', label: t('display.ratioExample', { example: formatRoi(EXAMPLE_ROI, 'ratio', locale) }) },
          ]}
          onChange={(v) => update(['display'], v)}
        />
        <RadioGroup
          name="badgeRoi"
          legend={t('lifetime.badge')}
          value={draft.badgeRoi}
          options={[
            { value: 'firstOrder', label: t('lifetime.badgeFirstOrder') },
            { value: 'lifetime', label: t('lifetime.badgeLifetime') },
          ]}
          onChange={(v) => update(['badgeRoi'], v)}
          hint={t('lifetime.badgeHint')}
        />
        <SelectField
          id={id(['language'])}
          label={t('field.language')}
          value={draft.language}
          options={[
            { value: 'auto', label: t('language.autoNamed', { language: t(`language.${browserLang}`) }) },
            { value: 'en', label: t('language.en') },
            { value: 'fr', label: t('language.fr') },
          ]}
          onChange={(v) => update(['language'], v)}
        />
      </div>
      <h3>{t('sync.title')}</h3>
      <Checkbox id={id(['sync'])} label={t('sync.enable')} checked={draft.sync === true} onChange={(on) => update(['sync'], on)} />
      <SyncNote enabled={draft.sync === true} toSync={toSync} status={syncStatus} />
    </section>
  );
}

function SyncNote({ enabled, toSync, status }: { enabled: boolean; toSync: Settings; status: SyncStatus }) {
  const { t, locale } = useOptionsCtx();
  const size = (bytes: number) => sizeText(bytes, locale, 1024);
  const limit = size(SYNC_QUOTA.total);
  const perItem = size(SYNC_QUOTA.perItem);
  if (!enabled)
    return (
      <p class="note" data-testid="sync-note">
        {t('sync.off')}
      </p>
    );
  const plan = useMemo(() => planSync(toSync), [toSync]);
  const lines: { text: string; warn?: boolean }[] = [];
  if (plan.fits) lines.push({ text: t('sync.fits', { size: size(plan.bytes), limit }) });
  else lines.push({ text: t('sync.tooBig', { size: size(plan.bytes), limit, perItem }), warn: true });
  if (status.kind === 'synced') {
    lines.push({ text: t('sync.written', { time: new Date(status.at).toLocaleTimeString(locale) }) });
  }
  if (status.kind === 'failed') lines.push({ text: t('sync.failed', { error: status.error }), warn: true });
  return (
    <div class="note" role="status" data-testid="sync-note">
      {lines.map((l, i) => (
        <p key={i} class={l.warn ? 'warn' : undefined}>
          {l.text}
        </p>
      ))}
    </div>
  );
}
