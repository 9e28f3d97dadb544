/**
 * The overlay keeps each row's view between passes (lib/overlay/view-model,
 * ModelCache). Whatever happens to the table — figures, names, loading cells,
 * rows added or removed, the allocation base (totals, account spend), period,
 * target, currency, basis, columns, settings — the model built with the kept
 * views must equal a model built from scratch, and the engine's computeTable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, createModelCache, type ModelInput } from '../../../lib/overlay/view-model';
import { computeTable, type Cost, type Period, type Profile } from '../../../lib/roi';
import type { ExtractedRow, ExtractedTotals, MetricKey } from '../../../lib/platforms/contract/types';
import { profileWith } from '../../shared/profile';

const cents = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);
const figure = fc.oneof({ weight: 6, arbitrary: cents(0, 50_000) }, { weight: 1, arbitrary: fc.constant(null) });
const NAMES = ['Shopping 1', 'Shopping 2', 'Search 1', 'Search 7', 'Brand', null] as const;
const METRICS: readonly MetricKey[] = ['spend', 'conversions', 'conversionValue', 'roas'];
const scope = fc.option(fc.constantFrom({ match: 'contains' as const, pattern: 'shop' }, { match: 'regex' as const, pattern: '7$' }), { nil: null });
const cost: fc.Arbitrary<Cost> = fc.oneof(
  fc.constant({ kind: 'percentOfRevenue' as const, label: 'p', rate: 0.02 }),
  fc.constant({ kind: 'perConversion' as const, label: 'c', amount: 4 }),
  fc.constant({ kind: 'percentOfSpend' as const, label: 'a', rate: 0.1 }),
  fc.record({ amount: cents(0, 2000), scope }).map((c) => ({ kind: 'monthly' as const, label: 'm', ...c })),
  fc.record({ amount: cents(1, 900), scope, day: fc.integer({ min: 1, max: 28 }) }).map(({ day, ...c }) => ({
    kind: 'oneOff' as const,
    label: 'o',
    date: `2025-11-${String(day).padStart(2, '0')}`,
    ...c,
  })),
);
const profile: fc.Arbitrary<Profile> = fc
  .record({
    costs: fc.array(cost, { maxLength: 5 }),
    rules: fc.boolean(),
    lifetime: fc.boolean(),
  })
  .map(({ costs, rules, lifetime }) => ({
    currency: 'EUR',
    margin: { default: 0.5, rules: rules ? [{ match: 'contains' as const, pattern: 'search', margin: 0.3 }] : [] },
    vatIncluded: 0,
    returnRate: 0.05,
    leadValue: null,
    costs,
    lifetime: lifetime ? { purchasesPerYear: 3, years: 2, newCustomerShare: 0.8 } : null,
  }));
const newRow = fc.record({
  name: fc.constantFrom(...NAMES),
  spend: figure,
  conversions: figure,
  conversionValue: figure,
  roas: figure,
  pending: fc.subarray([...METRICS], { maxLength: 2 }),
});
const PERIODS: (Period | null)[] = [{ start: '2025-11-01', end: '2025-11-30' }, { start: '2025-11-01', end: '2025-11-07' }, null];

type State = Omit<ModelInput, 'cache'>;
type Op = (s: State) => State;
let serial = 0;
const toRow = (r: Omit<ExtractedRow, 'key'>): ExtractedRow => ({ key: `campaign:${++serial}`, ...r });
const at = (s: State, i: number) => (s.rows.length ? i % s.rows.length : -1);
const replace = (s: State, i: number, f: (r: ExtractedRow) => ExtractedRow): State =>
  at(s, i) < 0 ? s : { ...s, rows: s.rows.map((r, j) => (j === at(s, i) ? f(r) : r)) };
const totalsRow = (scopeOf: 'table' | 'account', spend: number | null): ExtractedTotals => ({
  scope: scopeOf,
  label: scopeOf === 'table' ? 'Total: Campaigns' : 'Total: Account',
  spend,
  conversions: 120,
  conversionValue: 9000,
  roas: null,
});

const op: fc.Arbitrary<Op> = fc.oneof(
  // A row's figures change (a new read of its element).
  fc.record({ i: fc.nat(), r: newRow }).map(
    ({ i, r }) =>
      (s: State) =>
        replace(s, i, (old) => ({ ...old, ...r, name: old.name })),
  ),
  // Re-read with nothing changed: a new object, the same content.
  fc.nat().map((i) => (s: State) => replace(s, i, (old) => ({ ...old }))),
  fc.record({ i: fc.nat(), name: fc.constantFrom(...NAMES) }).map(
    ({ i, name }) =>
      (s: State) =>
        replace(s, i, (old) => ({ ...old, name })),
  ),
  fc.record({ i: fc.nat(), r: newRow }).map(({ i, r }) => (s: State) => {
    const rows = [...s.rows];
    rows.splice(i % (rows.length + 1), 0, toRow(r));
    return { ...s, rows };
  }),
  fc.nat().map((i) => (s: State) => ({ ...s, rows: s.rows.filter((_, j) => j !== at(s, i)) })),
  // The allocation base: the totals row's and the account's spend.
  fc.record({ table: fc.option(figure, { nil: undefined }), account: fc.option(figure, { nil: undefined }) }).map(({ table, account }) => (s: State) => ({
    ...s,
    totals: [...(account !== undefined ? [totalsRow('account', account)] : []), ...(table !== undefined ? [totalsRow('table', table)] : [])],
  })),
  fc.constantFrom(...PERIODS).map((period) => (s: State) => ({ ...s, meta: { ...s.meta, period } })),
  fc.constantFrom(0.3, 0.5, 1).map((targetRoi) => (s: State) => ({ ...s, targetRoi })),
  fc.constantFrom('EUR', 'USD', null).map((currency) => (s: State) => ({ ...s, meta: { ...s.meta, currency } })),
  fc.constantFrom('saved' as const, 'assumed' as const, 'blocked' as const).map((basis) => (s: State) => ({ ...s, basis })),
  fc.boolean().map((conv) => (s: State) => ({ ...s, meta: { ...s.meta, columns: { ...s.meta.columns, conversions: conv } } })),
  // New settings: the same figures in a new profile object, or another profile.
  fc.constant((s: State) => ({ ...s, profile: { ...s.profile } })),
  profile.map((p) => (s: State) => ({ ...s, profile: p })),
  fc.constant((s: State) => s),
);

function start(p: Profile, rows: Omit<ExtractedRow, 'key'>[]): State {
  return {
    meta: { columns: { spend: true, conversions: true, conversionValue: true, roas: true }, currency: 'EUR', period: PERIODS[0]!, periodText: 'Nov 2025' },
    columnLabels: {},
    rows: rows.map(toRow),
    totals: [totalsRow('table', 20_000)],
    profile: p,
    profileName: 'Shop',
    targetRoi: 0.5,
  };
}

describe('model cache', () => {
  it('after any sequence of table and settings changes, the cached model equals a fresh one and the engine', () => {
    fc.assert(
      fc.property(profile, fc.array(newRow, { maxLength: 8 }), fc.array(op, { minLength: 1, maxLength: 25 }), (p, rows, ops) => {
        const cache = createModelCache();
        let s = start(p, rows);
        buildModel({ ...s, cache });
        for (const f of ops) {
          s = f(s);
          const cached = buildModel({ ...s, cache });
          const fresh = buildModel(s);
          expect(cached).toEqual(fresh);
          const primary = s.totals.find((t) => t.scope === 'table') ?? s.totals[0] ?? null;
          const account = s.totals.find((t) => t.scope === 'account');
          const engine = computeTable({
            rows: s.rows.map((r) => ({ ...r, platformRoas: r.roas })),
            totals: primary && { ...primary, platformRoas: primary.roas, name: null },
            accountSpend: account && account !== primary ? account.spend : null,
            profile: s.profile,
            period: s.meta.period,
            targetRoi: s.targetRoi,
            currency: s.meta.currency,
          });
          expect(cached.rows.map((v) => v.result)).toEqual(engine.rows);
          expect(cached.totals?.result ?? null).toEqual(primary ? engine.totals : null);
        }
      }),
    );
  }, 60_000);

  it('runs the engine again only for the rows whose read or split changed', () => {
    const p = profileWith([
      { kind: 'monthly', label: 'Tool', amount: 300 },
      { kind: 'monthly', label: 'Shop photos', amount: 200, scope: { match: 'contains', pattern: 'shop' } },
    ]);
    const rows = ['Search 1', 'Search 2', 'Shopping 1', 'Shopping 2'].map((name, i) => ({
      name,
      spend: 100 * (i + 1),
      conversions: 10,
      conversionValue: 900,
      roas: null,
      pending: [],
    }));
    const cache = createModelCache();
    let s = start(p, rows);
    const first = buildModel({ ...s, cache });
    // Search 1's figures change: the Tool cost is split on the totals row's spend, so no other row moves.
    s = { ...s, rows: [{ ...s.rows[0]!, spend: 150 }, ...s.rows.slice(1)] };
    const second = buildModel({ ...s, cache });
    expect(second.rows[0]).not.toBe(first.rows[0]);
    expect(second.rows.slice(1)).toEqual(first.rows.slice(1));
    for (let i = 1; i < 4; i++) expect(second.rows[i]).toBe(first.rows[i]);
    // Shopping 1 changes: the scoped cost's base (the spend of the rows in its scope) moves, so both shopping rows change.
    s = { ...s, rows: [...s.rows.slice(0, 2), { ...s.rows[2]!, spend: 50 }, s.rows[3]!] };
    const third = buildModel({ ...s, cache });
    expect(third.rows[0]).toBe(second.rows[0]);
    expect(third.rows[1]).toBe(second.rows[1]);
    expect(third.rows[3]).not.toBe(second.rows[3]);
    expect(third.rows[3]!.roi).not.toBe(second.rows[3]!.roi);
    // The totals row's spend is the base of the Tool cost: every row's figure changes.
    s = { ...s, totals: [totalsRow('table', 30_000)] };
    const fourth = buildModel({ ...s, cache });
    for (let i = 0; i < 4; i++) expect(fourth.rows[i]!.roi).not.toBe(third.rows[i]!.roi);
    expect(fourth).toEqual(buildModel(s));
  });
});
