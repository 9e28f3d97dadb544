/**
 * Edits the options page makes to a draft, as pure functions returning a
 * new draft: profiles (create, duplicate, delete), their margin rules,
 * accounts and costs.
 */
import type { CostKind } from '../roi';
import { defaultCost, defaultProfile } from '../settings';
import type { DraftCost, DraftProfile, DraftRule, DraftSettings } from './loose';

/** A fresh id not in `taken`; random so that two open pages do not collide. */
export function newId(prefix: string, taken: Iterable<string>, random: () => number = Math.random): string {
  const used = new Set(taken);
  for (;;) {
    const id = `${prefix}-${Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0')}`;
    if (!used.has(id)) return id;
  }
}

function costIds(settings: DraftSettings): string[] {
  return settings.profiles.flatMap((p) => p.costs.flatMap((c) => (c.id ? [c.id] : [])));
}

export function updateProfile(settings: DraftSettings, id: string, change: (p: DraftProfile) => DraftProfile): DraftSettings {
  return { ...settings, profiles: settings.profiles.map((p) => (p.id === id ? change(p) : p)) };
}

export function addProfile(settings: DraftSettings, name: string, currency: string): { settings: DraftSettings; id: string } {
  const id = newId(
    'profile',
    settings.profiles.map((p) => p.id),
  );
  const profile: DraftProfile = { ...defaultProfile(), id, name, currency };
  return { settings: { ...settings, profiles: [...settings.profiles, profile] }, id };
}

/**
 * A copy with new ids and no accounts: an account may belong to one
 * profile only, so the copy starts as "not used by any account yet".
 */
export function duplicateProfile(settings: DraftSettings, id: string, name: string): { settings: DraftSettings; id: string } {
  const source = settings.profiles.find((p) => p.id === id);
  if (!source) return { settings, id };
  const newProfileId = newId(
    'profile',
    settings.profiles.map((p) => p.id),
  );
  const taken = costIds(settings);
  const costs = source.costs.map((c) => {
    const costId = newId('cost', taken);
    taken.push(costId);
    return { ...structuredClone(c), id: costId };
  });
  const copy: DraftProfile = { ...structuredClone(source), id: newProfileId, name, accounts: [], costs };
  const index = settings.profiles.indexOf(source);
  const profiles = [...settings.profiles.slice(0, index + 1), copy, ...settings.profiles.slice(index + 1)];
  return { settings: { ...settings, profiles }, id: newProfileId };
}

/** Removes a profile; the default moves to the first remaining one. The last profile cannot go. */
export function deleteProfile(settings: DraftSettings, id: string): DraftSettings {
  const profiles = settings.profiles.filter((p) => p.id !== id);
  if (profiles.length === 0 || profiles.length === settings.profiles.length) return settings;
  const defaultProfileId = settings.defaultProfile === id ? profiles[0]!.id : settings.defaultProfile;
  return { ...settings, profiles, defaultProfile: defaultProfileId };
}

/** `label`: the kind's name in the page's language (the default label is English, see cost-names.ts). */
export function addCost(settings: DraftSettings, profileId: string, kind: CostKind, today?: string, label?: string): DraftSettings {
  const id = newId('cost', costIds(settings));
  const cost = { ...defaultCost(kind, today), id, ...(label && { label }) } as DraftCost;
  return updateProfile(settings, profileId, (p) => ({ ...p, costs: [...p.costs, cost] }));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Moves an item one place up (-1) or down (+1); out-of-range moves change nothing. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}

export function newRule(defaultMargin: number | null): DraftRule {
  return { match: 'contains', pattern: '', margin: defaultMargin };
}
