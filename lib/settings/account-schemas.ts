/** The ad accounts a profile lists: one schema per registered platform, and their union. */
import { z } from 'zod/mini';
import { PLATFORM_LIST, type Platform, type PlatformInfo } from '../platforms';

function accountSchema(platform: PlatformInfo<Platform>) {
  const { normalise, pattern, schemaError } = platform.account;
  return z.strictObject({
    platform: z.literal(platform.id),
    id: z.string().check(z.overwrite(normalise), z.regex(pattern, schemaError)),
  });
}

type AccountSchemaOf = ReturnType<typeof accountSchema>;

const schemas = PLATFORM_LIST.map(accountSchema) as unknown as [AccountSchemaOf, ...AccountSchemaOf[]];

export const ACCOUNT_SCHEMAS = Object.fromEntries(PLATFORM_LIST.map((p, i) => [p.id, schemas[i]!])) as Record<Platform, AccountSchemaOf>;

export const AccountSchema = z.discriminatedUnion('platform', schemas);
