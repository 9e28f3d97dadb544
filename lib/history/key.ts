/**
 * Identity of a recorded table: platform, account, level, period and filter.
 * A later snapshot with the same identity replaces the earlier one (the
 * user looked at the same table again, maybe with later conversions);
 * overlapping but different periods are different entries and are never
 * summed, since they count the same spend twice.
 */
import type { Snapshot } from './types';

type Identity = Pick<Snapshot, 'platform' | 'accountId' | 'level' | 'period' | 'filter'>;

/**
 * Whitespace, case and counts in a label are the same filter: Meta's
 * "Results from 5 campaigns" is the same table once a sixth campaign exists.
 */
export function normaliseFilter(label: string | null | undefined): string {
  return (label ?? '').replace(/\s+/g, ' ').replace(/\d+/g, '#').trim().toLowerCase();
}

/** `platform|account|level|start|end|filter`: sortable, readable in an export. */
export function entryId(s: Identity): string {
  return [s.platform, s.accountId, s.level, s.period.start, s.period.end, normaliseFilter(s.filter)].join('|');
}

/** The account a snapshot belongs to, as one string (`platform|account`). */
export function accountKey(s: Pick<Snapshot, 'platform' | 'accountId'>): string {
  return `${s.platform}|${s.accountId}`;
}
