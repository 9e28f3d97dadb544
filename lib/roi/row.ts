/** The per-row formulas of the ROI model. Full precision; rounding is for display only. */
import { fixedCostInPeriod, isFixedCost } from './fixed-costs';
import { marginFor, matchesPattern } from './patterns';
import type {
  CostLine, MissingInput, Period, Profile, RoasThreshold, RoiResult, RowFigures,
} from './types';

export const DEFAULT_TARGET_ROI = 0.5;

export interface ComputeRoiInput {
  figures: RowFigures;
  profile: Profile;
  period: Period | null;
  /**
   * The row's share of each fixed cost, when the caller has already
   * allocated: one number for every cost, or an array indexed like
   * `profile.costs` (0 for a cost out of scope). Default 1: the row carries
   * every fixed cost in its scope, as in the popup calculator.
   */
  share?: number | readonly number[];
  /**
   * Each fixed cost's amount over `period`, indexed like `profile.costs`,
   * when the caller has computed them already (a table computes them once,
   * not once per row). Must be `fixedCostInPeriod(cost, period)`.
   */
  fixedAmounts?: readonly number[];
  /** Target ROI k for the target ROAS (default 0.5). */
  targetRoi?: number;
  /** Currency shown on the page; a mismatch with the profile makes the row incomplete. */
  currency?: string | null;
  /** Margin rate to use instead of the campaign rules (blended margin of a totals row). */
  marginRate?: number;
}

function known(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Conversion value V and how it was obtained. */
function resolveValue(f: RowFigures, S: number | null, N: number | null, profile: Profile) {
  const lead = profile.leadValue;
  const leadV = lead && N != null ? N * lead.closeRate * lead.dealValue : null;
  const V = known(f.conversionValue) ? f.conversionValue : null;
  const P = known(f.platformRoas) ? f.platformRoas : null;
  // Lead-generation tables report no value (empty, or 0 with conversions).
  const noValueReported = V == null ? P == null || P === 0 : V === 0 && (N ?? 0) > 0;
  if (leadV != null && noValueReported) return { V: leadV, estimated: false, fromLeads: true };
  if (V != null) return { V, estimated: false, fromLeads: false };
  if (P != null && S != null) return { V: P * S, estimated: true, fromLeads: false };
  return { V: null, estimated: false, fromLeads: false };
}

function roasThreshold(numerator: number, denominator: number): RoasThreshold {
  return denominator > 0 ? numerator / denominator : 'unreachable';
}

export function computeRoi(input: ComputeRoiInput): RoiResult {
  const { figures, profile, period } = input;
  const k = input.targetRoi ?? DEFAULT_TARGET_ROI;
  const missing: MissingInput[] = [];
  if (input.currency && input.currency !== profile.currency) missing.push('currency');

  const S = known(figures.spend) ? figures.spend : null;
  if (S == null) missing.push('spend');
  const N = known(figures.conversions) ? figures.conversions : null;
  const { V, estimated, fromLeads } = resolveValue(figures, S, N, profile);
  if (V == null) missing.push('conversionValue');

  const m = input.marginRate ?? marginFor(profile, figures.name);
  const mPrime = (m * (1 - profile.returnRate)) / (1 + profile.vatIncluded);
  const s = S ?? 0;
  const v = V ?? 0;

  const variableCosts: CostLine[] = [];
  const fixedCosts: CostLine[] = [];
  let p = 0; // Σ percent-of-revenue rates
  let c = 0; // Σ per-conversion amounts
  let a = 0; // Σ percent-of-spend rates
  let periodNeeded = false;

  profile.costs.forEach((cost, index) => {
    if (isFixedCost(cost)) {
      const inScope = !cost.scope || figures.name == null || matchesPattern(cost.scope, figures.name);
      const share = Array.isArray(input.share)
        ? (input.share[index] ?? 0)
        : inScope ? ((input.share as number | undefined) ?? 1) : 0;
      if (share === 0) return;
      if (!period) {
        periodNeeded = true;
        return;
      }
      const amount = input.fixedAmounts?.[index] ?? fixedCostInPeriod(cost, period);
      fixedCosts.push({ label: cost.label, kind: cost.kind, amount: amount * share });
      return;
    }
    switch (cost.kind) {
      case 'percentOfRevenue':
        p += cost.rate;
        variableCosts.push({ label: cost.label, kind: cost.kind, amount: cost.rate * v });
        break;
      case 'perConversion':
        c += cost.amount;
        variableCosts.push({ label: cost.label, kind: cost.kind, amount: cost.amount * (N ?? 0) });
        break;
      case 'percentOfSpend':
        a += cost.rate;
        variableCosts.push({ label: cost.label, kind: cost.kind, amount: cost.rate * s });
        break;
    }
  });
  if (c > 0 && N == null) missing.push('conversions');
  if (periodNeeded) missing.push('period');

  const G = v * mPrime;
  const Cv = sum(variableCosts);
  const F = sum(fixedCosts);
  const C = s + Cv + F;
  const pi = G - C;
  const valueKnown = S != null && V != null;
  const roi = valueKnown && C > 0 ? pi / C : null;
  const reportedV = known(figures.conversionValue) ? figures.conversionValue : null;
  const platformRoas = known(figures.platformRoas)
    ? figures.platformRoas
    : reportedV != null && s > 0 ? reportedV / s : null;
  const aov = V != null && N != null && N > 0 ? V / N : null;

  // Thresholds need every cost: without N (order costs) or the period (fixed
  // costs) they would be too optimistic, so they are unknown, not guessed.
  let breakEvenRoas: RoasThreshold = 'unknown';
  let targetRoas: RoasThreshold = 'unknown';
  const orderCostsKnown = c === 0 || (aov != null && aov > 0);
  if (S != null && s > 0 && orderCostsKnown && !missing.includes('conversions') && !periodNeeded) {
    const u = p + (c > 0 ? c / (aov as number) : 0);
    const costBase = s * (1 + a) + F;
    breakEvenRoas = roasThreshold(costBase, s * (mPrime - u));
    targetRoas = roasThreshold((1 + k) * costBase, s * (mPrime - (1 + k) * u));
  }

  let breakEvenSpend: RoiResult['breakEvenSpend'] = 'unknown';
  if (missing.length === 0 && !estimated) {
    const marginBeforeSpend = G - p * v - c * (N ?? 0) - F;
    breakEvenSpend = marginBeforeSpend > 0 ? marginBeforeSpend / (1 + a) : 'unreachable';
  }

  return {
    status: missing.length ? 'incomplete' : 'ok',
    missing,
    spend: S,
    conversions: N,
    conversionValue: V,
    valueEstimated: estimated,
    valueFromLeads: fromLeads,
    marginRate: m,
    effectiveMargin: mPrime,
    grossMargin: G,
    variableCosts,
    variableTotal: Cv,
    fixedCosts,
    fixedTotal: F,
    totalCost: C,
    netProfit: pi,
    roi,
    gainRatio: valueKnown && C > 0 ? G / C : null,
    platformRoas,
    poas: valueKnown && s > 0 ? (G - p * v - c * (N ?? 0)) / s : null,
    aov,
    breakEvenRoas,
    targetRoi: k,
    targetRoas,
    breakEvenSpend,
  };
}

function sum(lines: readonly CostLine[]): number {
  return lines.reduce((t, l) => t + l.amount, 0);
}
