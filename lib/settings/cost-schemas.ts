/**
 * One schema per cost kind (docs/settings-file.md, "Costs"), and their
 * union. The bounds are where a typo becomes likelier than a real figure.
 */
import { z } from 'zod/mini';
import type { CostKind } from '../roi/types';
import { DEFAULT_COST_LABELS } from './cost-labels';
import { IsoDateSchema, NamePatternSchema, between, nonNegative } from './schema-parts';

/** An empty label would leave a cost line nameless in every breakdown. */
const label = (kind: CostKind) => z.string().check(z.overwrite((s) => (s.trim() === '' ? DEFAULT_COST_LABELS[kind] : s)));

const costBase = <K extends CostKind>(kind: K) => ({
  kind: z.literal(kind),
  id: z.optional(z.string()),
  label: label(kind),
});

const optionalDate = () => z.optional(z.nullable(IsoDateSchema));
const optionalScope = () => z.optional(z.nullable(NamePatternSchema));

const datesInOrder = <T extends { from?: string | null | undefined; until?: string | null | undefined }>() =>
  z.refine<T>((c) => !c.from || !c.until || c.from <= c.until, {
    error: 'must not be before from',
    path: ['until'],
  });

export const PercentOfRevenueCostSchema = z.strictObject({
  ...costBase('percentOfRevenue'),
  rate: between(0, 1),
});

export const PerConversionCostSchema = z.strictObject({
  ...costBase('perConversion'),
  amount: nonNegative(),
});

/** Up to 10× spend: agency fees above 100 % of spend exist, 1000 % is a typo. */
export const PercentOfSpendCostSchema = z.strictObject({
  ...costBase('percentOfSpend'),
  rate: between(0, 10),
});

export const MonthlyCostSchema = z
  .strictObject({
    ...costBase('monthly'),
    amount: nonNegative(),
    from: optionalDate(),
    until: optionalDate(),
    scope: optionalScope(),
  })
  .check(datesInOrder());

/** 744 h = 31 days × 24 h: more hours than a month has is a typo. */
export const StaffTimeCostSchema = z
  .strictObject({
    ...costBase('staffTime'),
    hoursPerMonth: between(0, 744),
    hourlyRate: nonNegative(),
    from: optionalDate(),
    until: optionalDate(),
    scope: optionalScope(),
  })
  .check(datesInOrder());

export const OneOffCostSchema = z.strictObject({
  ...costBase('oneOff'),
  amount: nonNegative(),
  date: IsoDateSchema,
  amortizeMonths: z.optional(
    z.nullable(z.int('must be a whole number of months').check(z.gte(1, 'must be between 1 and 120'), z.lte(120, 'must be between 1 and 120'))),
  ),
  scope: optionalScope(),
});

export const COST_SCHEMAS = {
  percentOfRevenue: PercentOfRevenueCostSchema,
  perConversion: PerConversionCostSchema,
  percentOfSpend: PercentOfSpendCostSchema,
  monthly: MonthlyCostSchema,
  staffTime: StaffTimeCostSchema,
  oneOff: OneOffCostSchema,
} as const satisfies Record<CostKind, unknown>;

export const CostSchema = z.discriminatedUnion('kind', [
  PercentOfRevenueCostSchema,
  PerConversionCostSchema,
  PercentOfSpendCostSchema,
  MonthlyCostSchema,
  StaffTimeCostSchema,
  OneOffCostSchema,
]);
