/**
 * Reading settings from storage: whatever is there, the user gets working
 * settings back and a list of what had to change. Reading never writes:
 * only an explicit save does.
 */
import { defaultSettings } from './defaults';
import { migrate } from './migrations';
import { fixSettings } from './repair';
import type { Repair } from './report';
import { isPlainObject, typeName } from './report';
import type { Settings } from './schema';
import { SettingsSchema } from './schema';

export interface ReadResult {
  settings: Settings;
  /** Empty when the stored value was valid as is. */
  repairs: Repair[];
}

/** What `lib/settings/unreadable` needs to say which figures a repair changes. */
export interface DetailedRead extends ReadResult {
  /** The settings as read, migrated, before repair; null when unusable as a whole. */
  raw: Record<string, unknown> | null;
  /** Raw index in `profiles` → id of the profile it became. */
  origins: Map<number, string>;
  /** Written by a newer version of the extension. */
  newer: boolean;
}

function startOver(problem: string, raw: unknown, action: Repair['action'] = 'reset-to-default'): DetailedRead {
  const repair: Repair = raw === undefined ? { path: '', problem, action } : { path: '', problem, action, before: raw };
  return { settings: defaultSettings(), repairs: [repair], raw: null, origins: new Map(), newer: false };
}

function read(raw: unknown): DetailedRead {
  if (raw === undefined) return startOver('no settings stored yet', undefined, 'added');
  const repairs: Repair[] = [];
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return startOver('not valid JSON text', raw);
    }
    if (!isPlainObject(value)) return startOver(`JSON text holding ${typeName(value)}, not settings`, raw);
    repairs.push({ path: '', problem: 'was JSON text', action: 'converted' });
  }
  if (!isPlainObject(value)) return startOver(`must be a settings object, not ${typeName(value)}`, raw);

  const migrated = migrate(value);
  repairs.push(...migrated.repairs);
  const origins = new Map<number, string>();
  const fixed = fixSettings(migrated.data, repairs, origins);
  // The field fixers use the same schemas, so this only fails on a bug in
  // this file; defaults are then better than settings the engine can't use.
  const checked = fixed.ok ? SettingsSchema.safeParse(fixed.value) : undefined;
  if (checked?.success) return { settings: checked.data, repairs, raw: migrated.data, origins, newer: migrated.newer };
  return startOver(`could not be repaired (${fixed.ok ? 'internal check failed' : fixed.problem})`, raw);
}

/**
 * Never throws: a settings problem must not stop the overlay. Anything
 * unexpected (a throwing getter, a proxy from a test) still yields defaults.
 */
export function readSettings(raw: unknown): ReadResult {
  const { settings, repairs } = readDetailed(raw);
  return { settings, repairs };
}

/** `readSettings` plus where each repair came from (lib/settings/unreadable). */
export function readDetailed(raw: unknown): DetailedRead {
  try {
    return read(raw);
  } catch (error) {
    return startOver(`could not be read (${String(error)})`, raw);
  }
}
