/**
 * From what the adapter read and what the user saved to what the overlay
 * shows: the engine over the table, one view per badge. Pure. A model cache
 * (the overlay keeps one per page) reuses a row's view while its read and
 * its split of the fixed costs are unchanged, so a pass after a change runs
 * the engine over the changed rows only; the model equals a fresh one.
 */
import { computeTableRow, computeTableTotals, scopeFlags, splitTable, type ComputeTableInput } from '../roi/table';
import { lifetimeOfRow, type RowLifetime } from '../roi/lifetime-row';
import type { Profile, RoiResult } from '../roi/types';
import type { ExtractedRow, ExtractedTable, ExtractedTotals, MetricKey } from '../platforms/contract/types';
import { rowReasons, type ReasonCode } from './reasons';

export const TOTALS_KEY = 'total';

export interface BadgeView {
  key: string;
  name: string | null;
  result: RoiResult;
  reasons: ReasonCode[];
  /** The ROI the badge shows, or null when it shows none (then `roiAttr` is `na`). */
  roi: number | null;
  /** The `data-roi` attribute: the ROI fraction, or `na`. */
  roiAttr: string;
  /** The lifetime view; null when the profile has none. */
  lifetime: RowLifetime | null;
  /** The lifetime ROI shown, on the same terms as `roi`: null when it is not shown. */
  lifetimeRoi: number | null;
  /** The `data-lifetime-roi` attribute: the fraction or `na`; null (no attribute) without a lifetime view. */
  lifetimeAttr: string | null;
  /** What its figure rests on (the model's basis). */
  basis: Basis;
}

export interface PageProblem {
  code: ReasonCode | 'currency-assumed' | 'state';
  params: Record<string, string>;
}

/**
 * What the figures rest on: `saved` settings, `assumed` defaults (nothing
 * saved yet: every number is provisional and says so), or `blocked`
 * (a setting that changes the figures could not be read: no number).
 */
export type Basis = 'saved' | 'assumed' | 'blocked';

export interface OverlayModel {
  rows: BadgeView[];
  totals: BadgeView | null;
  problems: PageProblem[];
  basis: Basis;
}

export interface ModelInput {
  meta: Pick<ExtractedTable, 'columns' | 'currency' | 'period' | 'periodText'>;
  columnLabels: Partial<Record<MetricKey, string>>;
  /** The platform's name for a column the page does not show, in the page's language. */
  columnName?: (metric: MetricKey) => string;
  rows: readonly ExtractedRow[];
  totals: readonly ExtractedTotals[];
  profile: Profile;
  profileName: string;
  targetRoi: number;
  /** Default `saved`. */
  basis?: Basis;
  /** Views kept from earlier passes (the overlay's); without one every row goes through the engine. */
  cache?: ModelCache;
}

/** The totals row whose badge is `total`: the table's own, else the account's. */
export function primaryTotals(totals: readonly ExtractedTotals[]): ExtractedTotals | null {
  return totals.find((t) => t.scope === 'table') ?? totals[0] ?? null;
}

function view(key: string, name: string | null, result: RoiResult, found: ReasonCode[], profile: Profile, basis: Basis): BadgeView {
  // Unreadable settings come first: any other reason would suggest a fix that does not bring the number back.
  const reasons: ReasonCode[] = basis === 'blocked' ? ['settings-repaired'] : found;
  const roi = reasons.length === 0 && result.status === 'ok' ? result.roi : null;
  const lifetime = profile.lifetime && basis !== 'blocked' ? lifetimeOfRow(result, profile.lifetime) : null;
  // Shown on exactly the terms of the first-order ROI: a row still loading shows neither.
  const lifetimeRoi = roi !== null && lifetime?.status === 'ok' ? lifetime.lifetimeRoi : null;
  return {
    key,
    name,
    result,
    reasons,
    roi,
    roiAttr: roi === null ? 'na' : String(roi),
    lifetime,
    lifetimeRoi,
    lifetimeAttr: profile.lifetime ? (lifetimeRoi === null ? 'na' : String(lifetimeRoi)) : null,
    basis,
  };
}

interface RowEntry {
  profile: Profile;
  /** In the scope of each cost of `profile`. */
  flags: boolean[];
  /** The fixed costs whose split this row's figure depends on (its scope flags as 0/1). */
  mask: string;
  /** What the view was computed with: the pass context and the splits of the costs in its scope. */
  key: string;
  view: BadgeView | null;
}

/**
 * Rows' views kept between passes, by read: the adapter's read of an unchanged
 * row is the same object from pass to pass (its figures are never mutated).
 * Cleared when the settings change.
 */
export interface ModelCache {
  rows: WeakMap<ExtractedRow, RowEntry>;
  clear(): void;
}

export function createModelCache(): ModelCache {
  return {
    rows: new WeakMap(),
    clear() {
      this.rows = new WeakMap();
    },
  };
}

const figures = (r: ExtractedRow | ExtractedTotals, name: string | null) => ({
  spend: r.spend,
  conversions: r.conversions,
  conversionValue: r.conversionValue,
  platformRoas: r.roas,
  name,
});

export function buildModel(input: ModelInput): OverlayModel {
  const { meta, profile, cache = createModelCache() } = input;
  const account = input.totals.find((t) => t.scope === 'account');
  const totals = primaryTotals(input.totals);
  const basis = input.basis ?? 'saved';
  const table: ComputeTableInput = {
    // The split reads each row's spend only.
    rows: input.rows,
    totals: totals ? figures(totals, null) : null,
    accountSpend: account && account !== totals ? account.spend : null,
    profile,
    period: meta.period,
    targetRoi: input.targetRoi,
    currency: meta.currency,
  };
  const entries = input.rows.map((r) => {
    let e = cache.rows.get(r);
    if (!e || e.profile !== profile) {
      const flags = scopeFlags(profile, r.name);
      e = { profile, flags, mask: flags.map(Number).join(''), key: '', view: null };
      cache.rows.set(r, e);
    }
    return e;
  });
  const split = splitTable(table, (i) => entries[i]!.flags);
  // Everything else a row's view depends on; the profile is the entry's own.
  const context = JSON.stringify([meta.period, input.targetRoi, meta.currency, basis, meta.columns]);
  const keys = new Map<string, string>();
  const keyOf = (mask: string) => {
    let key = keys.get(mask);
    if (key === undefined) {
      // A split with base > 0 gives spend / base whatever the count; with base ≤ 0, 1 / count.
      const parts = split.costs.map((c, j) => (c && mask[j] === '1' ? (c.base > 0 ? String(c.base) : `0/${c.count}`) : ''));
      key = `${context}|${parts.join(',')}`;
      keys.set(mask, key);
    }
    return key;
  };
  const rows = input.rows.map((r, i) => {
    const e = entries[i]!;
    const key = keyOf(e.mask);
    if (e.view === null || e.key !== key) {
      const result = computeTableRow(table, split, figures(r, r.name), e.flags);
      e.view = view(r.key, r.name, result, rowReasons(result, meta.columns, r.pending), profile, basis);
      e.key = key;
    }
    return e.view;
  });
  const totalsResult = computeTableTotals(
    table,
    split,
    rows.map((v) => v.result),
  );
  const totalsView =
    totals && totalsResult ? view(TOTALS_KEY, totals.label, totalsResult, rowReasons(totalsResult, meta.columns, totals.pending), profile, basis) : null;
  return { rows, totals: totalsView, problems: pageProblems(input, [...rows, ...(totalsView ? [totalsView] : [])]), basis };
}

/** Table-level problems, in plain words, each once. */
function pageProblems(input: ModelInput, views: readonly BadgeView[]): PageProblem[] {
  const seen = new Set<ReasonCode>();
  for (const v of views) for (const r of v.reasons) seen.add(r);
  const problems: PageProblem[] = [];
  const DEFAULT_NAMES: Record<MetricKey, string> = { spend: 'Cost', conversions: 'Conversions', conversionValue: 'Conv. value', roas: 'ROAS' };
  const label = (m: MetricKey) => input.columnLabels[m] ?? input.columnName?.(m) ?? DEFAULT_NAMES[m];
  if (seen.has('currency-mismatch')) {
    problems.push({ code: 'currency-mismatch', params: { page: input.meta.currency ?? '?', expected: input.profile.currency, profile: input.profileName } });
  }
  if (seen.has('spend-column-missing')) problems.push({ code: 'spend-column-missing', params: { column: label('spend') } });
  if (seen.has('conversions-column-missing')) problems.push({ code: 'conversions-column-missing', params: { column: label('conversions') } });
  if (seen.has('value-missing')) problems.push({ code: 'value-missing', params: { column: label('conversionValue') } });
  if (seen.has('period-unknown')) problems.push({ code: 'period-unknown', params: { text: input.meta.periodText ?? '' } });
  if (seen.has('margin-mix')) problems.push({ code: 'margin-mix', params: {} });
  if (!input.meta.currency && views.length > 0) problems.push({ code: 'currency-assumed', params: { currency: input.profile.currency } });
  return problems;
}
