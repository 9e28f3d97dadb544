/** Builders for history tests: a complete table read, and settings holding one profile. */
import { defaultSettings } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/schema';
import type { Profile } from '../../../lib/roi/types';
import { buildSnapshot, type HistoryEntry, type TableRead } from '../../../lib/history';

export const ALL_COLUMNS = { spend: true, conversions: true, conversionValue: true, roas: true };

export function read(over: Partial<TableRead> = {}): TableRead {
  return {
    platform: 'google-ads',
    level: 'campaigns',
    accountId: '123-456-7890',
    currency: 'EUR',
    period: { start: '2025-11-01', end: '2025-11-30' },
    columns: ALL_COLUMNS,
    rows: [
      { key: 'campaign:1', name: 'Shopping', spend: 2000, conversions: 60, conversionValue: 12000, roas: 6, pending: [] },
      { key: 'campaign:2', name: 'Search', spend: 500, conversions: 15, conversionValue: 3000, roas: 6, pending: [] },
    ],
    totals: [{ scope: 'table', label: 'Total: Campaigns', spend: 2500, conversions: 75, conversionValue: 15000, roas: 6 }],
    capturedAt: '2025-12-20T10:00:00.000Z',
    ...over,
  };
}

export function entry(over: Partial<TableRead> = {}): HistoryEntry {
  const e = buildSnapshot(read(over));
  if (!e) throw new Error('test read is incomplete');
  return e;
}

export function settingsWith(profile: Profile, targetRoi = 0.5): Settings {
  const s = defaultSettings();
  return { ...s, targetRoi, profiles: [{ ...s.profiles[0]!, ...profile }] };
}
