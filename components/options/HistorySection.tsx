/** The history: whether tables are remembered on this device, for how long, and the way to the progress page. */
import { Checkbox } from '../fields/Checkbox';
import { NumberField } from '../fields/NumberField';
import { useOptionsCtx } from './context';

export function HistorySection() {
  const { t, locale, draft, update, errorAt, id } = useOptionsCtx();
  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('options.historyTitle')}</h2>
      <Checkbox
        id={id(['rememberTables'])}
        label={t('settingField.rememberTables')}
        checked={draft.rememberTables !== false}
        hint={t('options.rememberHint')}
        onChange={(on) => update(['rememberTables'], on)}
      />
      <NumberField
        id={id(['historyMonths'])}
        label={t('settingField.historyMonths')}
        value={draft.historyMonths ?? 25}
        unit="months"
        locale={locale}
        hint={t('options.historyMonthsHint')}
        error={errorAt(['historyMonths'])}
        onChange={(v) => update(['historyMonths'], v)}
        class="narrow"
      />
      <p>
        <a href="/history.html" target="_blank" data-testid="open-history" rel="noopener">
          {t('history.link')}
        </a>
      </p>
    </section>
  );
}
