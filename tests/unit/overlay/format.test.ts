import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatPercent, formatRoi, formatThreshold, verdict } from '../../../lib/format';
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

describe('no sign on a figure that rounds to zero', () => {
  // −0.0004 rounds to "-0,0 %": a sign on zero reads as a loss that is not there (a chart's 0 tick is −0 too).
  it.each(['en-US', 'fr-FR'])('ROI, percentages, money and numbers in %s', (locale) => {
    for (const zero of [-0, -0.0004]) {
      expect(formatRoi(zero, 'percent', locale)).not.toMatch(/^[-−]/);
      expect(formatPercent(zero, locale)).not.toMatch(/^[-−]/);
      expect(formatMoney(zero / 1000, 'EUR', locale)).not.toMatch(/[-−]/);
      expect(formatNumber(zero / 100, locale, 2)).not.toMatch(/^[-−]/);
    }
    expect(formatRoi(-0.0006, 'percent', locale)).toMatch(/^[-−]0[.,]1/);
    expect(formatMoney(-0.006, 'EUR', locale)).toMatch(/[-−]/);
  });
});
