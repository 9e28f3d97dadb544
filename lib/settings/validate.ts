/**
 * Strict checks: an import or a save is refused with reasons, never
 * repaired, because the user is there to fix it and a silent fix could
 * change their numbers without them knowing.
 */
import { formatIssues } from './issues';
import { migrate } from './migrations';
import { isPlainObject, typeName } from './report';
import type { Settings } from './schema';
import { SettingsSchema } from './schema';

export type Validation = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export const MAX_IMPORT_BYTES = 1_000_000;

/** Settings exactly as the schema wants them (ids and blank labels normalised). */
export function checkSettings(value: unknown): Validation {
  const result = SettingsSchema.safeParse(value);
  return result.success ? { ok: true, settings: result.data } : { ok: false, errors: formatIssues(result.error.issues, value) };
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** A settings file chosen by the user for import. */
export function validateImport(text: string, maxBytes: number = MAX_IMPORT_BYTES): Validation {
  if (typeof text !== 'string') return { ok: false, errors: ['the file is not text'] };
  // Every UTF-16 unit is at least one UTF-8 byte: huge files are refused
  // before paying for an encoding.
  const size = text.length > maxBytes ? text.length : byteLength(text);
  if (size > maxBytes) {
    return { ok: false, errors: [`the file is too large (${size} bytes; the limit is ${maxBytes})`] };
  }
  let data: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isPlainObject(data)) {
    return { ok: false, errors: [`the file must hold one settings object, not ${typeName(data)}`] };
  }
  const version = data['version'];
  if (version !== undefined && !(typeof version === 'number' && Number.isInteger(version) && version >= 1)) {
    return { ok: false, errors: ['version: must be a whole number from 1'] };
  }
  const migrated = migrate(data);
  if (migrated.newer) {
    return {
      ok: false,
      errors: [`version: the file was made by a newer version of Real ROI (version ${String(version)}); update the extension to import it`],
    };
  }
  return checkSettings(migrated.data);
}
