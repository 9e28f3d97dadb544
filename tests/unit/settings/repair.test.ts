import { describe, expect, it } from 'vitest';
import { SettingsSchema, readSettings } from '../../../lib/settings';
import { repairAt } from './fixtures';

/** A file a user could plausibly end up with: hand edits, old exports, a bad sync. */
function corruptedBlob() {
  return {
    version: 1,
    targetRoi: '0.8', // a string number
    display: 'ratio',
    language: 42, // wrong type
    defaultProfile: 'p2',
    theme: 'dark', // unknown field
    profiles: [
      {
        id: 'default',
        name: 'My shop',
        accounts: [
          { platform: 'google-ads', id: '1234567890' },
          { platform: 'tiktok', id: '42' },
        ],
        currency: 'EUR',
        margin: {
          default: -0.6, // negative margin
          rules: [
            { match: 'regex', pattern: '(Baby', margin: 0.18 }, // invalid regex
            { match: 'contains', pattern: 'Bottles', margin: '0.25' }, // string number
          ],
        },
        vatIncluded: 0.2,
        returnRate: 0.05,
        leadValue: null,
        notes: 'keep me?', // unknown field
        costs: [
          { kind: 'staffTime', label: 'Campaign management', hoursPerMonth: 15, hourlyRate: 45 },
          { kind: 'monthly', label: 'Bid tool', amount: -120, from: '2025-02-30' }, // bad amount, bad date
          { kind: 'teleport', label: 'Magic', amount: 5 }, // unknown kind
          { kind: 'oneOff', label: 'Product photos', amount: 300, date: '10/11/2025' }, // bad required date
          { kind: 'percentOfRevenue', label: '', rate: 0.02 }, // empty label
          { kind: 'perConversion', label: 'Shipping', amount: 6 },
        ],
      },
      // truncated: everything after the name is missing
      { id: 'p2', name: 'Client B', accounts: [{ platform: 'meta', id: 'act_1234567890' }] },
    ],
  };
}

describe('readSettings: a corrupted blob is repaired field by field', () => {
  const { settings, repairs } = readSettings(corruptedBlob());
  const [shop, client] = settings.profiles;

  it('returns valid settings', () => {
    expect(SettingsSchema.safeParse(settings).success).toBe(true);
  });

  it('keeps every valid field', () => {
    expect(settings.display).toBe('ratio');
    expect(settings.defaultProfile).toBe('p2');
    expect(shop?.name).toBe('My shop');
    expect(shop?.vatIncluded).toBe(0.2);
    expect(shop?.returnRate).toBe(0.05);
    expect(shop?.currency).toBe('EUR');
    expect(shop?.costs).toContainEqual({ kind: 'staffTime', label: 'Campaign management', hoursPerMonth: 15, hourlyRate: 45 });
    expect(shop?.costs).toContainEqual({ kind: 'perConversion', label: 'Shipping', amount: 6 });
    expect(client?.name).toBe('Client B');
  });

  it('converts string numbers and normalises ids', () => {
    expect(settings.targetRoi).toBe(0.8);
    expect(repairAt(repairs, 'targetRoi')).toMatchObject({ action: 'converted', before: '0.8' });
    expect(shop?.margin.rules).toEqual([{ match: 'contains', pattern: 'Bottles', margin: 0.25 }]);
    expect(repairAt(repairs, 'profiles[0].margin.rules[1].margin')?.action).toBe('converted');
    expect(shop?.accounts).toEqual([{ platform: 'google-ads', id: '123-456-7890' }]);
    expect(client?.accounts).toEqual([{ platform: 'meta', id: '1234567890' }]);
  });

  it('resets bad scalars to their defaults', () => {
    expect(settings.language).toBe('auto');
    expect(repairAt(repairs, 'language')).toMatchObject({ action: 'reset-to-default', before: 42 });
    expect(shop?.margin.default).toBe(0.3);
    expect(repairAt(repairs, 'profiles[0].margin.default')).toEqual({
      path: 'profiles[0].margin.default',
      problem: 'must be between 0 and 1',
      action: 'reset-to-default',
      before: -0.6,
    });
  });

  it('drops unknown fields and reports them', () => {
    expect(settings).not.toHaveProperty('theme');
    expect(shop).not.toHaveProperty('notes');
    expect(repairAt(repairs, 'theme')).toMatchObject({ action: 'removed', problem: 'unknown field' });
    expect(repairAt(repairs, 'profiles[0].notes')).toMatchObject({ action: 'removed', before: 'keep me?' });
  });

  it('removes entries it cannot understand, one report each', () => {
    expect(repairAt(repairs, 'profiles[0].accounts[1]')).toMatchObject({ action: 'removed', problem: 'unknown platform "tiktok"' });
    expect(repairAt(repairs, 'profiles[0].margin.rules[0]')).toMatchObject({
      action: 'removed',
      problem: 'pattern is not a valid regular expression',
    });
    expect(repairAt(repairs, 'profiles[0].costs[2]')).toMatchObject({ action: 'removed', problem: 'unknown kind "teleport"' });
    // An undated one-off cost is not re-dated: any date would be a guess.
    expect(repairAt(repairs, 'profiles[0].costs[3]')?.action).toBe('removed');
    expect(shop?.costs.map((c) => c.kind)).toEqual(['staffTime', 'monthly', 'percentOfRevenue', 'perConversion']);
  });

  it('repairs a known cost field by field', () => {
    expect(shop?.costs[1]).toEqual({ kind: 'monthly', label: 'Bid tool', amount: 0 });
    expect(repairAt(repairs, 'profiles[0].costs[1].amount')).toMatchObject({ action: 'reset-to-default', before: -120 });
    expect(repairAt(repairs, 'profiles[0].costs[1].from')).toMatchObject({ action: 'removed', before: '2025-02-30' });
    expect(shop?.costs[2]).toEqual({ kind: 'percentOfRevenue', label: 'Share of revenue', rate: 0.02 });
    expect(repairAt(repairs, 'profiles[0].costs[4].label')).toMatchObject({ action: 'reset-to-default', before: '' });
  });

  it('completes a truncated profile with defaults', () => {
    expect(client).toEqual({
      id: 'p2',
      name: 'Client B',
      accounts: [{ platform: 'meta', id: '1234567890' }],
      currency: 'EUR',
      margin: { default: 0.3, rules: [] },
      vatIncluded: 0,
      returnRate: 0,
      leadValue: null,
      costs: [],
      // Added by the migration to version 2, as for every v1 profile: not a repair.
      lifetime: null,
    });
    expect(repairAt(repairs, 'profiles[1].lifetime')).toBeUndefined();
    for (const field of ['currency', 'margin', 'vatIncluded', 'returnRate', 'leadValue', 'costs']) {
      expect(repairAt(repairs, `profiles[1].${field}`)).toMatchObject({ action: 'added', problem: 'missing' });
    }
  });

  it('reports nothing about fields that were fine', () => {
    const paths = repairs.map((r) => r.path);
    expect(paths).not.toContain('display');
    expect(paths.some((p) => p.startsWith('profiles[0].costs[0]'))).toBe(false);
    expect(paths.some((p) => p.startsWith('profiles[0].costs[5]'))).toBe(false);
  });

  it('does not change its input', () => {
    const blob = corruptedBlob();
    readSettings(blob);
    expect(blob).toEqual(corruptedBlob());
  });
});
