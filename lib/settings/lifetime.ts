/**
 * How customers come back (model, "Lifetime view of a row"), and whether the
 * badges show the first-order or the lifetime ROI. Apart from schema.ts so
 * that version 2's additions read as one piece.
 */
import { z } from 'zod/mini';

const between = (min: number, max: number) => {
  const error = `must be between ${min} and ${max}`;
  return z.number().check(z.gte(min, error), z.lte(max, error));
};
const positiveUpTo = (max: number) => {
  const error = `must be more than 0 and at most ${max}`;
  return z.number().check(z.gt(0, error), z.lte(max, error));
};

/**
 * newCustomerShare is required, not defaulted: 1 (every conversion a new
 * customer) is the most flattering value, so a file that leaves it out is
 * refused and a stored one missing it clears the lifetime view instead.
 */
export const LifetimeSchema = z
  .strictObject({
    // 365: more than one order a day per customer is a typo.
    purchasesPerYear: positiveUpTo(365),
    years: positiveUpTo(50),
    newCustomerShare: between(0, 1),
  })
  // The row's own order is the first of the relationship: fewer than one
  // order in all would make the lifetime worth less than the first order.
  .check(
    z.refine((l) => l.purchasesPerYear * l.years >= 1, {
      error: 'must give at least one order in all (purchases per year × years ≥ 1)',
      path: ['years'],
    }),
  );

export const BADGE_ROI = ['firstOrder', 'lifetime'] as const;
export const BadgeRoiSchema = z.enum(BADGE_ROI);

export type SettingsLifetime = z.infer<typeof LifetimeSchema>;
export type BadgeRoi = (typeof BADGE_ROI)[number];
