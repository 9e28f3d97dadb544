import { describe, expect, it } from 'vitest';
import { fieldText, parseField, percentText } from '../../../lib/options/numbers';

describe('numbers typed in a field', () => {
  it('reads percents as fractions, exactly', () => {
    expect(parseField('60', 'percent', 'en-US')).toBe(0.6);
    expect(parseField('5.23', 'percent', 'en-US')).toBe(0.0523);
    expect(parseField('2,5', 'percent', 'fr-FR')).toBe(0.025);
    expect(parseField('60 %', 'percent', 'fr-FR')).toBe(0.6);
  });

  it('accepts both decimal marks, spaces as groups, a currency sign', () => {
    expect(parseField('12.5', 'money', 'fr-FR')).toBe(12.5);
    expect(parseField('1 234,5', 'money', 'fr-FR')).toBe(1234.5);
    expect(parseField('1,234.50', 'money', 'en-US')).toBe(1234.5);
    expect(parseField('6 €', 'money', 'fr-FR')).toBe(6);
  });

  it('is empty (null) or unreadable (NaN), never a guess', () => {
    expect(parseField('', 'money', 'en-US')).toBeNull();
    expect(parseField('  ', 'money', 'en-US')).toBeNull();
    expect(parseField('abc', 'money', 'en-US')).toBeNaN();
    expect(parseField('1.2K', 'money', 'en-US')).toBeNaN();
  });

  it('does not flag a number still being typed', () => {
    expect(parseField('12,', 'money', 'fr-FR')).toBe(12);
    expect(parseField('.5', 'money', 'en-US')).toBe(0.5);
    expect(parseField('-3', 'money', 'en-US')).toBe(-3);
  });

  it('shows stored values in the locale, without float noise or grouping', () => {
    expect(fieldText(0.07, 'percent', 'en-US')).toBe('7');
    expect(fieldText(0.0523, 'percent', 'fr-FR')).toBe('5,23');
    expect(fieldText(0.1 + 0.2, 'money', 'en-US')).toBe('0.3');
    expect(fieldText(15000, 'money', 'fr-FR')).toBe('15000');
    expect(fieldText(null, 'money', 'fr-FR')).toBe('');
    expect(fieldText(Number.NaN, 'money', 'fr-FR')).toBe('');
    // Rounded only when asked (a computed blend): the options page keeps every decimal.
    expect(fieldText(0.524808859325, 'percent', 'fr-FR')).toBe('52,4808859325');
    expect(fieldText(0.524808859325, 'percent', 'fr-FR', 2)).toBe('52,48');
  });

  it('round-trips what it shows', () => {
    for (const v of [0.6, 0.02, 0.125, 0.0523, 1.5, 0]) {
      expect(parseField(fieldText(v, 'percent', 'fr-FR'), 'percent', 'fr-FR')).toBe(v);
    }
  });

  it('writes short percentages', () => {
    expect(percentText(0.02, 'en-US')).toBe('2%');
    expect(percentText(0.125, 'en-US')).toBe('12.5%');
    expect(percentText(0.18, 'fr-FR')).toMatch(/^18[\u00a0\u202f]%$/);
  });
});
