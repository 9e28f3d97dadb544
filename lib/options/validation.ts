/**
 * Validation as you type: the settings schema decides what is valid (the
 * same check as saving and importing), and each zod issue becomes a problem
 * attached to a field path, worded later in the UI language.
 */
import type { z } from 'zod/mini';
import { isPlatform, type Platform } from '../platforms';
import { SettingsSchema, type Settings } from '../settings';
import type { DraftSettings } from './loose';
import { getAt, pathKey, type Path } from './paths';

export type FieldProblem =
  | { code: 'required' }
  | { code: 'notNumber' }
  /** A value of the wrong type (in an imported file: text where a number belongs). */
  | { code: 'wrongType'; expected: 'number' | 'text' | 'list' | 'object' | 'boolean' | 'other' }
  | { code: 'min'; limit: number; inclusive: boolean }
  | { code: 'max'; limit: number; inclusive: boolean }
  | { code: 'wholeNumber' }
  | { code: 'date' }
  | { code: 'regex' }
  | { code: 'untilBeforeFrom' }
  /** A customer lifetime of fewer orders than the first one. */
  | { code: 'tooFewOrders' }
  | { code: 'currency' }
  /** Not an account id of that platform (each platform words its own: lib/platforms/<id>/platform.ts). */
  | { code: 'accountId'; platform: Platform }
  | { code: 'accountTaken'; owner: string }
  | { code: 'duplicateId' }
  | { code: 'noDefault' }
  | { code: 'choice' }
  | { code: 'unknownField' }
  /** Anything the mapping does not know: the schema's English reason. */
  | { code: 'other'; detail: string };

export interface Located {
  path: Path;
  problem: FieldProblem;
}

export type DraftCheck = { ok: true; settings: Settings } | { ok: false; problems: Located[]; byField: ReadonlyMap<string, FieldProblem> };

type Issue = z.core.$ZodIssue;

const EXPECTED: Record<string, 'number' | 'text' | 'list' | 'object' | 'boolean'> = {
  number: 'number',
  string: 'text',
  array: 'list',
  object: 'object',
  boolean: 'boolean',
};

function last(path: Path): string | number | undefined {
  return path[path.length - 1];
}

/** One zod issue as a field problem; `input` is the value that was parsed. */
export function problemOf(issue: Issue, input: unknown): FieldProblem {
  const path = issue.path as Path;
  const value = getAt(input, path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === null || value === undefined || value === '') return { code: 'required' };
      if (issue.expected === 'int') return { code: 'wholeNumber' };
      if (typeof value === 'number' && issue.expected === 'number') return { code: 'notNumber' };
      return { code: 'wrongType', expected: EXPECTED[issue.expected] ?? 'other' };
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return { code: 'required' };
      return { code: 'min', limit: Number(issue.minimum), inclusive: issue.inclusive ?? true };
    case 'too_big':
      return { code: 'max', limit: Number(issue.maximum), inclusive: issue.inclusive ?? true };
    case 'invalid_format': {
      if (issue.format === 'date') return { code: 'date' };
      if (last(path) === 'currency') return { code: 'currency' };
      if (last(path) === 'id' && path.includes('accounts')) {
        const platform = getAt(input, [...path.slice(0, -1), 'platform']);
        if (isPlatform(platform)) return { code: 'accountId', platform };
      }
      return { code: 'other', detail: issue.message };
    }
    case 'invalid_value':
    case 'invalid_union':
      return { code: 'choice' };
    case 'unrecognized_keys':
      return { code: 'unknownField' };
    case 'custom': {
      const key = last(path);
      if (key === 'pattern') return { code: 'regex' };
      if (key === 'until') return { code: 'untilBeforeFrom' };
      if (key === 'years' && path.includes('lifetime')) return { code: 'tooFewOrders' };
      if (key === 'defaultProfile') return { code: 'noDefault' };
      if (path.includes('accounts')) {
        const owner = /profile "(.*)"$/.exec(issue.message)?.[1] ?? '';
        return { code: 'accountTaken', owner };
      }
      if (key === 'id') return { code: 'duplicateId' };
      return { code: 'other', detail: issue.message };
    }
    default:
      return { code: 'other', detail: issue.message };
  }
}

/** The draft as savable settings, or every problem with its field. */
export function checkDraft(draft: DraftSettings | unknown): DraftCheck {
  const result = SettingsSchema.safeParse(draft);
  if (result.success) return { ok: true, settings: result.data };
  return located(result.error.issues, draft);
}

export function located(issues: readonly Issue[], input: unknown): DraftCheck & { ok: false } {
  const problems: Located[] = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({ path: [...(issue.path as Path), k], problem: { code: 'unknownField' } as const }))
      : [{ path: issue.path as Path, problem: problemOf(issue, input) }],
  );
  const byField = new Map<string, FieldProblem>();
  // The first problem of a field is the one to fix first.
  for (const p of problems) if (!byField.has(pathKey(p.path))) byField.set(pathKey(p.path), p.problem);
  return { ok: false, problems, byField };
}
