/**
 * The popup's three calculators, wired to the engine: each takes the
 * figures as typed (null when empty, NaN when unreadable), checks them, and
 * hands them to lib/roi. Nothing here is a money formula of its own.
 */
import { computeRoi, leadValue, lifetimeOfRow, type Period, type RoiResult, type RowLifetime } from '../roi';
import { CostSchema, type SettingsCost, type SettingsProfile } from '../settings';
import type { DraftCost } from '../options/loose';
import type { FieldProblem } from '../options/validation';

export type Problems = Record<string, FieldProblem>;
export type Outcome<R> = { ok: true; result: R } | { ok: false; problems: Problems };

type Num = number | null;

interface Bounds {
  max?: number;
  maxInclusive?: boolean;
  positive?: boolean;
}

function check(problems: Problems, field: string, value: Num, bounds: Bounds = {}): number {
  if (value === null) problems[field] = { code: 'required' };
  else if (Number.isNaN(value)) problems[field] = { code: 'notNumber' };
  else if (value < 0 || (bounds.positive && value === 0)) problems[field] = { code: 'min', limit: 0, inclusive: !bounds.positive };
  else if (bounds.max !== undefined && (bounds.maxInclusive === false ? value >= bounds.max : value > bounds.max)) {
    problems[field] = { code: 'max', limit: bounds.max, inclusive: bounds.maxInclusive !== false };
  }
  return value ?? 0;
}

/** The costs as edited in the popup; any invalid one blocks the result (no cost is silently left out). */
function checkCosts(problems: Problems, costs: readonly DraftCost[]): SettingsCost[] {
  return costs.flatMap((raw, i) => {
    const parsed = CostSchema.safeParse(raw);
    if (parsed.success) return [parsed.data];
    const issue = parsed.error.issues[0];
    const field = issue?.path[0];
    const value = typeof field === 'string' ? (raw as Record<string, unknown>)[field] : undefined;
    problems[`cost.${i}.${String(field)}`] =
      value === null
        ? { code: 'required' }
        : typeof value === 'number' && Number.isNaN(value)
          ? { code: 'notNumber' }
          : issue?.code === 'too_small'
            ? { code: 'min', limit: 0, inclusive: true }
            : issue?.code === 'too_big'
              ? { code: 'max', limit: Number(issue.maximum), inclusive: true }
              : { code: 'other', detail: issue?.message ?? '' };
    return [];
  });
}

interface Common {
  profile: SettingsProfile;
  margin: Num;
  costs: readonly DraftCost[];
  period: Period | null;
  targetRoi: number;
  /** The currency of page totals used as input, if any. */
  currency?: string | null;
}

function profileWith(base: SettingsProfile, margin: number, costs: SettingsCost[], lead: SettingsProfile['leadValue']) {
  // The calculator has no campaign name, so margin rules do not apply.
  return { ...base, margin: { default: margin, rules: [] }, costs, leadValue: lead };
}

export interface EcommerceInput extends Common {
  spend: Num;
  valueMode: 'revenue' | 'roas';
  revenue: Num;
  roas: Num;
  conversions: Num;
}

export function ecommerce(input: EcommerceInput): Outcome<RoiResult> {
  const problems: Problems = {};
  const spend = check(problems, 'spend', input.spend);
  const value = input.valueMode === 'revenue' ? check(problems, 'revenue', input.revenue) : check(problems, 'roas', input.roas);
  const conversions = input.conversions === null ? null : check(problems, 'conversions', input.conversions);
  const margin = check(problems, 'margin', input.margin, { max: 1 });
  const costs = checkCosts(problems, input.costs);
  if (Object.keys(problems).length) return { ok: false, problems };
  return {
    ok: true,
    result: computeRoi({
      figures: input.valueMode === 'revenue' ? { spend, conversions, conversionValue: value } : { spend, conversions, platformRoas: value },
      profile: profileWith(input.profile, margin, costs, null),
      period: input.period,
      targetRoi: input.targetRoi,
      currency: input.currency ?? null,
    }),
  };
}

export interface LeadInput extends Common {
  spend: Num;
  leads: Num;
  closeRate: Num;
  dealValue: Num;
}

export interface LeadResult {
  valuePerLead: number;
  roi: RoiResult;
  /**
   * The spend per lead at which the net profit is zero, the other figures
   * fixed; `unreachable` when even no spend at all would not cover the
   * other costs; null without leads.
   */
  maxCostPerLead: number | 'unreachable' | null;
}

export function leads(input: LeadInput): Outcome<LeadResult> {
  const problems: Problems = {};
  const spend = check(problems, 'spend', input.spend);
  const n = check(problems, 'leads', input.leads);
  const closeRate = check(problems, 'closeRate', input.closeRate, { max: 1 });
  const dealValue = check(problems, 'dealValue', input.dealValue);
  const margin = check(problems, 'margin', input.margin, { max: 1 });
  const costs = checkCosts(problems, input.costs);
  if (Object.keys(problems).length) return { ok: false, problems };
  const profile = profileWith(input.profile, margin, costs, { closeRate, dealValue });
  const roi = computeRoi({
    figures: { spend, conversions: n, conversionValue: null },
    profile,
    period: input.period,
    targetRoi: input.targetRoi,
    currency: input.currency ?? null,
  });
  const be = roi.status === 'ok' ? roi.breakEvenSpend : 'unknown';
  const maxCostPerLead: LeadResult['maxCostPerLead'] = n > 0 && be !== 'unknown' ? (be === 'unreachable' ? be : be / n) : null;
  return { ok: true, result: { valuePerLead: leadValue({ closeRate, dealValue }), roi, maxCostPerLead } };
}

export interface LifetimeInput extends EcommerceInput {
  purchasesPerYear: Num;
  years: Num;
  newCustomerShare: Num;
}

export interface LifetimeCalc {
  /** The first order, as the e-commerce mode computes it. */
  first: RoiResult;
  /** The same row over a customer's lifetime: the function the table's badges use. */
  life: RowLifetime;
}

/**
 * The e-commerce figures (typed, or the page's totals) and how customers come
 * back, through `lifetimeOfRow`: the popup and the table agree by construction.
 */
export function lifetime(input: LifetimeInput): Outcome<LifetimeCalc> {
  const problems: Problems = {};
  const purchasesPerYear = check(problems, 'purchasesPerYear', input.purchasesPerYear, { positive: true });
  const years = check(problems, 'years', input.years, { positive: true });
  const newCustomerShare = check(problems, 'newCustomerShare', input.newCustomerShare, { max: 1 });
  if (!problems['purchasesPerYear'] && !problems['years'] && purchasesPerYear * years < 1) problems['years'] = { code: 'tooFewOrders' };
  const first = ecommerce(input);
  if (!first.ok || Object.keys(problems).length) return { ok: false, problems: { ...(first.ok ? {} : first.problems), ...problems } };
  return { ok: true, result: { first: first.result, life: lifetimeOfRow(first.result, { purchasesPerYear, years, newCustomerShare }) } };
}
