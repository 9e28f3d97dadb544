/**
 * What an import would change, in the user's terms (a profile renamed, a
 * cost's amount from 120 to 150), for the preview shown before replacing
 * their settings. Structured, so the options page words it in its language.
 */
import type { CostKind } from '../roi/types';
import { sameJson } from './report';
import type { Settings, SettingsAccount, SettingsCost, SettingsMarginRule, SettingsNamePattern, SettingsProfile } from './schema';

export type SettingField = 'targetRoi' | 'display' | 'badgeRoi' | 'language' | 'defaultProfile' | 'sync' | 'rememberTables' | 'historyMonths';
export type ProfileField = 'currency' | 'margin.default' | 'vatIncluded' | 'returnRate' | 'leadValue' | 'lifetime';

export type Change =
  | { subject: 'setting'; action: 'changed'; field: SettingField; before: unknown; after: unknown }
  | { subject: 'profile'; action: 'added' | 'removed'; profileId: string; name: string }
  | { subject: 'profile'; action: 'renamed'; profileId: string; before: string; after: string }
  | { subject: 'profile'; action: 'changed'; profileId: string; field: ProfileField; before: unknown; after: unknown }
  | { subject: 'account'; action: 'added' | 'removed'; profileId: string; account: SettingsAccount }
  | { subject: 'marginRule'; action: 'added' | 'removed'; profileId: string; rule: SettingsMarginRule }
  | { subject: 'marginRule'; action: 'changed'; profileId: string; rule: SettingsNamePattern; before: number; after: number }
  /** The first matching rule wins, so order alone changes margins. */
  | { subject: 'marginRule'; action: 'reordered'; profileId: string }
  | { subject: 'cost'; action: 'added' | 'removed'; profileId: string; cost: SettingsCost }
  | {
      subject: 'cost';
      action: 'changed';
      profileId: string;
      kind: CostKind;
      /** The label after the import (the label itself may be the change). */
      label: string;
      field: string;
      before: unknown;
      after: unknown;
    };

/** `null` and absent both mean "not set" for optional fields. */
function same(a: unknown, b: unknown): boolean {
  return sameJson(a ?? null, b ?? null);
}

const SETTING_FIELDS: readonly SettingField[] = ['targetRoi', 'display', 'badgeRoi', 'language', 'defaultProfile', 'sync', 'rememberTables', 'historyMonths'];

function settingValue(settings: Settings, field: SettingField): unknown {
  // An absent optional field is its default; showing "undefined → false" would be noise.
  if (field === 'sync') return settings.sync ?? false;
  if (field === 'rememberTables') return settings.rememberTables ?? true;
  if (field === 'historyMonths') return settings.historyMonths ?? 25;
  return settings[field];
}

function profileValue(profile: SettingsProfile, field: ProfileField): unknown {
  return field === 'margin.default' ? profile.margin.default : profile[field];
}

const PROFILE_FIELDS: readonly ProfileField[] = ['currency', 'margin.default', 'vatIncluded', 'returnRate', 'leadValue', 'lifetime'];

function diffAccounts(id: string, before: SettingsAccount[], after: SettingsAccount[]): Change[] {
  const key = (a: SettingsAccount) => `${a.platform}:${a.id}`;
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  return [
    ...before.filter((a) => !has.has(key(a))).map((account): Change => ({ subject: 'account', action: 'removed', profileId: id, account })),
    ...after.filter((a) => !had.has(key(a))).map((account): Change => ({ subject: 'account', action: 'added', profileId: id, account })),
  ];
}

function diffRules(id: string, before: SettingsMarginRule[], after: SettingsMarginRule[]): Change[] {
  const key = (r: SettingsMarginRule) => `${r.match}:${r.pattern}`;
  const old = new Map(before.map((r) => [key(r), r]));
  const now = new Map(after.map((r) => [key(r), r]));
  const changes: Change[] = [];
  for (const rule of before) {
    if (!now.has(key(rule))) changes.push({ subject: 'marginRule', action: 'removed', profileId: id, rule });
  }
  for (const rule of after) {
    const was = old.get(key(rule));
    if (!was) changes.push({ subject: 'marginRule', action: 'added', profileId: id, rule });
    else if (was.margin !== rule.margin) {
      changes.push({
        subject: 'marginRule',
        action: 'changed',
        profileId: id,
        rule: { match: rule.match, pattern: rule.pattern },
        before: was.margin,
        after: rule.margin,
      });
    }
  }
  const keptBefore = before.map(key).filter((k) => now.has(k));
  const keptAfter = after.map(key).filter((k) => old.has(k));
  if (!sameJson(keptBefore, keptAfter)) changes.push({ subject: 'marginRule', action: 'reordered', profileId: id });
  return changes;
}

/**
 * Costs are paired by `id` when both sides have one, else by kind and
 * label. Anything unpaired is shown as removed or added: guessing that two
 * differently named costs are "the same" would describe a change that the
 * user did not make.
 */
function pairCosts(before: SettingsCost[], after: SettingsCost[]) {
  const unmatched = new Set(before.keys());
  const pairs: [SettingsCost, SettingsCost][] = [];
  const added: SettingsCost[] = [];
  const take = (test: (b: SettingsCost) => boolean) => {
    for (const i of unmatched) {
      const candidate = before[i];
      if (candidate && test(candidate)) {
        unmatched.delete(i);
        return candidate;
      }
    }
    return undefined;
  };
  const byId = after.map((cost) => (cost.id === undefined ? undefined : take((b) => b.id === cost.id)));
  after.forEach((cost, i) => {
    const match = byId[i] ?? (cost.id === undefined ? take((b) => b.id === undefined && b.kind === cost.kind && b.label === cost.label) : undefined);
    if (match) pairs.push([match, cost]);
    else added.push(cost);
  });
  const removed = [...unmatched].flatMap((i) => before[i] ?? []);
  return { pairs, added, removed };
}

function diffCosts(id: string, before: SettingsCost[], after: SettingsCost[]): Change[] {
  const { pairs, added, removed } = pairCosts(before, after);
  const changes: Change[] = removed.map((cost): Change => ({ subject: 'cost', action: 'removed', profileId: id, cost }));
  for (const [was, now] of pairs) {
    if (was.kind !== now.kind) {
      changes.push({ subject: 'cost', action: 'removed', profileId: id, cost: was });
      changes.push({ subject: 'cost', action: 'added', profileId: id, cost: now });
      continue;
    }
    const wasFields = was as Record<string, unknown>;
    const nowFields = now as Record<string, unknown>;
    const fields = new Set([...Object.keys(was), ...Object.keys(now)]);
    for (const field of fields) {
      if (field === 'kind' || field === 'id' || same(wasFields[field], nowFields[field])) continue;
      changes.push({
        subject: 'cost',
        action: 'changed',
        profileId: id,
        kind: now.kind,
        label: now.label,
        field,
        before: wasFields[field],
        after: nowFields[field],
      });
    }
  }
  changes.push(...added.map((cost): Change => ({ subject: 'cost', action: 'added', profileId: id, cost })));
  return changes;
}

function diffProfile(before: SettingsProfile, after: SettingsProfile): Change[] {
  const id = after.id;
  const changes: Change[] = [];
  if (before.name !== after.name) {
    changes.push({ subject: 'profile', action: 'renamed', profileId: id, before: before.name, after: after.name });
  }
  for (const field of PROFILE_FIELDS) {
    const was = profileValue(before, field);
    const now = profileValue(after, field);
    if (!same(was, now)) changes.push({ subject: 'profile', action: 'changed', profileId: id, field, before: was, after: now });
  }
  return [
    ...changes,
    ...diffAccounts(id, before.accounts, after.accounts),
    ...diffRules(id, before.margin.rules, after.margin.rules),
    ...diffCosts(id, before.costs, after.costs),
  ];
}

/** Changes from `before` (current settings) to `after` (the file to import). */
export function diffSettings(before: Settings, after: Settings): Change[] {
  const changes: Change[] = [];
  for (const field of SETTING_FIELDS) {
    const was = settingValue(before, field);
    const now = settingValue(after, field);
    if (!same(was, now)) changes.push({ subject: 'setting', action: 'changed', field, before: was, after: now });
  }
  const old = new Map(before.profiles.map((p) => [p.id, p]));
  const kept = new Set(after.profiles.map((p) => p.id));
  for (const profile of before.profiles) {
    if (!kept.has(profile.id)) {
      changes.push({ subject: 'profile', action: 'removed', profileId: profile.id, name: profile.name });
    }
  }
  for (const profile of after.profiles) {
    const was = old.get(profile.id);
    if (was) changes.push(...diffProfile(was, profile));
    else changes.push({ subject: 'profile', action: 'added', profileId: profile.id, name: profile.name });
  }
  return changes;
}
