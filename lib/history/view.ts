/**
 * What the progress page shows, before any markup: every entry recomputed
 * with its account's profile, grouped by profile and account, and the
 * choice of what the chart covers. Pure.
 */
import { blocking } from '../settings/blocking';
import { profileFor } from '../settings/profile-for';
import type { Settings } from '../settings/schema';
import type { Unreadable } from '../settings/unreadable';
import { accountKey } from './key';
import { isSettling } from './policy';
import { byPeriod } from './progress';
import { recompute, type Recomputed } from './recompute';
import type { HistoryEntry } from './types';

export interface EntryView {
  entry: HistoryEntry;
  rec: Recomputed;
  settling: boolean;
}

export interface AccountView {
  /** `platform|accountId` */
  key: string;
  platform: HistoryEntry['platform'];
  accountId: string;
  profileId: string;
  profileName: string;
  /** Chart order (period end, then start). */
  entries: EntryView[];
}

/** One account's entries, or every account of one profile. */
export type Scope = { kind: 'account'; key: string } | { kind: 'profile'; id: string };

/** `unreadable`: what could not be read in the stored settings; a profile it touches shows no figure. */
export function buildAccounts(entries: readonly HistoryEntry[], settings: Settings, unreadable: readonly Unreadable[] = []): AccountView[] {
  const groups = new Map<string, HistoryEntry[]>();
  for (const e of entries) {
    const k = accountKey(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  const accounts: AccountView[] = [];
  for (const [key, list] of groups) {
    const first = list[0]!;
    const profile = profileFor(settings, first.platform, first.accountId);
    const basis = blocking(unreadable, profile.id).length > 0 ? 'blocked' : 'saved';
    accounts.push({
      key,
      platform: first.platform,
      accountId: first.accountId,
      profileId: profile.id,
      profileName: profile.name,
      entries: byPeriod(list).map((entry) => ({ entry, rec: recompute(entry, settings, basis), settling: isSettling(entry.period, entry.capturedAt) })),
    });
  }
  return accounts.sort((a, b) => a.profileName.localeCompare(b.profileName) || a.key.localeCompare(b.key));
}

export function inScope(accounts: readonly AccountView[], scope: Scope | null): AccountView[] {
  if (!scope) return accounts.slice(0, 1);
  return scope.kind === 'account' ? accounts.filter((a) => a.key === scope.key) : accounts.filter((a) => a.profileId === scope.id);
}

/** The scope to open on: the account recorded most recently. */
export function defaultScope(accounts: readonly AccountView[]): Scope | null {
  let best: AccountView | null = null;
  let latest = '';
  for (const a of accounts) {
    for (const { entry } of a.entries) {
      if (entry.capturedAt > latest) {
        latest = entry.capturedAt;
        best = a;
      }
    }
  }
  return best ? { kind: 'account', key: best.key } : null;
}

/** Levels present, most recorded first; `campaigns` wins a tie, being the table people steer by. */
export function levelsOf(accounts: readonly AccountView[]): string[] {
  const count = new Map<string, number>();
  for (const a of accounts) for (const { entry } of a.entries) count.set(entry.level, (count.get(entry.level) ?? 0) + 1);
  return [...count.keys()].sort((x, y) => count.get(y)! - count.get(x)! || Number(y === 'campaigns') - Number(x === 'campaigns') || x.localeCompare(y));
}
