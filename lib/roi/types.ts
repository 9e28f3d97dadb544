/**
 * Types of the money engine. They mirror `Data shapes` in the ROI model
 * (docs/roi-model.md); the zod schema in lib/settings produces values that
 * are assignable to `Profile` (checked by a type test), so the engine itself
 * stays free of zod and of any browser API.
 */

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export interface Period {
  /** First day, inclusive. */
  start: IsoDate;
  /** Last day, inclusive. */
  end: IsoDate;
}

export type MatchKind = 'contains' | 'regex';

export interface NamePattern {
  match: MatchKind;
  pattern: string;
}

export interface MarginRule extends NamePattern {
  margin: number;
}

export interface PercentOfRevenueCost {
  kind: 'percentOfRevenue';
  label: string;
  rate: number;
}
export interface PerConversionCost {
  kind: 'perConversion';
  label: string;
  amount: number;
}
export interface PercentOfSpendCost {
  kind: 'percentOfSpend';
  label: string;
  rate: number;
}
export interface MonthlyCost {
  kind: 'monthly';
  label: string;
  amount: number;
  from?: IsoDate | null;
  until?: IsoDate | null;
  scope?: NamePattern | null;
}
export interface StaffTimeCost {
  kind: 'staffTime';
  label: string;
  hoursPerMonth: number;
  hourlyRate: number;
  from?: IsoDate | null;
  until?: IsoDate | null;
  scope?: NamePattern | null;
}
export interface OneOffCost {
  kind: 'oneOff';
  label: string;
  amount: number;
  date: IsoDate;
  amortizeMonths?: number | null;
  scope?: NamePattern | null;
}

export type VariableCost = PercentOfRevenueCost | PerConversionCost | PercentOfSpendCost;
export type FixedCost = MonthlyCost | StaffTimeCost | OneOffCost;
export type Cost = VariableCost | FixedCost;
export type CostKind = Cost['kind'];

export interface LeadValueInput {
  closeRate: number;
  dealValue: number;
}

/** How customers come back (model, "Lifetime view of a row"). */
export interface LifetimeProfile {
  purchasesPerYear: number;
  years: number;
  /** Share of conversions that are new customers, 0–1. */
  newCustomerShare: number;
}

export interface Profile {
  currency: string;
  margin: { default: number; rules: MarginRule[] };
  vatIncluded: number;
  returnRate: number;
  leadValue: LeadValueInput | null;
  costs: Cost[];
  /** Absent or null: the profile has no lifetime view. */
  lifetime?: LifetimeProfile | null;
}

/** What one row of an ad table shows. `null`/absent = not read. */
export interface RowFigures {
  spend: number | null;
  conversions?: number | null;
  conversionValue?: number | null;
  platformRoas?: number | null;
  name?: string | null;
}

/** Why a row could not be computed honestly. */
export type MissingInput =
  | 'spend' // the spend column is missing or unreadable
  | 'conversions' // a per-conversion cost exists but N is unknown
  | 'conversionValue' // no value, no ROAS, no lead value
  | 'period' // fixed costs exist but the date range is unknown
  | 'currency' // the page shows another currency than the profile
  | 'marginMix'; // totals: margin rules differ per campaign and not every row is visible

export interface CostLine {
  label: string;
  kind: CostKind;
  amount: number;
}

/**
 * A ROAS threshold: a number, or `unreachable` when no ROAS reaches it at
 * this margin (denominator ≤ 0), or `unknown` when an input is missing
 * (no spend, or order costs without an average order value).
 */
export type RoasThreshold = number | 'unreachable' | 'unknown';

/** The figures a result was computed from: present whatever the status. */
export interface RoiInputs {
  spend: number | null;
  conversions: number | null;
  conversionValue: number | null;
  /** V was derived from the platform ROAS (P × S), so it carries P's rounding. */
  valueEstimated: boolean;
  /** V was derived from conversions × the profile's lead value. */
  valueFromLeads: boolean;
  /** The platform's own ROAS, as shown or as V / S. */
  platformRoas: number | null;
  /** Margin rate m that applied (after the campaign rules). */
  marginRate: number;
  /** m' = m (1 − r) / (1 + t). */
  effectiveMargin: number;
  /** Target ROI k the target ROAS is computed for. */
  targetRoi: number;
}

/** Every input was there: the figures below stand for the row as it is. */
export interface RoiOk extends RoiInputs {
  status: 'ok';
  missing: readonly [];
  spend: number;
  conversionValue: number;
  grossMargin: number;
  variableCosts: CostLine[];
  variableTotal: number;
  fixedCosts: CostLine[];
  fixedTotal: number;
  totalCost: number;
  netProfit: number;
  /** π / C as a fraction; null when C = 0 (no spend and no cost: ROI is undefined). */
  roi: number | null;
  /** G / C; null when C = 0. */
  gainRatio: number | null;
  /** null when S = 0. */
  poas: number | null;
  aov: number | null;
  breakEvenRoas: RoasThreshold;
  targetRoas: RoasThreshold;
  /**
   * The ad spend at which π = 0 with the conversions, their value and the
   * fixed costs as they are: (G − p·V − c·N − F) / (1 + a). `unreachable`
   * when even no spend leaves no profit; `unknown` when the value is
   * estimated from ROAS (then it moves with the spend).
   */
  breakEvenSpend: number | 'unreachable' | 'unknown';
}

/**
 * An input is missing: no money or ratio figure at all, only what was read
 * and what is missing. Any figure would leave out a cost or guess an input.
 */
export interface RoiIncomplete extends RoiInputs {
  status: 'incomplete';
  missing: readonly [MissingInput, ...MissingInput[]];
}

/** Check `status` before reading a figure: only `RoiOk` has any. */
export type RoiResult = RoiOk | RoiIncomplete;
