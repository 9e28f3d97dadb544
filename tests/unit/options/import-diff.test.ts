import { describe, expect, it } from 'vitest';
import { describeImport } from '../../../lib/options/import-diff';
import { translator } from '../../../lib/i18n';
import type { Settings } from '../../../lib/settings';
import { exampleSettings } from './fixtures';

const plain = (lines: string[]) => lines.map((l) => l.replace(/[\u00a0\u202f]/g, ' '));

function changed(edit: (s: Settings) => void): Settings {
  const s = exampleSettings();
  edit(s);
  return s;
}

describe('import preview wording', () => {
  it('says nothing when nothing changes', () => {
    expect(describeImport(exampleSettings(), exampleSettings(), translator('en'), 'en-US')).toEqual([]);
  });

  it('words settings, profile and cost changes in English with formatted values', () => {
    const after = changed((s) => {
      s.targetRoi = 0.3;
      s.display = 'ratio';
      s.profiles[0]!.name = 'Clothes';
      s.profiles[0]!.margin.default = 0.55;
      (s.profiles[0]!.costs[1] as { amount: number }).amount = 150;
      s.profiles[0]!.costs.push({ kind: 'percentOfSpend', id: 'c9', label: 'Agency', rate: 0.1 });
      s.profiles[1]!.costs = [];
      s.profiles[1]!.accounts.push({ platform: 'google-ads', id: '111-222-3333' });
    });
    expect(describeImport(exampleSettings(), after, translator('en'), 'en-US')).toEqual([
      'Target ROI: 50% → 30%',
      'ROI shown as: percentage → gain ratio',
      'Profile “Clothing shop” renamed “Clothes”',
      'Profile “Clothes”, default margin: 60% → 55%',
      'Profile “Clothes”, cost “Bid tool”, amount: €120.00 → €150.00',
      'Profile “Clothes”: new cost “Agency” (Share of ad spend), 10% of ad spend',
      'Profile “Client B”: account Google Ads 111-222-3333 added',
      'Profile “Client B”: cost “Agency fee” (Share of ad spend, 10% of ad spend) removed',
    ]);
  });

  it('words them in French with French formats', () => {
    const after = changed((s) => {
      (s.profiles[0]!.costs[1] as { amount: number }).amount = 150;
      s.profiles[1]!.margin.rules[0]!.margin = 0.2;
      s.language = 'fr';
    });
    expect(plain(describeImport(exampleSettings(), after, translator('fr'), 'fr-FR'))).toEqual([
      'Langue : langue du navigateur → Français',
      'Profil « Clothing shop », coût « Bid tool », montant : 120,00 € → 150,00 €',
      'Profil « Client B » : marge des campagnes contenant « Baby bottles » : 18 % → 20 %',
    ]);
  });

  it('names added and removed profiles, rules and one-off costs with their dates', () => {
    const after = changed((s) => {
      s.profiles.splice(1, 1);
      s.profiles.push({ ...structuredClone(s.profiles[0]!), id: 'p3', name: 'Shop 3', accounts: [] });
      s.profiles[0]!.margin.rules.push({ match: 'regex', pattern: '^Brand', margin: 0.7 });
      s.profiles[0]!.costs[2] = { kind: 'oneOff', id: 'c3', label: 'Product photos', amount: 300, date: '2025-11-10', amortizeMonths: 3 };
    });
    expect(describeImport(exampleSettings(), after, translator('en'), 'en-US')).toEqual([
      'Profile “Client B” removed, with its costs',
      'Profile “Clothing shop”: new margin rule, campaigns matching /^Brand/ → 70%',
      'Profile “Clothing shop”, cost “Product photos”, spread over: not set → 3 months',
      'New profile “Shop 3”',
    ]);
  });
});
