/**
 * The user's steering choices, kept under their own storage key: the
 * verdict threshold and the opt-in weekly reminder. Validated on read; a bad
 * value falls back to its default alone, and reading never writes.
 */
import { z } from 'zod';
import { DEFAULT_VERDICT_THRESHOLD } from './verdict';

export { STEERING_KEY } from '../storage-keys';

const PrefsSchema = z.object({
  verdictThreshold: z.number().finite().min(-1).max(100).catch(DEFAULT_VERDICT_THRESHOLD),
  weeklyReminder: z.boolean().catch(false),
});

export type SteeringPrefs = z.infer<typeof PrefsSchema>;

export function readSteeringPrefs(raw: unknown): SteeringPrefs {
  const source = typeof raw === 'object' && raw !== null ? raw : {};
  return PrefsSchema.parse({ verdictThreshold: undefined, weeklyReminder: undefined, ...source });
}
