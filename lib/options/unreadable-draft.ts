/**
 * The options page shows what could not be read where it is, instead of
 * the repaired value: a negative cost amount comes back as typed, so the
 * field shows its error and saving waits until the user fixes it. Entries
 * this version cannot hold at all (an unknown kind) are listed in the
 * notice; only an explicit save drops them.
 */
import type { DetailedRead, Unreadable } from '../settings';
import type { DraftSettings } from './loose';
import { getAt, setAt, type Path } from './paths';

const tokens = (path: string): string[] => path.match(/[^.[\]]+/g) ?? [];

/** Where `u` sits in the repaired settings, or null when its entry is not there any more. */
export function draftPath(u: Unreadable, d: DetailedRead): Path | null {
  const t = tokens(u.path);
  if (t[0] !== 'profiles' || t[1] === undefined || u.profileId === null) return null;
  const index = d.settings.profiles.findIndex((p) => p.id === u.profileId);
  if (index < 0) return null;
  const rest = t.slice(2);
  if (rest[0] === 'costs' && rest[1] !== undefined) {
    const j = Number(rest[1]);
    // Costs dropped before this one shift it down in the repaired list.
    const dropped = d.repairs.filter(
      (r) => r.action === 'removed' && new RegExp(`^profiles\\[${t[1]}\\]\\.costs\\[(\\d+)\\]$`).test(r.path) && Number(tokens(r.path)[3]) < j,
    ).length;
    if (d.repairs.some((r) => r.action === 'removed' && r.path === `profiles[${t[1]}].costs[${j}]`)) return null;
    return ['profiles', index, 'costs', j - dropped, ...rest.slice(2)];
  }
  return ['profiles', index, ...rest.map((x) => (/^\d+$/.test(x) ? Number(x) : x))];
}

/** `draft` with each unreadable number put back as it was stored, where its field still exists. */
export function withUnreadableValues(draft: DraftSettings, d: DetailedRead, unreadable: readonly Unreadable[]): DraftSettings {
  let out = draft;
  for (const u of unreadable) {
    if (u.problem !== 'negative' && u.problem !== 'tooLarge') continue;
    const path = draftPath(u, d);
    const before = d.repairs.find((r) => r.path === u.path)?.before;
    if (!path || typeof before !== 'number' || typeof getAt(out, path) !== 'number') continue;
    out = setAt(out, path, before);
  }
  return out;
}
