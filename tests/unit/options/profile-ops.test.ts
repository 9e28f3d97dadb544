import { describe, expect, it } from 'vitest';
import type { DraftSettings } from '../../../lib/options/loose';
import { addCost, addProfile, deleteProfile, duplicateProfile, move, newId } from '../../../lib/options/profile-ops';
import { checkDraft } from '../../../lib/options/validation';
import { exampleSettings } from './fixtures';

const base = () => exampleSettings() as DraftSettings;

describe('profile and list edits', () => {
  it('creates a profile with the defaults and a fresh id', () => {
    const { settings, id } = addProfile(base(), 'New profile', 'USD');
    const made = settings.profiles.find((p) => p.id === id)!;
    expect(made).toMatchObject({ name: 'New profile', currency: 'USD', accounts: [], costs: [] });
    expect(checkDraft(settings).ok).toBe(true);
  });

  it('duplicates a profile without its accounts (an account belongs to one profile) and with new cost ids', () => {
    const { settings, id } = duplicateProfile(base(), 'default', 'Copy of Clothing shop');
    expect(settings.profiles.map((p) => p.id)).toEqual(['default', id, 'p2']);
    const copy = settings.profiles[1]!;
    expect(copy.accounts).toEqual([]);
    expect(copy.costs.map((c) => c.label)).toEqual(base().profiles[0]!.costs.map((c) => c.label));
    expect(copy.costs.some((c) => ['c1', 'c2', 'c3', 'c4', 'c5'].includes(c.id!))).toBe(false);
    expect(checkDraft(settings).ok).toBe(true);
  });

  it('deletes a profile, moving the default, but never the last one', () => {
    const after = deleteProfile(base(), 'default');
    expect(after.profiles.map((p) => p.id)).toEqual(['p2']);
    expect(after.defaultProfile).toBe('p2');
    expect(deleteProfile(after, 'p2')).toBe(after);
    expect(checkDraft(after).ok).toBe(true);
  });

  it('adds a cost of any kind with an id, dated today for a one-off', () => {
    const after = addCost(base(), 'p2', 'oneOff', '2025-11-23');
    expect(after.profiles[1]!.costs[1]).toMatchObject({ kind: 'oneOff', amount: 0, date: '2025-11-23' });
    expect(after.profiles[1]!.costs[1]!.id).toMatch(/^cost-/);
  });

  it('moves items within bounds only', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('never reuses a taken id', () => {
    let calls = 0;
    const seq = () => [0, 0, 0.5][calls++]!;
    const id = newId('p', ['p-000000'], seq);
    expect(id).toMatch(/^p-[0-9a-z]{6}$/);
    expect(id).not.toBe('p-000000');
    expect(calls).toBe(3);
  });
});
