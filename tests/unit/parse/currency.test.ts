import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { resolveCurrency } from '../../../lib/parse';

describe('resolveCurrency', () => {
  const CASES: [symbol: string | null, locale: string, code: string | null][] = [
    // ISO codes pass through whatever the locale.
    ['EUR', 'en-US', 'EUR'],
    ['USD', 'fr-FR', 'USD'],
    ['CHF', 'de-CH', 'CHF'],
    ['GBP', 'es-ES', 'GBP'],
    // Symbols that name one currency.
    ['€', 'en-US', 'EUR'],
    ['€', 'de-DE', 'EUR'],
    ['£', 'en-GB', 'GBP'],
    ['£', 'en-US', 'GBP'],
    ['US$', 'en-GB', 'USD'],
    ['US$', 'es-ES', 'USD'],
    ['$US', 'fr-FR', 'USD'],
    ['CA$', 'en-US', 'CAD'],
    ['C$', 'en-US', 'CAD'],
    ['A$', 'en-GB', 'AUD'],
    ['AU$', 'en-US', 'AUD'],
    ['S$', 'en-US', 'SGD'],
    ['R$', 'pt-BR', 'BRL'],
    ['₹', 'en-IN', 'INR'],
    ['zł', 'pl-PL', 'PLN'],
    ['JP¥', 'en-GB', 'JPY'],
    ['£GB', 'fr-FR', 'GBP'],
    // `kr` depends on the language or region.
    ['kr', 'sv-SE', 'SEK'],
    ['kr', 'sv', 'SEK'],
    ['kr', 'nb-NO', 'NOK'],
    ['kr', 'no', 'NOK'],
    ['kr.', 'da-DK', 'DKK'],
    ['kr', 'da', 'DKK'],
    ['kr', 'en-US', null],
    ['kr', 'de-DE', null],
    // `¥` is the yuan for Chinese pages, the yen elsewhere.
    ['¥', 'zh-CN', 'CNY'],
    ['¥', 'zh-TW', 'CNY'],
    ['¥', 'zh', 'CNY'],
    ['¥', 'ja-JP', 'JPY'],
    ['¥', 'en-US', 'JPY'],
    ['￥', 'ja-JP', 'JPY'],
    // A bare `$` is the dollar of the locale's region, USD when it has none.
    ['$', 'en-US', 'USD'],
    ['$', 'es-US', 'USD'],
    ['$', 'en', 'USD'],
    ['$', 'en-CA', 'CAD'],
    ['$', 'fr-CA', 'CAD'],
    ['$', 'en-AU', 'AUD'],
    ['$', 'en-NZ', 'NZD'],
    ['$', 'es-MX', 'MXN'],
    ['$', 'en-SG', 'SGD'],
    ['$', 'zh-HK', 'HKD'],
    ['$', 'de-DE', 'USD'],
    ['$', 'fr-FR', 'USD'],
    ['$', 'en-IN', 'USD'],
    ['$', 'not a locale', 'USD'],
    // Learnt from Intl for the locale when no table lists it.
    ['د.إ.', 'ar-AE', 'AED'],
    // Unknown.
    [null, 'en-US', null],
    ['', 'en-US', null],
    ['abc', 'en-US', null],
    ['XYZ', 'en-US', null],
    ['Cost', 'en-US', null],
  ];

  it.each(CASES)('%j in %s → %s', (symbol, locale, code) => {
    expect(resolveCurrency(symbol, locale)).toBe(code);
  });

  it('never throws and returns null or a three-letter code', () => {
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: null }), fc.constantFrom('en-US', 'fr-FR', 'zh-CN', 'sv-SE', 'x', ''), (symbol, locale) => {
        const code = resolveCurrency(symbol, locale);
        expect(code === null || /^[A-Z]{3}$/.test(code)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
