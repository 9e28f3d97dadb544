/**
 * Generic, schema-driven repair of one object at a time. Each field is
 * checked with its own schema from schema.ts, so the repair can never accept
 * what the strict schema refuses, and a bad field costs only that field.
 */
import { z } from 'zod/mini';
import { describeIssue } from './issues';
import type { Repair } from './report';
import { isPlainObject, joinPath, sameJson, typeName } from './report';

export type Log = Repair[];

export type Fixed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Returned by a field fixer to leave an optional field out. */
export const ABSENT: unique symbol = Symbol('absent');

export type FieldFixer = (
  raw: unknown,
  path: string,
  log: Log,
  /** The fields fixed so far, in schema order (e.g. a profile's id before its accounts). */
  fixedSoFar: Readonly<Record<string, unknown>>,
) => unknown;

type Schema = z.core.$ZodType;

export interface ObjectSpec {
  schema: Schema & { shape: Readonly<Record<string, Schema>> };
  /**
   * Fallbacks for required fields. A required field without one cannot be
   * invented (a margin rule's pattern, a one-off cost's date), so the whole
   * entry is dropped instead.
   */
  defaults: Readonly<Record<string, unknown>>;
  fields?: Readonly<Record<string, FieldFixer>>;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Plausible readings of a wrongly typed value, tried in order: hand-edited
 * or older files hold "0.6" for 0.6, "EUR" as "eur", ids as numbers.
 */
function looseReadings(raw: unknown): unknown[] {
  if (typeof raw === 'string') {
    const text = raw.trim();
    const readings: unknown[] = [];
    if (NUMBER_TEXT.test(text)) readings.push(Number(text));
    if (text === 'true' || text === 'false') readings.push(text === 'true');
    readings.push(text, text.toLowerCase(), text.toUpperCase());
    return readings;
  }
  // Beyond 2^53 the digits are already wrong, so no id is rebuilt from them.
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return [String(raw)];
  return [];
}

function firstProblem(schema: Schema, value: unknown): string | null {
  const result = z.safeParse(schema, value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return issue ? describeIssue(issue) : 'is invalid';
}

function isOptional(schema: Schema): boolean {
  return z.safeParse(schema, undefined).success;
}

function clone<T>(value: T): T {
  return value === null || typeof value !== 'object' ? value : structuredClone(value);
}

/** One scalar-ish field: keep, convert, drop (optional) or fall back, in that order. */
export function fixField(schema: Schema, value: unknown, path: string, log: Log, fallback?: { value: unknown }): Fixed<unknown> {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) {
    if (parsed.data === undefined) return { ok: true, value: ABSENT };
    if (!sameJson(parsed.data, value)) {
      log.push({ path, problem: 'not in canonical form', action: 'converted', before: value });
    }
    return { ok: true, value: parsed.data };
  }
  for (const reading of looseReadings(value)) {
    const converted = z.safeParse(schema, reading);
    if (converted.success && converted.data !== undefined) {
      log.push({ path, problem: `was ${typeName(value)}`, action: 'converted', before: value });
      return { ok: true, value: converted.data };
    }
  }
  const problem = value === undefined ? 'missing' : (firstProblem(schema, value) ?? 'is invalid');
  if (value !== undefined && isOptional(schema)) {
    log.push({ path, problem, action: 'removed', before: value });
    return { ok: true, value: ABSENT };
  }
  if (fallback) {
    log.push(value === undefined ? { path, problem, action: 'added' } : { path, problem, action: 'reset-to-default', before: value });
    return { ok: true, value: clone(fallback.value) };
  }
  return { ok: false, problem };
}

/**
 * Repairs one object field by field. Field repairs are reported only if the
 * object survives; if it cannot, the caller reports one removal instead.
 */
export function fixObject(raw: unknown, path: string, spec: ObjectSpec, log: Log): Fixed<Record<string, unknown>> {
  if (!isPlainObject(raw)) return { ok: false, problem: `must be an object, not ${typeName(raw)}` };
  const { shape } = spec.schema;
  const local: Log = [];
  const out: Record<string, unknown> = {};
  const fallbackFor = (key: string) => (Object.hasOwn(spec.defaults, key) ? { value: spec.defaults[key] } : undefined);

  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(shape, key)) {
      local.push({ path: joinPath(path, key), problem: 'unknown field', action: 'removed', before: raw[key] });
    }
  }
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const fieldPath = joinPath(path, key);
    const value = Object.hasOwn(raw, key) ? raw[key] : undefined;
    const custom = spec.fields && Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
    if (custom) {
      const fixed = custom(value, fieldPath, local, out);
      if (fixed !== ABSENT) out[key] = fixed;
      continue;
    }
    const fixed = fixField(fieldSchema, value, fieldPath, local, fallbackFor(key));
    if (!fixed.ok) return { ok: false, problem: `${key} ${fixed.problem}` };
    if (fixed.value !== ABSENT) out[key] = fixed.value;
  }

  // Rules spanning fields (dates in order, a regex that compiles): give up
  // the field the issue points at, as for a bad single field.
  for (let round = 0; round <= Object.keys(shape).length; round += 1) {
    const result = z.safeParse(spec.schema, out);
    if (result.success) {
      log.push(...local);
      return { ok: true, value: result.data as Record<string, unknown> };
    }
    const issue = result.error.issues[0];
    const key = issue?.path[0];
    const problem = issue ? describeIssue(issue) : 'is invalid';
    if (typeof key !== 'string' || !Object.hasOwn(shape, key)) return { ok: false, problem };
    const fieldPath = joinPath(path, key);
    const before = out[key];
    const fieldSchema = shape[key];
    const fallback = fallbackFor(key);
    if (fieldSchema && isOptional(fieldSchema) && before !== undefined) {
      delete out[key];
      local.push({ path: fieldPath, problem, action: 'removed', before });
    } else if (fallback && !sameJson(before, fallback.value)) {
      out[key] = clone(fallback.value);
      local.push({ path: fieldPath, problem, action: 'reset-to-default', before });
    } else {
      return { ok: false, problem: `${key} ${problem}` };
    }
  }
  return { ok: false, problem: 'could not be repaired' };
}

/**
 * An object field that must exist: repaired when possible, else replaced by
 * `fallback` as a whole (there is nothing left of it to keep).
 */
export function fixObjectOr(raw: unknown, path: string, spec: ObjectSpec, log: Log, fallback: unknown): unknown {
  if (raw === undefined) {
    log.push({ path, problem: 'missing', action: 'added' });
    return clone(fallback);
  }
  const fixed = fixObject(raw, path, spec, log);
  if (fixed.ok) return fixed.value;
  log.push({ path, problem: fixed.problem, action: 'reset-to-default', before: raw });
  return clone(fallback);
}

export interface Indexed<T> {
  /** Position in the raw list, so reports point at what the user wrote. */
  index: number;
  value: T;
}

/** A list: entries that cannot be repaired are removed, one report each. */
export function fixList<T>(raw: unknown, path: string, log: Log, fixItem: (item: unknown, path: string, log: Log, index: number) => Fixed<T>): Indexed<T>[] {
  if (raw === undefined) {
    log.push({ path, problem: 'missing', action: 'added' });
    return [];
  }
  if (!Array.isArray(raw)) {
    log.push({ path, problem: `must be a list, not ${typeName(raw)}`, action: 'reset-to-default', before: raw });
    return [];
  }
  const out: Indexed<T>[] = [];
  raw.forEach((item: unknown, index) => {
    const itemPath = joinPath(path, index);
    const fixed = fixItem(item, itemPath, log, index);
    if (fixed.ok) out.push({ index, value: fixed.value });
    else log.push({ path: itemPath, problem: fixed.problem, action: 'removed', before: item });
  });
  return out;
}

/**
 * An entry whose `tag` field picks its shape (a cost's kind, an account's
 * platform): an unknown tag means we cannot know what the entry meant.
 */
export function fixTagged(raw: unknown, path: string, log: Log, tag: string, specs: Readonly<Record<string, ObjectSpec>>): Fixed<Record<string, unknown>> {
  if (!isPlainObject(raw)) return { ok: false, problem: `must be an object, not ${typeName(raw)}` };
  const value = raw[tag];
  if (value === undefined) return { ok: false, problem: `${tag} missing` };
  const spec = typeof value === 'string' && Object.hasOwn(specs, value) ? specs[value] : undefined;
  if (!spec) return { ok: false, problem: `unknown ${tag} ${JSON.stringify(value) ?? typeName(value)}` };
  return fixObject(raw, path, spec, log);
}
