import { describe, expect, it } from 'vitest';
import {
  AccountSchema,
  CostSchema,
  MarginRuleSchema,
  NamePatternSchema,
  ProfileSchema,
  SettingsSchema,
  defaultCost,
  defaultSettings,
  normaliseAccountId,
} from '../../../lib/settings';
import { MODEL_PROFILE, modelSettingsFile } from './fixtures';

describe('schema: the model examples', () => {
  it('accepts the example profile with its id, name and accounts', () => {
    const result = ProfileSchema.safeParse({ id: 'default', name: 'My shop', accounts: [], ...MODEL_PROFILE });
    expect(result.success).toBe(true);
    expect(result.data?.costs).toEqual(MODEL_PROFILE.costs);
  });

  it('accepts the example settings file unchanged', () => {
    const file = modelSettingsFile();
    const result = SettingsSchema.safeParse(file);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(file);
  });

  it('accepts its own defaults and a default cost of every kind', () => {
    expect(SettingsSchema.safeParse(defaultSettings()).success).toBe(true);
    for (const kind of ['percentOfRevenue', 'perConversion', 'percentOfSpend', 'monthly', 'staffTime', 'oneOff'] as const) {
      const cost = defaultCost(kind, '2025-11-10');
      expect(CostSchema.safeParse(cost).data).toEqual(cost);
    }
  });
});

describe('schema: fields', () => {
  it('normalises account ids', () => {
    expect(AccountSchema.parse({ platform: 'google-ads', id: '1234567890' })).toEqual({ platform: 'google-ads', id: '123-456-7890' });
    expect(AccountSchema.parse({ platform: 'google-ads', id: ' 123 456 7890 ' }).id).toBe('123-456-7890');
    expect(AccountSchema.parse({ platform: 'meta', id: 'act_1234567890' }).id).toBe('1234567890');
    expect(AccountSchema.safeParse({ platform: 'google-ads', id: '12345' }).success).toBe(false);
    expect(AccountSchema.safeParse({ platform: 'meta', id: '123-456' }).success).toBe(false);
    expect(AccountSchema.safeParse({ platform: 'tiktok', id: '1' }).success).toBe(false);
  });

  it('takes a Meta id pasted from the Ads Manager address (act=…) as the same account as its digits', () => {
    const bare = AccountSchema.parse({ platform: 'meta', id: '1234567890123456' }).id;
    expect(AccountSchema.parse({ platform: 'meta', id: 'act=1234567890123456' }).id).toBe(bare);
    expect(AccountSchema.parse({ platform: 'meta', id: ' act=1234567890123456 ' }).id).toBe(bare);
    expect(normaliseAccountId('meta', 'act=1234567890123456')).toBe(normaliseAccountId('meta', '1234567890123456'));
    expect(normaliseAccountId('meta', 'act=1234567890123456')).not.toBeNull();
    // Only the prefix goes: anything else around the digits is still refused.
    expect(normaliseAccountId('meta', 'act=123&foo=1')).toBeNull();
    expect(normaliseAccountId('meta', 'act=act_123')).toBeNull();
  });

  it('wants regex patterns that compile, and any contains pattern', () => {
    expect(NamePatternSchema.safeParse({ match: 'regex', pattern: '^Brand (FR|BE)' }).success).toBe(true);
    expect(NamePatternSchema.safeParse({ match: 'regex', pattern: '(' }).success).toBe(false);
    expect(NamePatternSchema.safeParse({ match: 'contains', pattern: '(' }).success).toBe(true);
    expect(NamePatternSchema.safeParse({ match: 'contains', pattern: '' }).success).toBe(false);
    expect(MarginRuleSchema.safeParse({ match: 'contains', pattern: 'x', margin: 1.2 }).success).toBe(false);
  });

  it('wants real calendar dates, in order', () => {
    const monthly = (extra: object) => CostSchema.safeParse({ kind: 'monthly', label: 'Tool', amount: 1, ...extra }).success;
    expect(monthly({ from: '2024-02-29' })).toBe(true);
    expect(monthly({ from: '2025-02-29' })).toBe(false);
    expect(monthly({ from: '2025-11-1' })).toBe(false);
    expect(monthly({ from: '2025-11-01', until: '2025-11-01' })).toBe(true);
    expect(monthly({ from: '2025-11-02', until: '2025-11-01' })).toBe(false);
    expect(monthly({ from: null, until: null, scope: null })).toBe(true);
  });

  it('keeps numbers in range', () => {
    const cost = (c: object) => CostSchema.safeParse(c).success;
    expect(cost({ kind: 'percentOfRevenue', label: 'x', rate: 1.01 })).toBe(false);
    expect(cost({ kind: 'percentOfSpend', label: 'x', rate: 1.5 })).toBe(true);
    expect(cost({ kind: 'percentOfSpend', label: 'x', rate: 11 })).toBe(false);
    expect(cost({ kind: 'perConversion', label: 'x', amount: -1 })).toBe(false);
    expect(cost({ kind: 'staffTime', label: 'x', hoursPerMonth: 745, hourlyRate: 1 })).toBe(false);
    expect(cost({ kind: 'oneOff', label: 'x', amount: 1, date: '2025-11-10', amortizeMonths: 12 })).toBe(true);
    expect(cost({ kind: 'oneOff', label: 'x', amount: 1, date: '2025-11-10', amortizeMonths: 1.5 })).toBe(false);
    expect(cost({ kind: 'oneOff', label: 'x', amount: 1, date: '2025-11-10', amortizeMonths: 121 })).toBe(false);
    expect(cost({ kind: 'monthly', label: 'x', amount: Number.POSITIVE_INFINITY })).toBe(false);
  });

  it('gives a blank label its kind default', () => {
    expect(CostSchema.parse({ kind: 'perConversion', label: ' ', amount: 6 }).label).toBe('Cost per conversion');
  });

  it('checks the profile list as a whole', () => {
    const file = modelSettingsFile();
    expect(SettingsSchema.safeParse({ ...file, defaultProfile: 'gone' }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...file, profiles: [] }).success).toBe(false);
    const twice = modelSettingsFile();
    twice.profiles[1]!.id = 'default';
    expect(SettingsSchema.safeParse(twice).success).toBe(false);
    const shared = modelSettingsFile();
    shared.profiles[0]!.accounts = [{ platform: 'meta', id: 'act_1234567890' }];
    expect(SettingsSchema.safeParse(shared).success).toBe(false);
  });

  it('refuses unknown fields and bad currencies', () => {
    expect(SettingsSchema.safeParse({ ...modelSettingsFile(), theme: 'dark' }).success).toBe(false);
    const profile = { id: 'a', name: 'A', accounts: [], ...MODEL_PROFILE };
    expect(ProfileSchema.safeParse({ ...profile, currency: 'eur' }).success).toBe(false);
    expect(ProfileSchema.safeParse({ ...profile, currency: 'EURO' }).success).toBe(false);
    expect(ProfileSchema.safeParse({ ...profile, returnRate: 1 }).success).toBe(false);
  });
});
