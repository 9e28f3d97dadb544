/**
 * Readable reasons from zod issues. zod/mini ships no messages ("Invalid
 * input") to stay small, so the words are made here, once, for both the
 * repair report and the import refusals.
 */
import type { z } from 'zod/mini';
import { formatPath } from './report';

type Issue = z.core.$ZodIssue;

const ZOD_DEFAULT_MESSAGE = 'Invalid input';

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

export function describeIssue(issue: Issue): string {
  // Messages written in the schema are already the reason we want.
  if (issue.message && issue.message !== ZOD_DEFAULT_MESSAGE) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${article(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'must not be empty' : `must have at least ${issue.minimum} items`;
      }
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
    case 'too_big':
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${list(issue.values)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && typeof issue.discriminator === 'string') {
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
        return `unknown ${issue.discriminator}; expected one of ${list(options)}`;
      }
      return 'does not match any allowed form';
    case 'invalid_format':
      return `has the wrong format (${issue.format})`;
    default:
      return 'is invalid';
  }
}

/**
 * One line per problem, each naming its path; unknown keys get one line each
 * so the user sees exactly which field to fix or delete.
 */
export function formatIssues(issues: readonly Issue[], input?: unknown): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field`);
    }
    const where = issue.path.length === 0 ? 'settings' : formatPath(issue.path);
    const missing = issue.code === 'invalid_type' && input !== undefined && valueAt(input, issue.path) === undefined;
    return [`${where}: ${missing ? 'is missing' : describeIssue(issue)}`];
  });
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
