/**
 * The opt-in weekly reminder: on Mondays, "Review last week's real ROI",
 * opening the progress page. Its permissions are optional, asked for when
 * the user turns it on, never at install.
 */
export const REMINDER_ALARM = 'real-roi:weekly-review';
export const REMINDER_PERMISSIONS = ['alarms', 'notifications'] as const;
export const WEEK_MINUTES = 7 * 24 * 60;

/** The next Monday at `hour` o'clock local time strictly after `now` (today when it is Monday before that hour). */
export function nextMondayAt(now: Date, hour = 9): Date {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0, 0);
  const days = (8 - d.getDay()) % 7;
  d.setDate(d.getDate() + days);
  if (d.getTime() <= now.getTime()) d.setDate(d.getDate() + 7);
  return d;
}
