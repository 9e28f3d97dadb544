/**
 * The stored and exported snapshot, validated on every read: a record that
 * does not fit is skipped and counted, never "fixed" in storage. zod/mini
 * like the settings; this never ships in a content script.
 */
import { z } from 'zod/mini';
import { PLATFORMS } from '../platforms';
import { IsoDateSchema } from '../settings/schema';
import { entryId } from './key';
import { SNAPSHOT_VERSION } from './types';

const figure = () => z.nullable(z.number().check(z.refine(Number.isFinite, 'must be a finite number')));
const text = (max: number) => z.string().check(z.maxLength(max, `must be at most ${max} characters`));

const PeriodSchema = z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }).check(z.refine((p) => p.start <= p.end, 'start must not be after end'));

export const SnapshotRowSchema = z.strictObject({
  key: text(500),
  name: z.nullable(text(2000)),
  spend: figure(),
  conversions: figure(),
  conversionValue: figure(),
  roas: figure(),
});

export const SnapshotTotalsSchema = z.strictObject({
  scope: z.enum(['account', 'table']),
  label: text(500),
  spend: figure(),
  conversions: figure(),
  conversionValue: figure(),
  roas: figure(),
});

export const HistoryEntrySchema = z
  .strictObject({
    id: text(2000),
    v: z.literal(SNAPSHOT_VERSION),
    platform: z.enum(PLATFORMS),
    accountId: z.string().check(z.minLength(1), z.maxLength(100)),
    level: z.string().check(z.minLength(1), z.maxLength(50)),
    period: PeriodSchema,
    currency: z.nullable(z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a 3-letter currency code'))),
    filter: text(500),
    capturedAt: z.iso.datetime({ offset: true }),
    columns: z.strictObject({ spend: z.boolean(), conversions: z.boolean(), conversionValue: z.boolean(), roas: z.boolean() }),
    rows: z.array(SnapshotRowSchema).check(z.maxLength(50_000)),
    totals: z.array(SnapshotTotalsSchema).check(z.maxLength(10)),
  })
  .check(z.refine((e) => e.id === entryId(e), { error: 'id does not match platform, account, level, period and filter', path: ['id'] }));

/** Short reasons, `path: problem`, for messages and import refusals. */
export function problemsOf(error: z.core.$ZodError): string[] {
  return error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`);
}
