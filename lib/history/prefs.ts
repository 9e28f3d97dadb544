/**
 * The user's history choices, from the settings: whether tables are
 * remembered, and for how long. Defaults apply to settings without them.
 */
import type { Settings } from '../settings/schema';
import { DEFAULT_RETENTION_MONTHS } from './policy';

export interface HistoryPrefs {
  /** "Remember the tables I view": on unless the user turned it off. */
  record: boolean;
  retentionMonths: number;
}

export function historyPrefs(settings: Pick<Settings, 'rememberTables' | 'historyMonths'>): HistoryPrefs {
  return {
    record: settings.rememberTables !== false,
    retentionMonths: settings.historyMonths ?? DEFAULT_RETENTION_MONTHS,
  };
}
