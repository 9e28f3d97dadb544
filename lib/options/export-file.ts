/** The exported settings file: the saved settings as stored, pretty-printed for people who open it. */
import { localIsoDate } from '../dates';
import type { Settings } from '../settings';

export function exportText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export function exportFileName(date: Date): string {
  return `real-roi-settings-${localIsoDate(date)}.json`;
}
