/**
 * From what the overlay read to a snapshot. The content script sends the
 * read as is (it bundles no history code beyond a debounce); the background
 * decides here whether the read was complete and keeps the inputs only.
 */
import { primaryTotals } from '../overlay/view-model';
import type { Period } from '../roi/types';
import type { ExtractedRow, ExtractedTable, ExtractedTotals } from '../platforms/contract/types';
import { entryId, normaliseFilter } from './key';
import { SNAPSHOT_VERSION, type HistoryEntry, type Snapshot } from './types';

/** What a content script sends after a pass (message `RECORD_TABLE_MESSAGE`). */
export interface TableRead {
  platform: ExtractedTable['platform'];
  level: string;
  accountId: string | null;
  currency: string | null;
  /** The page's period, or the one the user typed for an unreadable date text. */
  period: Period | null;
  columns: ExtractedTable['columns'];
  rows: readonly ExtractedRow[];
  totals: readonly ExtractedTotals[];
  capturedAt: string;
}

export type Incomplete = 'account' | 'period' | 'spend-column' | 'pending' | 'empty';

/**
 * Why a read is not worth remembering, or null when it is complete: a
 * period, the spend column, an account, no cell still loading, something read.
 */
export function incompleteBecause(read: TableRead): Incomplete | null {
  if (!read.accountId) return 'account';
  if (!read.period) return 'period';
  if (!read.columns.spend) return 'spend-column';
  if (read.rows.length === 0 && read.totals.length === 0) return 'empty';
  if (read.rows.some((r) => r.pending.length > 0) || read.totals.some((t) => (t.pending?.length ?? 0) > 0)) return 'pending';
  return null;
}

const num = (x: number | null | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** The snapshot of a complete read, or null. Copies only the inputs (no `pending`, no results). */
export function buildSnapshot(read: TableRead): HistoryEntry | null {
  if (incompleteBecause(read) !== null) return null;
  const primary = primaryTotals(read.totals);
  const snapshot: Snapshot = {
    v: SNAPSHOT_VERSION,
    platform: read.platform,
    accountId: read.accountId!,
    level: read.level,
    period: { start: read.period!.start, end: read.period!.end },
    currency: read.currency,
    filter: normaliseFilter(primary?.label),
    capturedAt: read.capturedAt,
    columns: { ...read.columns },
    rows: read.rows.map((r) => ({
      key: r.key,
      name: r.name,
      spend: num(r.spend),
      conversions: num(r.conversions),
      conversionValue: num(r.conversionValue),
      roas: num(r.roas),
    })),
    totals: read.totals.map((t) => ({
      scope: t.scope,
      label: t.label,
      spend: num(t.spend),
      conversions: num(t.conversions),
      conversionValue: num(t.conversionValue),
      roas: num(t.roas),
    })),
  };
  return { id: entryId(snapshot), ...snapshot };
}
