import { describe, expect, it } from 'vitest';
import { buildAccounts } from '../../../lib/history/view';
import { readStored } from '../../../lib/settings';
import { CLOTHING_SHOP } from '../../shared/worked-examples';
import { entry, settingsWith } from './helpers';

/** The stored settings as a plain object, with one cost's amount made negative. */
function storedWithNegativeCost() {
  const raw = structuredClone(settingsWith(CLOTHING_SHOP)) as unknown as { profiles: { costs: Record<string, unknown>[] }[] };
  const cost = raw.profiles[0]!.costs.find((c) => c.kind === 'monthly')!;
  cost.amount = -120;
  return raw;
}

describe('progress page accounts and unreadable settings', () => {
  it('shows the figure when the settings were read as saved', () => {
    const stored = readStored(structuredClone(settingsWith(CLOTHING_SHOP)));
    expect(stored.unreadable).toEqual([]);
    const [account] = buildAccounts([entry()], stored.settings, stored.unreadable);
    expect(account!.entries[0]!.rec.totals.roi).toBeCloseTo(4655 / 4345, 10);
  });

  it('withholds every figure of a profile whose cost could not be read, as the ad page does', () => {
    const stored = readStored(storedWithNegativeCost());
    expect(stored.unreadable.length).toBeGreaterThan(0);
    const [account] = buildAccounts([entry()], stored.settings, stored.unreadable);
    const { totals, rows } = account!.entries[0]!.rec;
    expect(totals).toMatchObject({ roi: null, reason: 'settings-repaired' });
    for (const row of rows.values()) expect(row).toMatchObject({ roi: null, reason: 'settings-repaired' });
    // Without the report, the repaired settings would have given a rosier figure: that is what is withheld.
    const [silent] = buildAccounts([entry()], stored.settings);
    expect(silent!.entries[0]!.rec.totals.roi).toBeGreaterThan(4655 / 4345);
  });
});
