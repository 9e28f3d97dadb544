import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../lib/settings';
import { diffSettings } from '../../../lib/settings';
import { modelSettingsFile } from './fixtures';

const current = (): Settings => modelSettingsFile() as Settings;

describe('diffSettings', () => {
  it('finds nothing between equal settings', () => {
    expect(diffSettings(current(), current())).toEqual([]);
  });

  it('treats an absent sync as off, and null optional fields as absent', () => {
    const after = current();
    after.sync = false;
    after.profiles[0]!.costs[1] = { kind: 'monthly', label: 'Bid tool', amount: 120, from: null, scope: null };
    expect(diffSettings(current(), after)).toEqual([]);
  });

  it('lists file-level settings with old and new values', () => {
    const after = { ...current(), targetRoi: 1, display: 'ratio' as const, sync: true };
    expect(diffSettings(current(), after)).toEqual([
      { subject: 'setting', action: 'changed', field: 'targetRoi', before: 0.5, after: 1 },
      { subject: 'setting', action: 'changed', field: 'display', before: 'percent', after: 'ratio' },
      { subject: 'setting', action: 'changed', field: 'sync', before: false, after: true },
    ]);
  });

  it('lists profiles added, removed and renamed', () => {
    const after = current();
    after.profiles[0]!.name = 'Main shop';
    after.profiles[1] = { ...after.profiles[1]!, id: 'p3', name: 'Client C', accounts: [] };
    expect(diffSettings(current(), after)).toEqual([
      { subject: 'profile', action: 'removed', profileId: 'p2', name: 'Client B' },
      { subject: 'profile', action: 'renamed', profileId: 'default', before: 'My shop', after: 'Main shop' },
      { subject: 'profile', action: 'added', profileId: 'p3', name: 'Client C' },
    ]);
  });

  it('lists profile fields, accounts and margin rules', () => {
    const after = current();
    const p2 = after.profiles[1]!;
    p2.margin.default = 0.5;
    p2.currency = 'USD';
    p2.leadValue = { closeRate: 0.1, dealValue: 1500 };
    p2.accounts = [
      { platform: 'meta', id: '1234567890' },
      { platform: 'meta', id: '42' },
    ];
    p2.margin.rules = [
      { match: 'contains', pattern: 'Baby bottles', margin: 0.2 },
      { match: 'regex', pattern: '^Brand', margin: 0.7 },
    ];
    expect(diffSettings(current(), after)).toEqual([
      { subject: 'profile', action: 'changed', profileId: 'p2', field: 'currency', before: 'EUR', after: 'USD' },
      { subject: 'profile', action: 'changed', profileId: 'p2', field: 'margin.default', before: 0.6, after: 0.5 },
      { subject: 'profile', action: 'changed', profileId: 'p2', field: 'leadValue', before: null, after: { closeRate: 0.1, dealValue: 1500 } },
      { subject: 'account', action: 'removed', profileId: 'p2', account: { platform: 'google-ads', id: '123-456-7890' } },
      { subject: 'account', action: 'added', profileId: 'p2', account: { platform: 'meta', id: '42' } },
      {
        subject: 'marginRule',
        action: 'changed',
        profileId: 'p2',
        rule: { match: 'contains', pattern: 'Baby bottles' },
        before: 0.18,
        after: 0.2,
      },
      { subject: 'marginRule', action: 'added', profileId: 'p2', rule: { match: 'regex', pattern: '^Brand', margin: 0.7 } },
    ]);
  });

  it('notices reordered margin rules, since the first match wins', () => {
    const before = current();
    before.profiles[0]!.margin.rules.push({ match: 'contains', pattern: 'Bottles', margin: 0.3 });
    const after = structuredClone(before);
    after.profiles[0]!.margin.rules.reverse();
    expect(diffSettings(before, after)).toEqual([{ subject: 'marginRule', action: 'reordered', profileId: 'default' }]);
  });

  it('lists costs added, removed and changed field by field', () => {
    const after = current();
    const costs = after.profiles[0]!.costs;
    costs[1] = { kind: 'monthly', label: 'Bid tool', amount: 150, until: '2025-12-31' };
    costs.splice(4, 1); // Shipping
    costs.push({ kind: 'monthly', label: 'Hosting', amount: 20 });
    expect(diffSettings(current(), after)).toEqual([
      { subject: 'cost', action: 'removed', profileId: 'default', cost: { kind: 'perConversion', label: 'Shipping', amount: 6 } },
      { subject: 'cost', action: 'changed', profileId: 'default', kind: 'monthly', label: 'Bid tool', field: 'amount', before: 120, after: 150 },
      { subject: 'cost', action: 'changed', profileId: 'default', kind: 'monthly', label: 'Bid tool', field: 'until', before: undefined, after: '2025-12-31' },
      { subject: 'cost', action: 'added', profileId: 'default', cost: { kind: 'monthly', label: 'Hosting', amount: 20 } },
    ]);
  });

  it('follows a cost by its id through a rename', () => {
    const before = current();
    before.profiles[0]!.costs = [{ id: 'c1', kind: 'monthly', label: 'Bid tool', amount: 120 }];
    const after = current();
    after.profiles[0]!.costs = [{ id: 'c1', kind: 'monthly', label: 'Bidding tool', amount: 120 }];
    expect(diffSettings(before, after)).toEqual([
      {
        subject: 'cost',
        action: 'changed',
        profileId: 'default',
        kind: 'monthly',
        label: 'Bidding tool',
        field: 'label',
        before: 'Bid tool',
        after: 'Bidding tool',
      },
    ]);
  });

  it('shows a renamed cost without id as one removed and one added', () => {
    const after = current();
    after.profiles[0]!.costs[1] = { kind: 'monthly', label: 'Bidding tool', amount: 120 };
    expect(diffSettings(current(), after).map((c) => [c.subject, c.action])).toEqual([
      ['cost', 'removed'],
      ['cost', 'added'],
    ]);
  });
});
