import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../lib/settings';
import { SettingsSchema, compilesAsRegex, readSettings } from '../../../lib/settings';

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
const rate = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const money = fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true });
// Settings come from storage or a JSON file, so their objects always have
// Object.prototype. fc.record's default also makes null-prototype objects,
// which isDeepStrictEqual tells apart from the schema's output: with that
// default, the validSettings filter below threw away 98 % of its draws.
const plain = { noNullPrototype: true } as const;
const pattern = fc.oneof(
  fc.record({ match: fc.constant('contains' as const), pattern: fc.string({ minLength: 1, maxLength: 10 }) }, plain),
  fc.record(
    {
      match: fc.constant('regex' as const),
      pattern: fc.string({ minLength: 1, maxLength: 10 }).filter(compilesAsRegex),
    },
    plain,
  ),
);
const base = { id: fc.string({ maxLength: 6 }), label: text };
const span = { from: fc.option(isoDate), until: fc.option(isoDate), scope: fc.option(pattern) };

/** `until` is never before `from`. */
function ordered<T extends { from?: string | null; until?: string | null }>(cost: T): T {
  const { from, until } = cost;
  return from && until && until < from ? { ...cost, from: until, until: from } : cost;
}

const cost = fc.oneof(
  fc.record({ kind: fc.constant('percentOfRevenue' as const), label: text, rate: rate(1) }, plain),
  fc.record({ kind: fc.constant('perConversion' as const), label: text, amount: money }, plain),
  fc.record({ kind: fc.constant('percentOfSpend' as const), label: text, rate: rate(10) }, plain),
  fc.record({ kind: fc.constant('monthly' as const), amount: money, ...base, ...span }, { ...plain, requiredKeys: ['kind', 'label', 'amount'] }).map(ordered),
  fc
    .record(
      { kind: fc.constant('staffTime' as const), hoursPerMonth: rate(744), hourlyRate: money, ...base, ...span },
      { ...plain, requiredKeys: ['kind', 'label', 'hoursPerMonth', 'hourlyRate'] },
    )
    .map(ordered),
  fc.record(
    {
      kind: fc.constant('oneOff' as const),
      amount: money,
      date: isoDate,
      ...base,
      amortizeMonths: fc.option(fc.integer({ min: 1, max: 120 })),
      scope: fc.option(pattern),
    },
    { ...plain, requiredKeys: ['kind', 'label', 'amount', 'date'] },
  ),
);

const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const account = fc.oneof(
  fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => ({ platform: 'google-ads' as const, id: `${a}-${b}-${c}` })),
  fc.stringMatching(/^\d{1,15}$/).map((id) => ({ platform: 'meta' as const, id })),
);

const profileWith = (minCosts: number) =>
  fc.record(
    {
      id: text,
      name: text,
      accounts: fc.array(account, { maxLength: 2 }),
      currency: fc.stringMatching(/^[A-Z]{3}$/),
      margin: fc.record(
        {
          default: rate(1),
          rules: fc.array(
            fc.tuple(pattern, rate(1)).map(([p, margin]) => ({ ...p, margin })),
            { maxLength: 2 },
          ),
        },
        plain,
      ),
      vatIncluded: rate(1),
      returnRate: fc.double({ min: 0, max: 0.99, noNaN: true }),
      leadValue: fc.option(fc.record({ closeRate: rate(1), dealValue: money }, plain)),
      costs: fc.array(cost, { minLength: minCosts, maxLength: Math.max(4, minCosts) }),
      lifetime: fc.option(
        fc.record(
          {
            purchasesPerYear: fc.double({ min: 1, max: 365, noNaN: true }),
            years: fc.double({ min: 1, max: 50, noNaN: true }),
            newCustomerShare: rate(1),
          },
          plain,
        ),
      ),
    },
    plain,
  );
const profile = profileWith(0);

/** Settings that the schema accepts exactly as they are; `first` makes the first profile. */
const settingsWith = (first: typeof profile): fc.Arbitrary<Settings> =>
  fc
    .record(
      {
        targetRoi: fc.double({ min: -1, max: 100, noNaN: true }),
        display: fc.constantFrom('percent' as const, 'ratio' as const),
        badgeRoi: fc.constantFrom('firstOrder' as const, 'lifetime' as const),
        language: fc.constantFrom('auto' as const, 'en' as const, 'fr' as const),
        first,
        others: fc.uniqueArray(profile, { maxLength: 2, selector: (p) => p.id }),
        sync: fc.boolean(),
        pick: fc.nat(),
      },
      { ...plain, requiredKeys: ['targetRoi', 'display', 'badgeRoi', 'language', 'first', 'others', 'pick'] },
    )
    .map(({ pick, first, others, ...rest }) => {
      const profiles = [first, ...others.filter((p) => p.id !== first.id)];
      return { version: 2 as const, ...rest, profiles, defaultProfile: profiles[pick % profiles.length]!.id };
    })
    .filter((s) => {
      // Drops the few that break a cross-field rule (e.g. two profiles listing one account).
      const parsed = SettingsSchema.safeParse(s);
      return parsed.success && isDeepStrictEqual(parsed.data, s);
    });
const validSettings = settingsWith(profile);

/** Every path to a value inside `value`, as keys. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  node[path[path.length - 1]!] = value;
  return copy;
}

describe('readSettings properties', () => {
  it('never throws, and always returns valid, settled settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (raw) => {
        const { settings } = readSettings(raw);
        expect(SettingsSchema.safeParse(settings).success).toBe(true);
        expect(readSettings(settings).repairs).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('returns valid settings unchanged, with zero repairs', () => {
    fc.assert(
      fc.property(validSettings, (settings) => {
        expect(readSettings(settings)).toEqual({ settings, repairs: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('survives any one field replaced by any JSON value', () => {
    const mutated = validSettings.chain((settings) =>
      fc.record({
        settings: fc.constant(settings),
        path: fc.constantFrom(...paths(settings)),
        value: fc.jsonValue({ maxDepth: 2 }),
      }),
    );
    fc.assert(
      fc.property(mutated, ({ settings, path, value }) => {
        const { settings: read, repairs } = readSettings(setAt(settings, path, value));
        expect(SettingsSchema.safeParse(read).success).toBe(true);
        expect(readSettings(read).repairs).toEqual([]);
        // A change anywhere in profile i leaves every other profile as it was.
        const [top, index] = path;
        if (top === 'profiles' && typeof index === 'number' && path.length > 2 && path[2] !== 'id' && path[2] !== 'accounts') {
          settings.profiles.forEach((profile, i) => {
            if (i !== index) expect(read.profiles[i]).toEqual(profile);
          });
          expect(repairs.every((r) => r.path.startsWith(`profiles[${index}]`))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // 300 runs of about 7 ms each (drawing valid settings through the schema, then three reads): measured
    // 2.1 s on 2 cores at load average 10 and 3.7 s at 20, over half of vitest's 5 s default.
  }, 15_000);

  it('loses nothing but the broken cost when one cost is broken', () => {
    // At least two costs, so that one is left to lose: generated, not filtered for.
    const broken = settingsWith(profileWith(2)).chain((settings) =>
      fc.record({
        settings: fc.constant(settings),
        index: fc.nat({ max: settings.profiles[0]!.costs.length - 1 }),
        value: fc.jsonValue({ maxDepth: 2 }),
      }),
    );
    fc.assert(
      fc.property(broken, ({ settings, index, value }) => {
        const { settings: read } = readSettings(setAt(settings, ['profiles', 0, 'costs', index], value));
        const others = settings.profiles[0]!.costs.filter((_, i) => i !== index);
        for (const cost of others) expect(read.profiles[0]!.costs).toContainEqual(cost);
      }),
      { numRuns: 100 },
    );
  });
});
