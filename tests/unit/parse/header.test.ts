import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeHeader } from '../../../lib/parse';

describe('normalizeHeader', () => {
  const CASES: [text: string, key: string][] = [
    ['Cost', 'cost'],
    ['  Cost  ', 'cost'],
    ['Conv. value / cost', 'conv. value/cost'],
    ['Conv. value/cost', 'conv. value/cost'],
    ['Valeur de conv. / coût', 'valeur de conv./coût'],
    ['Valeur de conv./coût', 'valeur de conv./coût'],
    ['Cost help_outline', 'cost'],
    ['Costhelp_outline', 'cost'],
    ['Conv. value expand_more help_outline', 'conv. value'],
    ['arrow_upward Cost', 'cost'],
    ['Cost arrow_downward', 'cost'],
    ['Clicks arrow_drop_down', 'clicks'],
    ['Amount spent (USD)', 'amount spent'],
    ['Montant dépensé (EUR)', 'montant dépensé'],
    ['Importe gastado (MXN)', 'importe gastado'],
    ['Ausgegebener Betrag (EUR) help_outline', 'ausgegebener betrag'],
    // Only a three-capital code is a currency suffix.
    ['Cost (usd)', 'cost (usd)'],
    ['Purchase ROAS (return on ad spend)', 'purchase roas (return on ad spend)'],
    ['CPM (Coût pour 1\u00a0000\u00a0impressions)', 'cpm (coût pour 1 000 impressions)'],
    ['Nom de l’ensemble\u202fde publicités', 'nom de l’ensemble de publicités'],
    ['Amount\n\t spent', 'amount spent'],
    ['Ｃｏｓｔ', 'cost'],
    ['Info', 'info'],
    ['', ''],
  ];

  it.each(CASES)('%j → %j', (text, key) => {
    expect(normalizeHeader(text)).toBe(key);
  });

  it('is idempotent and leaves no outer, double or non-ASCII spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const key = normalizeHeader(text);
        expect(normalizeHeader(key)).toBe(key);
        expect(key).toBe(key.trim());
        expect(key).not.toMatch(/\s\s|[^\S ]| \/|\/ /);
      }),
      { numRuns: 1000 },
    );
  });
});
