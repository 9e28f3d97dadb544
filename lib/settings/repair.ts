/**
 * The field-by-field repair of settings read from storage (entry points in
 * read.ts): nothing valid is thrown away because something next to it is
 * broken.
 */
import { DEFAULT_COST_LABELS, DEFAULT_MARGIN, defaultCost, defaultProfile, defaultSettings } from './defaults';
import type { FieldFixer, Fixed, Log, ObjectSpec } from './fixers';
import { ABSENT, fixList, fixObject, fixObjectOr, fixTagged } from './fixers';
import { CURRENT_VERSION } from './migrations';
import { joinPath, typeName } from './report';
import { ACCOUNT_SCHEMAS, COST_SCHEMAS, LeadValueSchema, MarginRuleSchema, MarginSchema, NamePatternSchema, ProfileSchema, SettingsSchema } from './schema';
import type { CostKind } from '../roi/types';
import { LifetimeSchema } from './lifetime';

// ------------------------------------------------------------------- costs

/** Labels are free text, so only a missing or blank one is replaced. */
const fixLabel =
  (kind: CostKind): FieldFixer =>
  (raw, path, log) => {
    if (typeof raw === 'string' && raw.trim() !== '') return raw;
    if (typeof raw === 'number' && Number.isFinite(raw)) {
      log.push({ path, problem: 'was a number', action: 'converted', before: raw });
      return String(raw);
    }
    const problem = raw === undefined ? 'missing' : typeof raw === 'string' ? 'empty' : 'must be text';
    log.push(raw === undefined ? { path, problem, action: 'added' } : { path, problem, action: 'reset-to-default', before: raw });
    return DEFAULT_COST_LABELS[kind];
  };

/**
 * A scope that cannot be read is dropped, so the cost applies to all rows:
 * still counted, only spread differently, and reported.
 */
const fixScope: FieldFixer = (raw, path, log) => {
  if (raw === undefined) return ABSENT;
  if (raw === null) return null;
  const fixed = fixObject(raw, path, { schema: NamePatternSchema, defaults: {} }, log);
  if (fixed.ok) return fixed.value;
  log.push({ path, problem: fixed.problem, action: 'removed', before: raw });
  return ABSENT;
};

function costSpec(kind: CostKind): ObjectSpec {
  const defaults: Record<string, unknown> = { ...defaultCost(kind, '1970-01-01') };
  // A one-off cost with an unreadable date is dropped, not re-dated: any
  // date we picked would charge its whole amount to a period the user did
  // not choose.
  delete defaults['date'];
  return {
    schema: COST_SCHEMAS[kind],
    defaults,
    fields: { label: fixLabel(kind), scope: fixScope },
  };
}

const COST_SPECS: Readonly<Record<CostKind, ObjectSpec>> = {
  percentOfRevenue: costSpec('percentOfRevenue'),
  perConversion: costSpec('perConversion'),
  percentOfSpend: costSpec('percentOfSpend'),
  monthly: costSpec('monthly'),
  staffTime: costSpec('staffTime'),
  oneOff: costSpec('oneOff'),
};

const fixCosts: FieldFixer = (raw, path, log) =>
  fixList(raw, path, log, (item, itemPath, itemLog) => fixTagged(item, itemPath, itemLog, 'kind', COST_SPECS)).map((entry) => entry.value);

// ------------------------------------------------------------------ margin

/** Rules have nothing to fall back on: a rule without its pattern or margin is no rule. */
const fixRule = (item: unknown, path: string, log: Log): Fixed<Record<string, unknown>> =>
  fixObject(item, path, { schema: MarginRuleSchema, defaults: {} }, log);

const MARGIN_SPEC: ObjectSpec = {
  schema: MarginSchema,
  defaults: { default: DEFAULT_MARGIN, rules: [] },
  fields: {
    rules: (raw, path, log) => fixList(raw, path, log, fixRule).map((entry) => entry.value),
  },
};

const fixMargin: FieldFixer = (raw, path, log) => {
  // A bare number is what "margin" means in everyday speech and in a
  // hand-written file; it is the default margin with no rules.
  const bare = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof bare === 'number' && MarginSchema.shape.default.safeParse(bare).success) {
    log.push({ path, problem: `was ${typeName(raw)}, read as the default margin`, action: 'converted', before: raw });
    return { default: bare, rules: [] };
  }
  return fixObjectOr(raw, path, MARGIN_SPEC, log, MARGIN_SPEC.defaults);
};

/**
 * Close rate and deal value only mean something together; a lead value
 * missing either is cleared (the row then says its value is unknown) rather
 * than completed with an invented figure.
 */
const fixLeadValue: FieldFixer = (raw, path, log) => {
  if (raw === null) return null;
  return fixObjectOr(raw, path, { schema: LeadValueSchema, defaults: {} }, log, null);
};

/**
 * Like the lead value: a lifetime view missing a field is cleared (badges
 * fall back to the first-order ROI) rather than completed with a guess, since
 * every guess here would add repeat orders the user never entered.
 */
const fixLifetime: FieldFixer = (raw, path, log) => {
  if (raw === null) return null;
  return fixObjectOr(raw, path, { schema: LifetimeSchema, defaults: {} }, log, null);
};

// ---------------------------------------------------------------- profiles

/** `platform:id` → id of the first profile that lists it. */
type AccountOwners = Map<string, string>;

function fixAccounts(owners: AccountOwners): FieldFixer {
  return (raw, path, log, fixedSoFar) => {
    const owner = String(fixedSoFar['id']);
    const list = fixList(raw, path, log, (item, itemPath, itemLog) => fixTagged(item, itemPath, itemLog, 'platform', ACCOUNT_SPECS));
    return list.flatMap(({ index, value }) => {
      const key = `${String(value['platform'])}:${String(value['id'])}`;
      const first = owners.get(key);
      if (first === undefined) {
        owners.set(key, owner);
        return [value];
      }
      const before: unknown = Array.isArray(raw) ? raw[index] : value;
      log.push({ path: joinPath(path, index), problem: `account already listed in profile "${first}"`, action: 'removed', before });
      return [];
    });
  };
}

const ACCOUNT_SPECS: Readonly<Record<string, ObjectSpec>> = Object.fromEntries(
  Object.entries(ACCOUNT_SCHEMAS).map(([platform, schema]) => [platform, { schema, defaults: {} }]),
);

function fixProfile(raw: unknown, path: string, log: Log, index: number, owners: AccountOwners) {
  const { id: _id, name: _name, ...defaults } = defaultProfile();
  return fixObject(
    raw,
    path,
    {
      schema: ProfileSchema,
      defaults: { ...defaults, id: `profile-${index + 1}`, name: `Profile ${index + 1}` },
      fields: {
        accounts: fixAccounts(owners),
        margin: fixMargin,
        leadValue: fixLeadValue,
        costs: fixCosts,
        lifetime: fixLifetime,
      },
    },
    log,
  );
}

/** Renames later duplicates (`shop` → `shop-2`): two profiles, both kept. */
function dedupeIds(profiles: { index: number; value: Record<string, unknown> }[], log: Log): void {
  const taken = new Set(profiles.map((p) => String(p.value['id'])));
  const seen = new Set<string>();
  for (const profile of profiles) {
    const id = String(profile.value['id']);
    if (!seen.has(id)) {
      seen.add(id);
      continue;
    }
    let n = 2;
    while (taken.has(`${id}-${n}`)) n += 1;
    const renamed = `${id}-${n}`;
    taken.add(renamed);
    seen.add(renamed);
    profile.value['id'] = renamed;
    log.push({ path: `profiles[${profile.index}].id`, problem: 'duplicate profile id', action: 'converted', before: id });
  }
}

function fixProfiles(raw: unknown, log: Log, origins: Map<number, string>): Record<string, unknown>[] {
  const owners: AccountOwners = new Map();
  const profiles = fixList(raw, 'profiles', log, (item, path, itemLog, index) => fixProfile(item, path, itemLog, index, owners));
  dedupeIds(profiles, log);
  for (const p of profiles) origins.set(p.index, String(p.value['id']));
  if (profiles.length > 0) return profiles.map((p) => p.value);
  log.push({ path: 'profiles', problem: 'no usable profile', action: 'added' });
  return [defaultProfile()];
}

// ---------------------------------------------------------------- settings

export function fixSettings(data: Record<string, unknown>, log: Log, origins: Map<number, string>): Fixed<Record<string, unknown>> {
  const profiles = fixProfiles(data['profiles'], log, origins);
  // Optional fields stay absent when absent: absent already means their default.
  const { profiles: _profiles, sync: _sync, rememberTables: _r, historyMonths: _m, ...defaults } = defaultSettings();
  return fixObject(
    data,
    '',
    {
      schema: SettingsSchema,
      // The configured default may be gone; the first profile is the user's
      // own, while the built-in default profile might not exist any more.
      defaults: { ...defaults, defaultProfile: String(profiles[0]?.['id']) },
      fields: {
        version: () => CURRENT_VERSION, // migrate() has reported on it
        profiles: () => profiles,
      },
    },
    log,
  );
}
