/**
 * Options page: the opt-in weekly reminder. Turning it on asks the browser
 * for the `alarms` and `notifications` permissions at that moment; turning it
 * off gives them back.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';

export interface ReminderDeps {
  /** Whether the reminder is on (its preference and its permissions). */
  isOn(): Promise<boolean>;
  /** Ask for the permissions (needs the user's click) and turn it on; false when refused. */
  enable(): Promise<boolean>;
  disable(): Promise<void>;
}

export function ReminderSection({ deps, t }: { deps: ReminderDeps; t: Translate }) {
  const [on, setOn] = useState(false);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void deps.isOn().then(setOn, () => {});
  }, [deps]);
  const change = (checked: boolean) => {
    setRefused(false);
    if (checked)
      void deps.enable().then((ok) => {
        setOn(ok);
        setRefused(!ok);
      });
    else void deps.disable().then(() => setOn(false));
  };
  return (
    <section class="card" aria-labelledby="reminder-title" data-reminder="">
      <h2 id="reminder-title">{t('reminder.title')}</h2>
      <label class="check">
        <input type="checkbox" checked={on} data-reminder-toggle="" onChange={(e) => change((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('reminder.label')}
      </label>
      <p class="help">{t('reminder.help')}</p>
      {refused && (
        <p class="error" role="alert">
          {t('reminder.refused')}
        </p>
      )}
    </section>
  );
}
