import { describe, expect, it, vi } from 'vitest';
import { type ReminderBrowser, reminderDeps, startReminder } from '../../../components/steering/reminder-browser';
import { nextMondayAt, REMINDER_ALARM, WEEK_MINUTES } from '../../../lib/steering/reminder';

describe('next Monday', () => {
  it('is the coming Monday at 9:00 local time, a week later when that moment has passed', () => {
    expect(nextMondayAt(new Date(2026, 10, 30, 8, 0)).toString()).toBe(new Date(2026, 10, 30, 9, 0).toString()); // Monday 8:00
    expect(nextMondayAt(new Date(2026, 10, 30, 9, 0)).toString()).toBe(new Date(2026, 11, 7, 9, 0).toString()); // Monday 9:00
    expect(nextMondayAt(new Date(2026, 11, 2, 15, 0)).toString()).toBe(new Date(2026, 11, 7, 9, 0).toString()); // Wednesday
    expect(nextMondayAt(new Date(2026, 11, 6, 23, 59)).toString()).toBe(new Date(2026, 11, 7, 9, 0).toString()); // Sunday
  });
});

function fakeBrowser(granted: boolean) {
  const store: Record<string, unknown> = {};
  const listeners: Record<string, ((...a: unknown[]) => void)[]> = {};
  const on = (name: string) => ({
    addListener: (cb: (...a: unknown[]) => void) => {
      (listeners[name] ??= []).push(cb);
    },
  });
  let has = false;
  const b = {
    permissions: {
      request: vi.fn(async () => (has = granted)),
      remove: vi.fn(async () => {
        has = false;
        return true;
      }),
      contains: async () => has,
      onAdded: on('perm'),
    },
    storage: {
      local: {
        get: async (k: string) => ({ [k]: store[k] }),
        set: async (v: Record<string, unknown>) => {
          Object.assign(store, v);
          for (const l of listeners['changed'] ?? []) l(v, 'local');
        },
      },
      onChanged: on('changed'),
    },
    runtime: { getURL: (p: string) => `chrome-extension://id${p}` },
    tabs: { create: vi.fn(async () => ({})) },
    alarms: { create: vi.fn(), clear: vi.fn(async () => true), onAlarm: on('alarm') },
    notifications: { create: vi.fn(async () => REMINDER_ALARM), onClicked: on('click') },
  };
  return {
    b,
    store,
    listeners,
    fire: (name: string, ...a: unknown[]) => {
      for (const l of listeners[name] ?? []) l(...a);
    },
  };
}

describe('weekly reminder', () => {
  it('is off until the user turns it on, and stays off when the browser refuses the permission', async () => {
    const { b, store } = fakeBrowser(false);
    const deps = reminderDeps(b as unknown as ReminderBrowser);
    expect(await deps.isOn()).toBe(false);
    expect(await deps.enable()).toBe(false);
    expect(b.permissions.request).toHaveBeenCalledWith({ permissions: ['alarms', 'notifications'] });
    expect(store['steering']).toBeUndefined();
  });

  it('sets a weekly Monday alarm when on; the alarm notifies; the notification opens the progress page', async () => {
    const { b, fire } = fakeBrowser(true);
    startReminder(b as unknown as ReminderBrowser, 'en-US');
    const deps = reminderDeps(b as unknown as ReminderBrowser);
    expect(await deps.enable()).toBe(true);
    await vi.waitFor(() => expect(b.alarms.create).toHaveBeenCalled());
    const [name, info] = b.alarms.create.mock.calls.at(-1) as unknown as [string, { when: number; periodInMinutes: number }];
    expect(name).toBe(REMINDER_ALARM);
    expect(new Date(info.when).getDay()).toBe(1);
    expect(info.periodInMinutes).toBe(WEEK_MINUTES);
    fire('alarm', { name: REMINDER_ALARM });
    await vi.waitFor(() => expect(b.notifications.create).toHaveBeenCalled());
    expect((b.notifications.create.mock.calls[0] as unknown[])[1]).toMatchObject({ message: 'Review last week’s real ROI' });
    fire('click', REMINDER_ALARM);
    expect(b.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://id/history.html' });
    await deps.disable();
    await vi.waitFor(() => expect(b.alarms.clear).toHaveBeenCalledWith(REMINDER_ALARM));
    expect(b.permissions.remove).toHaveBeenCalled();
  });
});
