/**
 * The small schemas the settings file is built from: bounded numbers,
 * non-empty text, dates, name patterns. zod/mini, as in schema.ts.
 */
import { z } from 'zod/mini';

export const between = (min: number, max: number) => {
  const error = `must be between ${min} and ${max}`;
  return z.number().check(z.gte(min, error), z.lte(max, error));
};
export const nonNegative = () => z.number().check(z.gte(0, 'must not be negative'));
export const nonEmpty = () => z.string().check(z.minLength(1, 'must not be empty'));

export function compilesAsRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'i');
    return true;
  } catch {
    return false;
  }
}

export const IsoDateSchema = z.iso.date('must be a real date written YYYY-MM-DD');

// ---------------------------------------------------------------- patterns

const MATCH_KINDS = ['contains', 'regex'] as const;

/** On the object, not the string: whether the pattern must compile depends on `match`. */
const patternCompiles = <T extends { match: string; pattern: string }>() =>
  z.refine<T>((p) => p.match !== 'regex' || compilesAsRegex(p.pattern), {
    error: 'is not a valid regular expression',
    path: ['pattern'],
  });

const namePatternShape = { match: z.enum(MATCH_KINDS), pattern: nonEmpty() };

export const NamePatternSchema = z.strictObject(namePatternShape).check(patternCompiles());

export const MarginRuleSchema = z.strictObject({ ...namePatternShape, margin: between(0, 1) }).check(patternCompiles());
