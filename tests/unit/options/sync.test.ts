import { describe, expect, it } from 'vitest';
import { itemBytes, planSync, readSynced, staleSyncKeys, SYNC_QUOTA } from '../../../lib/options/sync';
import { SYNC_HEADER_KEY } from '../../../lib/storage-keys';
import type { Settings } from '../../../lib/settings';
import { exampleSettings } from './fixtures';

function withProfiles(n: number): Settings {
  const s = exampleSettings();
  const template = s.profiles[0]!;
  s.profiles = Array.from({ length: n }, (_, i) => ({
    ...structuredClone(template),
    id: `p${i}`,
    name: `Client “${i}” — Café`,
    accounts: [],
  }));
  s.defaultProfile = 'p0';
  return s;
}

describe('browser sync copy', () => {
  it('fits small settings in one chunk plus a header, and reads them back', () => {
    const plan = planSync(exampleSettings(), new Date('2025-11-23T10:00:00Z'));
    expect(plan.fits).toBe(true);
    if (!plan.fits) return;
    expect(plan.chunks).toBe(1);
    const back = readSynced(plan.items);
    expect(back?.savedAt).toBe('2025-11-23T10:00:00.000Z');
    expect(JSON.parse(back!.text)).toEqual(exampleSettings());
  });

  it('splits larger settings so that every item is within 8 KB, quotes and accents included', () => {
    const settings = withProfiles(40);
    const plan = planSync(settings);
    expect(plan.fits).toBe(true);
    if (!plan.fits) return;
    expect(plan.chunks).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(plan.items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
    expect(plan.bytes).toBe(Object.entries(plan.items).reduce((t, [k, v]) => t + itemBytes(k, v), 0));
    expect(JSON.parse(readSynced(plan.items)!.text)).toEqual(settings);
  });

  it('says plainly when the settings do not fit the 100 KB quota', () => {
    const plan = planSync(withProfiles(400));
    expect(plan).toMatchObject({ fits: false, limit: 102_400 });
    expect(plan.bytes).toBeGreaterThan(102_400);
  });

  it('ignores a copy that has not fully arrived or was tampered with', () => {
    const plan = planSync(withProfiles(40));
    if (!plan.fits) throw new Error('expected to fit');
    const missing = { ...plan.items };
    delete missing['settings:sync:1'];
    expect(readSynced(missing)).toBeNull();
    expect(readSynced({ ...plan.items, 'settings:sync:0': 'x' })).toBeNull();
    expect(readSynced({})).toBeNull();
  });

  it('finds chunks left over from a longer earlier copy', () => {
    const plan = planSync(exampleSettings());
    if (!plan.fits) throw new Error('expected to fit');
    expect(staleSyncKeys([SYNC_HEADER_KEY, 'settings:sync:0', 'settings:sync:1', 'other'], plan.items)).toEqual(['settings:sync:1']);
    expect(staleSyncKeys([SYNC_HEADER_KEY, 'settings:sync:0', 'other'])).toEqual([SYNC_HEADER_KEY, 'settings:sync:0']);
  });
});

describe('chunk sizes', () => {
  it('counts escapes and multi-byte characters as the quota does', () => {
    const settings = withProfiles(3);
    settings.profiles[0]!.name = `${'"\\\n'.repeat(3000)}€😀é`.repeat(2);
    const plan = planSync(settings);
    if (!plan.fits) throw new Error('expected to fit');
    for (const [key, value] of Object.entries(plan.items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
    expect(JSON.parse(readSynced(plan.items)!.text)).toEqual(settings);
  });
});
