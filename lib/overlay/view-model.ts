/**
 * From what the adapter read and what the user saved to what the overlay
 * shows: one engine call per table, one view per badge. Pure.
 */
import { computeTable } from '../roi';
import { lifetimeOfRow, type RowLifetime } from '../roi/lifetime-row';
import type { Period, Profile, RoiResult } from '../roi/types';
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
  /**
   * The figures include values kept from cells that scrolled out of view
   * (same row, period, filter and settings): the badge marks them.
   */
  kept?: boolean;
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

export function buildModel(input: ModelInput): OverlayModel {
  const { meta, profile } = input;
  const account = input.totals.find((t) => t.scope === 'account');
  const totals = primaryTotals(input.totals);
  const period: Period | null = meta.period;
  const figures = (r: ExtractedRow | ExtractedTotals, name: string | null) => ({
    spend: r.spend,
    conversions: r.conversions,
    conversionValue: r.conversionValue,
    platformRoas: r.roas,
    name,
  });
  const table = computeTable({
    rows: input.rows.map((r) => figures(r, r.name)),
    totals: totals ? figures(totals, null) : null,
    accountSpend: account && account !== totals ? account.spend : null,
    profile,
    period,
    targetRoi: input.targetRoi,
    currency: meta.currency,
  });
  const basis = input.basis ?? 'saved';
  const rows = input.rows.map((r, i) => {
    const result = table.rows[i]!;
    return view(r.key, r.name, result, rowReasons(result, meta.columns, r.pending), profile, basis);
  });
  const totalsView =
    totals && table.totals ? view(TOTALS_KEY, totals.label, table.totals, rowReasons(table.totals, meta.columns, totals.pending), profile, basis) : null;
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
