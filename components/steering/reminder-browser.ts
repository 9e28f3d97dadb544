/**
 * The browser side of the weekly reminder, with `browser` passed in: the
 * options page's switch, and the background's alarm and notification. The
 * `alarms` and `notifications` APIs exist only once the user granted them.
 */
import { resolveLanguage } from '../../lib/i18n/language';
import { steeringTranslator } from '../../lib/i18n/steering';
import { readSettings } from '../../lib/settings';
import { nextMondayAt, REMINDER_ALARM, REMINDER_PERMISSIONS, WEEK_MINUTES } from '../../lib/steering/reminder';
import { readSteeringPrefs } from '../../lib/steering/prefs';
import { SETTINGS_KEY, STEERING_KEY } from '../../lib/storage-keys';
import type { ReminderDeps } from './ReminderSection';

interface Listener<A extends unknown[]> {
  addListener(cb: (...args: A) => void): void;
}
export interface ReminderBrowser {
  permissions: {
    request(p: { permissions: string[] }): Promise<boolean>;
    remove(p: { permissions: string[] }): Promise<boolean>;
    contains(p: { permissions: string[] }): Promise<boolean>;
    onAdded?: Listener<[unknown]>;
  };
  storage: {
    local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };
    onChanged: Listener<[Record<string, unknown>, string]>;
  };
  runtime: { getURL(path: string): string };
  tabs: { create(p: { url: string }): Promise<unknown> };
  alarms?: {
    create(name: string, info: { when: number; periodInMinutes: number }): void;
    clear(name: string): Promise<boolean>;
    onAlarm: Listener<[{ name: string }]>;
  };
  notifications?: {
    create(id: string, o: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string>;
    onClicked: Listener<[string]>;
  };
}

const PERMISSIONS = { permissions: [...REMINDER_PERMISSIONS] };

async function setPref(b: ReminderBrowser, weeklyReminder: boolean) {
  const prefs = readSteeringPrefs((await b.storage.local.get(STEERING_KEY))[STEERING_KEY]);
  await b.storage.local.set({ [STEERING_KEY]: { ...prefs, weeklyReminder } });
}

export function reminderDeps(b: ReminderBrowser): ReminderDeps {
  return {
    async isOn() {
      const prefs = readSteeringPrefs((await b.storage.local.get(STEERING_KEY))[STEERING_KEY]);
      return prefs.weeklyReminder && (await b.permissions.contains(PERMISSIONS));
    },
    async enable() {
      // Asked in the click's own task: the browser shows its prompt only for a user gesture.
      const granted = await b.permissions.request(PERMISSIONS);
      if (granted) await setPref(b, true);
      return granted;
    },
    async disable() {
      await setPref(b, false);
      await b.permissions.remove(PERMISSIONS).catch(() => false);
    },
  };
}

/** Background: keep the Monday alarm in step with the preference, and show the notification. */
export function startReminder(b: ReminderBrowser, browserLanguage: string): void {
  let listening = false;
  const listen = () => {
    if (listening || !b.alarms || !b.notifications) return;
    listening = true;
    b.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name !== REMINDER_ALARM) return;
      void b.storage.local.get(SETTINGS_KEY).then((raw) => {
        const t = steeringTranslator(resolveLanguage(readSettings(raw[SETTINGS_KEY]).settings.language, browserLanguage));
        return b.notifications!.create(REMINDER_ALARM, {
          type: 'basic',
          iconUrl: b.runtime.getURL('/icon/128.png'),
          title: t('reminder.notificationTitle'),
          message: t('reminder.notification'),
        });
      });
    });
    b.notifications.onClicked.addListener((id) => {
      if (id === REMINDER_ALARM) void b.tabs.create({ url: b.runtime.getURL('/history.html') });
    });
  };
  const sync = async () => {
    const prefs = readSteeringPrefs((await b.storage.local.get(STEERING_KEY))[STEERING_KEY]);
    listen();
    if (!b.alarms) return;
    if (prefs.weeklyReminder) b.alarms.create(REMINDER_ALARM, { when: nextMondayAt(new Date()).getTime(), periodInMinutes: WEEK_MINUTES });
    else await b.alarms.clear(REMINDER_ALARM);
  };
  void sync().catch(() => {});
  b.permissions.onAdded?.addListener(() => void sync().catch(() => {}));
  b.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STEERING_KEY in changes) void sync().catch(() => {});
  });
}
