import { describe, expect, it } from 'vitest';
import { blocking, readStored, type Unreadable } from '../../../lib/settings';

// biome-ignore lint/suspicious/noExplicitAny: test data is corrupted field by field, in any shape
type Raw = Record<string, any>;
const file = (): Raw => ({
  version: 2,
  targetRoi: 0.5,
  display: 'percent',
  badgeRoi: 'firstOrder',
  language: 'auto',
  defaultProfile: 'default',
  sync: false,
  profiles: [
    {
      id: 'default',
      name: 'Shop',
      accounts: [],
      currency: 'EUR',
      margin: { default: 0.6, rules: [] },
      vatIncluded: 0,
      returnRate: 0,
      leadValue: null,
      lifetime: null,
      costs: [{ kind: 'monthly', label: 'Tools', amount: 120 }],
    },
    {
      id: 'client-b',
      name: 'Client B',
      accounts: [{ platform: 'meta', id: '1234567890' }],
      currency: 'EUR',
      margin: { default: 0.4, rules: [] },
      vatIncluded: 0,
      returnRate: 0,
      leadValue: null,
      lifetime: null,
      costs: [],
    },
  ],
});
const unreadable = (edit: (s: Raw) => void): Unreadable[] => {
  const s = file();
  edit(s);
  return readStored(s).unreadable;
};

describe('which repairs keep figures from being shown', () => {
  it('nothing stored: defaults, not stored, nothing unreadable', () => {
    const r = readStored(undefined);
    expect(r.stored).toBe(false);
    expect(r.unreadable).toEqual([]);
    expect(readStored(file())).toMatchObject({ stored: true, unreadable: [] });
  });

  it('a negative cost amount blocks its profile only, naming the cost and the field', () => {
    const u = unreadable((s) => {
      s.profiles[0].costs[0].amount = -120;
    });
    expect(u).toEqual([
      {
        profileId: 'default',
        path: 'profiles[0].costs[0].amount',
        problem: 'negative',
        what: { kind: 'cost', label: 'Tools', number: 1, costKind: 'monthly', field: 'amount' },
      },
    ]);
    expect(blocking(u, 'default')).toHaveLength(1);
    expect(blocking(u, 'client-b')).toEqual([]);
  });

  it('a cost of an unknown kind is named by its kind', () => {
    const u = unreadable((s) => {
      s.profiles[1].costs.push({ kind: 'commission', label: 'Marketplace', rate: 0.1 });
    });
    expect(u).toEqual([
      {
        profileId: 'client-b',
        path: 'profiles[1].costs[0]',
        problem: 'unknownKind',
        what: { kind: 'cost', label: 'Marketplace', number: 1, costKind: 'commission', field: null },
      },
    ]);
  });

  it.each([
    [
      'an unreadable margin',
      (s: Raw) => {
        s.profiles[0].margin = 'sixty';
      },
      { kind: 'margin' },
      'unreadable',
    ],
    [
      'a negative margin',
      (s: Raw) => {
        s.profiles[0].margin.default = -0.2;
      },
      { kind: 'margin' },
      'negative',
    ],
    [
      'a broken margin rule',
      (s: Raw) => {
        s.profiles[0].margin.rules = [{ match: 'contains', margin: 0.2 }];
      },
      { kind: 'marginRule', number: 1 },
      'unreadable',
    ],
    [
      'a missing currency',
      (s: Raw) => {
        delete s.profiles[0].currency;
      },
      { kind: 'setting', field: 'currency' },
      'unreadable',
    ],
    [
      'a VAT rate above 100 %',
      (s: Raw) => {
        s.profiles[0].vatIncluded = 3;
      },
      { kind: 'setting', field: 'vatIncluded' },
      'tooLarge',
    ],
    [
      'a half lead value',
      (s: Raw) => {
        s.profiles[0].leadValue = { closeRate: 0.1 };
      },
      { kind: 'setting', field: 'leadValue' },
      'unreadable',
    ],
    [
      'a cost without its date',
      (s: Raw) => {
        s.profiles[0].costs.push({ kind: 'oneOff', label: 'Photos', amount: 300 });
      },
      { kind: 'cost', label: 'Photos', number: 2, costKind: 'oneOff', field: null },
      'unreadable',
    ],
  ])('%s blocks the profile', (_, edit, what, problem) => {
    const u = unreadable(edit);
    expect(u).toHaveLength(1);
    expect(u[0]).toMatchObject({ profileId: 'default', what, problem });
  });

  it('an unreadable target, a dropped profile or unreadable settings block every profile', () => {
    expect(
      unreadable((s) => {
        s.targetRoi = 'high';
      }),
    ).toMatchObject([{ profileId: null, what: { kind: 'setting', field: 'targetRoi' } }]);
    expect(
      unreadable((s) => {
        s.profiles[1] = 42;
      }),
    ).toMatchObject([{ profileId: null, what: { kind: 'profile', number: 2 } }]);
    expect(readStored('{not json').unreadable).toEqual([{ profileId: null, path: '', what: { kind: 'settings' }, problem: 'unreadable' }]);
    expect(readStored(7).unreadable).toMatchObject([{ what: { kind: 'settings' } }]);
  });

  it('repairs that change no figure block nothing', () => {
    for (const edit of [
      (s: Raw) => {
        s.display = 'bars';
      },
      (s: Raw) => {
        s.language = 'klingon';
      },
      (s: Raw) => {
        s.profiles[0].costs[0].label = '';
      },
      (s: Raw) => {
        s.profiles[0].margin.default = '0.6';
      },
      (s: Raw) => {
        s.profiles[0].name = 7;
      },
      (s: Raw) => {
        s.profiles[0].notes = 'stray field';
      },
      (s: Raw) => {
        s.theme = 'dark';
      },
      (s: Raw) => {
        delete s.profiles[0].lifetime;
      },
    ])
      expect(unreadable(edit)).toEqual([]);
    expect(readStored(JSON.stringify(file())).unreadable).toEqual([]);
  });

  it('settings from a newer version: an unknown field in a profile may be a cost, so it blocks that profile', () => {
    const u = unreadable((s) => {
      s.version = 3;
      s.profiles[1].discountRate = 0.1;
      s.theme = 'dark';
    });
    expect(u).toEqual([{ profileId: 'client-b', path: 'profiles[1].discountRate', what: { kind: 'setting', field: 'discountRate' }, problem: 'unknownField' }]);
    expect(
      unreadable((s) => {
        s.version = 3;
      }),
    ).toEqual([]);
  });

  it('reading never changes the value read', () => {
    const s = file();
    s.version = 3;
    s.profiles[0].costs.push({ kind: 'commission', label: 'C', rate: 0.1 });
    const before = structuredClone(s);
    readStored(s);
    expect(s).toEqual(before);
  });
});
