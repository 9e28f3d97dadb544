import { describe, it, expect } from 'vitest';
import { parseDisplayedNumber } from '../../../lib/parse';
import { NBSP, NNBSP, THIN } from './number-helpers';

type Case = [text: string, locale: string | undefined, value: number, percent: boolean, symbol: string | null];

const READABLE: Case[] = [
  ['$1,234.56', undefined, 1234.56, false, '$'],
  ['$1,234.56', 'en-US', 1234.56, false, '$'],
  ['US$1,234.56', undefined, 1234.56, false, 'US$'],
  ['S$12.00', 'en-SG', 12, false, 'S$'],
  ['¥1,234', 'ja-JP', 1234, false, '¥'],
  ['¥1,234', undefined, 1234, false, '¥'],
  ['£1,234.56', 'en-GB', 1234.56, false, '£'],
  ['€12.50', 'en-IE', 12.5, false, '€'],
  [`1${NNBSP}234,56${NBSP}€`, 'fr-FR', 1234.56, false, '€'],
  [`1${NNBSP}234,56${NBSP}€`, undefined, 1234.56, false, '€'],
  [`1${NBSP}234,56${NBSP}€`, 'fr-FR', 1234.56, false, '€'],
  ['1.234,56 €', 'de-DE', 1234.56, false, '€'],
  ['1.234,56 €', undefined, 1234.56, false, '€'],
  ['1234,56 €', 'es-ES', 1234.56, false, '€'],
  ['12.345,67 €', 'es-ES', 12345.67, false, '€'],
  ['4,21', 'fr-FR', 4.21, false, null],
  ['4,21', undefined, 4.21, false, null],
  ['4.21', 'en-US', 4.21, false, null],
  ['4.21', 'fr-FR', 4.21, false, null],
  [`12,5${NBSP}%`, 'fr-FR', 0.125, true, null],
  [`12,5${NBSP}%`, undefined, 0.125, true, null],
  ['5.23%', 'en-US', 0.0523, true, null],
  ['400%', 'en-US', 4, true, null],
  ['%12,5', 'tr-TR', 0.125, true, null],
  ['−12,00 €', 'fr-FR', -12, false, '€'],
  ['-12.00', 'en-US', -12, false, null],
  ['-$1,234.56', 'en-US', -1234.56, false, '$'],
  ['$-5.00', 'en-US', -5, false, '$'],
  ['+3.5%', 'en-US', 0.035, true, null],
  ['EUR 12.00', undefined, 12, false, 'EUR'],
  ['12,00 EUR', undefined, 12, false, 'EUR'],
  ['CHF 1’234.50', 'de-CH', 1234.5, false, 'CHF'],
  ['CHF 1’234.50', undefined, 1234.5, false, 'CHF'],
  ["CHF-1'234.50", 'de-CH', -1234.5, false, 'CHF'],
  ['₹1,23,456.78', 'en-IN', 123456.78, false, '₹'],
  ['₹1,23,456.78', undefined, 123456.78, false, '₹'],
  ['$50.00/day', 'en-US', 50, false, '$'],
  ['£0.00/day', 'en-GB', 0, false, '£'],
  ['50,00 €/jour', 'fr-FR', 50, false, '€'],
  ['50,00 €/Tag', 'de-DE', 50, false, '€'],
  ['50,00 €/día', 'es-ES', 50, false, '€'],
  ['¥50.00/天', 'zh-CN', 50, false, '¥'],
  [`  ${NBSP}1,234.56\t `, 'en-US', 1234.56, false, null],
  [`1${THIN}234,56`, 'fr-FR', 1234.56, false, null],
  ['0.00', 'en-US', 0, false, null],
  ['-0.00', 'en-US', 0, false, null],
  ['1,234', 'en-US', 1234, false, null],
  ['1,234', 'fr-FR', 1.234, false, null],
  ['1,234', 'de-DE', 1.234, false, null],
  ['1,234', 'es-ES', 1.234, false, null],
  ['1.234', 'de-DE', 1234, false, null],
  ['1.234', 'es-ES', 1234, false, null],
  ['1.234', 'en-US', 1.234, false, null],
  // No locale: one separator before exactly 3 digits groups, before 1–2 digits is decimal.
  ['1,234', undefined, 1234, false, null],
  ['1.234', undefined, 1234, false, null],
  ['1,5', undefined, 1.5, false, null],
  ['0,123', undefined, 0.123, false, null],
  ['1.2345', undefined, 1.2345, false, null],
  ['1,234,567', undefined, 1234567, false, null],
  ['1.234.567', undefined, 1234567, false, null],
  ['1 234,567', undefined, 1234.567, false, null],
  // The text contradicts the locale: fall back to the text's own evidence.
  ['1.234,56 €', 'en-US', 1234.56, false, '€'],
  ['1,234.56', 'de-DE', 1234.56, false, null],
  ['12.5', 'fr-FR', 12.5, false, null],
  ['1.234.567', 'en-US', 1234567, false, null],
  ['0.0523', 'de-DE', 0.0523, false, null],
  // Symbols as Intl writes them in other locales.
  ['1 234,50 $US', 'fr-FR', 1234.5, false, '$US'],
  ['1234,50 GBP', 'es-ES', 1234.5, false, 'GBP'],
  ['JP¥1,235', 'en-GB', 1235, false, 'JP¥'],
  ['R$ 1.234,50', 'pt-BR', 1234.5, false, 'R$'],
  ['−1 234,50 kr', 'sv-SE', -1234.5, false, 'kr'],
  ['-1.234,50 kr.', 'da-DK', -1234.5, false, 'kr.'],
  ['-1234,50 zł', 'pl-PL', -1234.5, false, 'zł'],
  ['€ -1.234,50', 'nl-NL', -1234.5, false, '€'],
  ['\u200f\u200e-1,234.50 \u200f₪', 'he-IL', -1234.5, false, '₪'],
  ['-1,234.50 د.إ.', 'ar-AE', -1234.5, false, 'د.إ.'],
  ['１，２３４．５６', 'ja-JP', 1234.56, false, null],
  ['￥1,235', 'ja-JP', 1235, false, '¥'],
];

describe('parseDisplayedNumber: readable figures', () => {
  it.each(READABLE)('%j (%s) → %d', (text, locale, value, percent, symbol) => {
    const r = parseDisplayedNumber(text, locale);
    expect(r).toEqual({ ok: true, value, percent, currencySymbol: symbol, raw: text });
  });

  it('keeps the raw text untouched', () => {
    const text = `  1${NNBSP}234,56${NBSP}€ `;
    expect(parseDisplayedNumber(text, 'fr-FR').raw).toBe(text);
  });
});

describe('parseDisplayedNumber: refusals', () => {
  const EMPTY = ['—', '–', '--', '-', '−', '', '   ', NBSP, 'N/A', 'n/a', 'n. v.', 'n.v.', ' — '];
  it.each(EMPTY)('%j is empty, never 0', (text) => {
    expect(parseDisplayedNumber(text)).toEqual({ ok: false, reason: 'empty', raw: text });
    expect(parseDisplayedNumber(text, 'de-DE')).toEqual({ ok: false, reason: 'empty', raw: text });
  });

  const ABBREVIATED: [string, string | undefined][] = [
    ['1.2K', 'en-US'],
    ['1.2K', undefined],
    ['3,4 k', 'fr-FR'],
    ['2M', undefined],
    ['1,5 Mio.', 'de-DE'],
    ['2 M€', 'fr-FR'],
    ['$1.2K', 'en-US'],
    ['€3M', undefined],
    ['1,2 Mrd. €', 'de-DE'],
    ['1.2万', 'zh-CN'],
    ['₹1.5 Cr', 'en-IN'],
    ['2 mil', 'es-ES'],
    ['1.2B', undefined],
    ['12K%', undefined],
  ];
  it.each(ABBREVIATED)('%j (%s) is refused as abbreviated', (text, locale) => {
    expect(parseDisplayedNumber(text, locale)).toEqual({ ok: false, reason: 'abbreviated', raw: text });
  });

  const UNPARSEABLE: [string, string | undefined][] = [
    ['abc', undefined],
    ['Cost', 'en-US'],
    ['(12.00)', 'en-US'],
    ['< 10%', 'en-US'],
    ['> 90 %', 'fr-FR'],
    ['12 apples', 'en-US'],
    ['1,,234', undefined],
    ['1.234.56', undefined],
    ['$12 €', undefined],
    ['€12%', undefined],
    ['--12', undefined],
    ['+-12', undefined],
    ['12-', undefined],
    ['1 2', undefined],
    ['12.', undefined],
    ['.5', undefined],
    ['1e5', undefined],
    ['Infinity', undefined],
    ['Nov 5, 2025', 'en-US'],
    ['12 34 5', undefined],
    ['1,234.567,8', undefined],
    ['9'.repeat(400), undefined],
  ];
  it.each(UNPARSEABLE)('%j (%s) is unparseable', (text, locale) => {
    expect(parseDisplayedNumber(text, locale)).toEqual({ ok: false, reason: 'unparseable', raw: text });
  });
});
