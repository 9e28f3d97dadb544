/** Settings version 2: a profile's customer lifetime and what the badges show. */
import { describe, expect, it } from 'vitest';
import { diffSettings, LifetimeSchema, readSettings, SettingsSchema, validateImport } from '../../../lib/settings';
import { modelSettingsFile } from './fixtures';

const LIFETIME = { purchasesPerYear: 4, years: 3, newCustomerShare: 1 };

function withLifetime(lifetime: unknown, extra: object = {}) {
  const file = modelSettingsFile();
  return { ...file, ...extra, profiles: [{ ...file.profiles[0]!, lifetime }, file.profiles[1]!] };
}

describe('lifetime in the schema', () => {
  it('accepts the model example and null', () => {
    expect(LifetimeSchema.safeParse(LIFETIME).success).toBe(true);
    expect(SettingsSchema.safeParse(withLifetime(LIFETIME, { badgeRoi: 'lifetime' })).success).toBe(true);
    expect(SettingsSchema.safeParse(withLifetime(null)).success).toBe(true);
  });

  it.each([
    [{ ...LIFETIME, purchasesPerYear: 0 }, 'purchasesPerYear'],
    [{ ...LIFETIME, years: -1 }, 'years'],
    [{ ...LIFETIME, newCustomerShare: 1.2 }, 'newCustomerShare'],
    [{ purchasesPerYear: 0.5, years: 1, newCustomerShare: 1 }, 'years'],
    [{ purchasesPerYear: 4, years: 3 }, 'newCustomerShare'],
  ])('refuses %j (at %s)', (lifetime, field) => {
    const result = LifetimeSchema.safeParse(lifetime);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('refuses a profile without lifetime and settings without badgeRoi in version 2', () => {
    const { badgeRoi: _b, ...noBadge } = modelSettingsFile();
    expect(SettingsSchema.safeParse(noBadge).success).toBe(false);
    const file = modelSettingsFile();
    const { lifetime: _l, ...profile } = file.profiles[0]!;
    expect(SettingsSchema.safeParse({ ...file, profiles: [profile, file.profiles[1]] }).success).toBe(false);
  });
});

describe('lifetime on read', () => {
  it('keeps a valid lifetime as it is', () => {
    const { settings, repairs } = readSettings(withLifetime(LIFETIME, { badgeRoi: 'lifetime' }));
    expect(repairs).toEqual([]);
    expect(settings.profiles[0]!.lifetime).toEqual(LIFETIME);
    expect(settings.badgeRoi).toBe('lifetime');
  });

  it('clears a lifetime with a missing or impossible field instead of guessing it, and says so', () => {
    for (const broken of [{ purchasesPerYear: 4, years: 3 }, { ...LIFETIME, years: 0.1 }, 'often']) {
      const { settings, repairs } = readSettings(withLifetime(broken));
      expect(settings.profiles[0]!.lifetime).toBeNull();
      expect(repairs).toContainEqual(expect.objectContaining({ path: 'profiles[0].lifetime', action: 'reset-to-default', before: broken }));
    }
  });

  it('converts a number written as text, and falls back to first-order badges', () => {
    const { settings, repairs } = readSettings(withLifetime({ ...LIFETIME, years: '3' }, { badgeRoi: 'always' }));
    expect(settings.profiles[0]!.lifetime).toEqual(LIFETIME);
    expect(settings.badgeRoi).toBe('firstOrder');
    expect(repairs.map((r) => r.path).sort()).toEqual(['badgeRoi', 'profiles[0].lifetime.years']);
  });
});

describe('lifetime on import', () => {
  it('accepts a v2 file with a lifetime and refuses one missing the new-customer share', () => {
    expect(validateImport(JSON.stringify(withLifetime(LIFETIME)))).toMatchObject({ ok: true });
    const refused = validateImport(JSON.stringify(withLifetime({ purchasesPerYear: 4, years: 3 })));
    expect(refused.ok).toBe(false);
  });

  it('shows the lifetime and the badge choice in the import preview', () => {
    const before = SettingsSchema.parse(modelSettingsFile());
    const after = SettingsSchema.parse(withLifetime(LIFETIME, { badgeRoi: 'lifetime' }));
    expect(diffSettings(before, after)).toEqual([
      { subject: 'setting', action: 'changed', field: 'badgeRoi', before: 'firstOrder', after: 'lifetime' },
      { subject: 'profile', action: 'changed', profileId: 'default', field: 'lifetime', before: null, after: LIFETIME },
    ]);
  });
});
