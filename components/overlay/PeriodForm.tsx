/** The panel's form for the period when the page's date range could not be read. */
import { useState } from 'preact/hooks';
import { periodFrom } from '../../lib/roi/calendar';
import type { Period } from '../../lib/roi/types';
import type { Fmt } from './format-context';

/** The model: an unreadable date range is typed by the user, never guessed. */
export function PeriodForm({ fmt, period, onSetPeriod }: { fmt: Fmt; period: Period | null; onSetPeriod: (p: Period) => void }) {
  const [error, setError] = useState(false);
  const { t } = fmt;
  const submit = (e: Event) => {
    e.preventDefault();
    // Read the fields at submit time: uncontrolled inputs keep what was typed.
    const [start, end] = Array.from((e.currentTarget as HTMLFormElement).querySelectorAll('input')).map((i) => i.value);
    const period = periodFrom(start ?? '', end ?? '');
    setError(!period);
    if (period) onSetPeriod(period);
  };
  return (
    <form class="period" onSubmit={submit} data-panel="period-form">
      <p>{t('panel.enterPeriod')}</p>
      <label>
        {t('panel.from')} <input type="date" name="start" defaultValue={period?.start ?? ''} />
      </label>
      <label>
        {t('panel.to')} <input type="date" name="end" defaultValue={period?.end ?? ''} />
      </label>
      <button type="submit">{t('panel.apply')}</button>
      {error && (
        <p class="error" role="alert">
          {t('panel.periodInvalid')}
        </p>
      )}
    </form>
  );
}
