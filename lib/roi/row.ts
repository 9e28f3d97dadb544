/** The per-row formulas of the ROI model. Full precision; rounding is for display only. */
import { fixedCostInPeriod, isFixedCost } from './fixed-costs';
import { marginFor, matchesPattern } from './patterns';
import type { CostLine, MissingInput, Period, Profile, RoasThreshold, RoiIncomplete, RoiInputs, RoiOk, RoiResult, RowFigures } from './types';

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

/**
 * One row's real ROI. Incomplete when an input is missing: the result then
 * names it and carries no figure (check `status` before reading one).
 */
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
      const share = Array.isArray(input.share) ? (input.share[index] ?? 0) : inScope ? ((input.share as number | undefined) ?? 1) : 0;
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

  const reportedV = known(figures.conversionValue) ? figures.conversionValue : null;
  const inputs: RoiInputs = {
    spend: S,
    conversions: N,
    conversionValue: V,
    valueEstimated: estimated,
    valueFromLeads: fromLeads,
    platformRoas: known(figures.platformRoas) ? figures.platformRoas : reportedV != null && S != null && S > 0 ? reportedV / S : null,
    marginRate: m,
    effectiveMargin: mPrime,
    targetRoi: k,
  };
  // Any figure computed now would leave a cost out or treat a missing input
  // as zero: an incomplete result carries none.
  const [first, ...rest] = missing;
  if (first !== undefined) return incomplete(inputs, [first, ...rest]);
  // A null S or V is always in `missing`; this only narrows their types.
  if (S == null || V == null) throw new Error('computeRoi: spend or value missing but not reported');

  const G = V * mPrime;
  const Cv = sum(variableCosts);
  const F = sum(fixedCosts);
  const C = S + Cv + F;
  const pi = G - C;
  const aov = N != null && N > 0 ? V / N : null;

  // Without spend, or with order costs but no average order value, a
  // threshold would leave a cost out: unknown, not guessed.
  let breakEvenRoas: RoasThreshold = 'unknown';
  let targetRoas: RoasThreshold = 'unknown';
  const orderCostsKnown = c === 0 || (aov != null && aov > 0);
  if (S > 0 && orderCostsKnown) {
    const u = p + (c > 0 ? c / (aov as number) : 0);
    const costBase = S * (1 + a) + F;
    breakEvenRoas = roasThreshold(costBase, S * (mPrime - u));
    targetRoas = roasThreshold((1 + k) * costBase, S * (mPrime - (1 + k) * u));
  }

  let breakEvenSpend: RoiOk['breakEvenSpend'] = 'unknown';
  if (!estimated) {
    const marginBeforeSpend = G - p * V - c * (N ?? 0) - F;
    breakEvenSpend = marginBeforeSpend > 0 ? marginBeforeSpend / (1 + a) : 'unreachable';
  }

  return {
    ...inputs,
    status: 'ok',
    missing: [],
    spend: S,
    conversionValue: V,
    grossMargin: G,
    variableCosts,
    variableTotal: Cv,
    fixedCosts,
    fixedTotal: F,
    totalCost: C,
    netProfit: pi,
    roi: C > 0 ? pi / C : null,
    gainRatio: C > 0 ? G / C : null,
    poas: S > 0 ? (G - p * V - c * (N ?? 0)) / S : null,
    aov,
    breakEvenRoas,
    targetRoas,
    breakEvenSpend,
  };
}

/** An incomplete result: the inputs, picked one by one so that no figure of `r` slips through. */
export function incomplete(r: RoiInputs, missing: RoiIncomplete['missing']): RoiIncomplete {
  return {
    status: 'incomplete',
    missing,
    spend: r.spend,
    conversions: r.conversions,
    conversionValue: r.conversionValue,
    valueEstimated: r.valueEstimated,
    valueFromLeads: r.valueFromLeads,
    platformRoas: r.platformRoas,
    marginRate: r.marginRate,
    effectiveMargin: r.effectiveMargin,
    targetRoi: r.targetRoi,
  };
}

export function sum(lines: readonly CostLine[]): number {
  return lines.reduce((t, l) => t + l.amount, 0);
}
