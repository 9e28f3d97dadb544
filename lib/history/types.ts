/**
 * The snapshot: what one complete read of an ad table held, as read. Inputs
 * only: a stored ROI would freeze today's cost settings into the past and
 * disagree with the engine the day the user corrects a margin, so every
 * figure is recomputed from these inputs when it is shown (recompute.ts).
 */
import type { Period } from '../roi/types';
import type { MetricKey, Platform } from '../platforms/contract/types';

/** The format of one stored snapshot; bumped with a step in migrations.ts. */
export const SNAPSHOT_VERSION = 1;

export interface SnapshotRow {
  /** The adapter's stable entity key (`campaign:123`): sparklines match on it across periods. */
  key: string;
  name: string | null;
  spend: number | null;
  conversions: number | null;
  conversionValue: number | null;
  /** The platform's ROAS as shown, never derived. */
  roas: number | null;
}

export interface SnapshotTotals {
  /** `table` = the rows the table covers; `account` = the whole account over the period. */
  scope: 'account' | 'table';
  label: string;
  spend: number | null;
  conversions: number | null;
  conversionValue: number | null;
  roas: number | null;
}

export interface Snapshot {
  v: typeof SNAPSHOT_VERSION;
  platform: Platform;
  /** As the page shows it (normalised by the adapter). */
  accountId: string;
  /** `campaigns`, `adgroups`, `adsets`, `ads`, … */
  level: string;
  period: Period;
  /** The page's currency, or null when it showed none (the profile's is then assumed, and said). */
  currency: string | null;
  /**
   * What tells two tables of the same account, level and period apart: the
   * table's filter or its totals label ("Total: filtered campaigns"). Part
   * of the identity key; '' when the table shows neither.
   */
  filter: string;
  /** When the table was read (ISO 8601 with time, UTC). */
  capturedAt: string;
  /** Which metric columns the header had: a missing column is a reason, not a zero. */
  columns: Record<MetricKey, boolean>;
  rows: SnapshotRow[];
  totals: SnapshotTotals[];
}

/** A stored snapshot: `id` is its identity key (key.ts). */
export interface HistoryEntry extends Snapshot {
  id: string;
}
