import { describe, expect, it } from 'vitest';
import { formatMoney, formatRoi, formatThreshold, verdict } from '../../../lib/format';
import { localeFor, resolveLanguage, translator } from '../../../lib/i18n';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('display formatting', () => {
  it('rounds only for display: ROI to 1 decimal, ratios to 2, money to the cent', () => {
    expect(formatRoi(4655 / 4345, 'percent', 'en-US')).toBe('107.1%');
    expect(nbsp(formatRoi(4655 / 4345, 'percent', 'fr-FR'))).toBe('107,1 %');
    expect(formatRoi(4655 / 4345, 'ratio', 'en-US')).toBe('2.07 : 1');
    expect(nbsp(formatMoney(1234.5, 'EUR', 'fr-FR'))).toBe('1 234,50 €');
    expect(formatMoney(1234.5, 'USD', 'en-US')).toBe('$1,234.50');
  });
  it('never prints a negative or infinite ROAS for an unreachable target', () => {
    const words = { unreachable: 'not reachable at this margin', unknown: 'unknown' };
    expect(formatThreshold('unreachable', 'en-US', words)).toBe('not reachable at this margin');
    expect(formatThreshold(2.6145, 'en-US', words)).toBe('2.61');
  });
  it('colours: red below 0, amber below the target, green at or above it', () => {
    expect(verdict(-0.01, 0.5)).toBe('loss');
    expect(verdict(0, 0.5)).toBe('below-target');
    expect(verdict(0.5, 0.5)).toBe('on-target');
  });
  it('follows the browser language unless the user chose', () => {
    expect(resolveLanguage('auto', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveLanguage('en', 'fr-FR')).toBe('en');
    expect(localeFor('fr', 'fr-CA')).toBe('fr-CA');
    expect(localeFor('fr', 'en-US')).toBe('fr-FR');
    expect(translator('fr')('reason.spend-column-missing')).toBe('colonne des dépenses introuvable');
    expect(translator('en')('fix.period-unknown', { text: 'x' })).toContain('“x”');
  });
});
