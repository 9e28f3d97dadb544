import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseDateRange } from '../../../lib/parse';
import { anyText } from '../../shared/any-text';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const THIN = '\u2009';

type Case = [text: string, locale: string | undefined, start: string, end: string];

const READABLE: Case[] = [
  // Preset labels in front of the dates.
  ['Last 30 days  Dec 16, 2024 – Jan 14, 2025', 'en-US', '2024-12-16', '2025-01-14'],
  [`Last 30 days: Dec 16, 2024 – Jan 14, 2025${NBSP}`, 'en-US', '2024-12-16', '2025-01-14'],
  ['30 derniers jours : 1 janv. 2025 – 30 janv. 2025', 'fr-FR', '2025-01-01', '2025-01-30'],
  ['Personnalisé 1 – 31 janv. 2025', 'fr-FR', '2025-01-01', '2025-01-31'],
  ['Letzte 30 Tage: 1.–30. Nov. 2025', 'de-DE', '2025-11-01', '2025-11-30'],
  ['Últimos 30 días: 1 – 30 nov 2025', 'es-ES', '2025-11-01', '2025-11-30'],
  ['Yesterday: Nov 4, 2025', 'en-US', '2025-11-04', '2025-11-04'],
  ['过去 30 天 2024年1月1日 - 2024年1月31日', 'zh-CN', '2024-01-01', '2024-01-31'],
  ['Last 7 days - Nov 24 – 30, 2025', 'en-US', '2025-11-24', '2025-11-30'],
  ['Nov 24 – 30, 2025 expand_more', 'en-US', '2025-11-24', '2025-11-30'],
  // EN
  ['Nov 1 – 30, 2025', 'en-US', '2025-11-01', '2025-11-30'],
  ['Nov 1, 2025 – Nov 30, 2025', 'en-US', '2025-11-01', '2025-11-30'],
  ['Dec 15, 2024 – Jan 14, 2025', 'en-US', '2024-12-15', '2025-01-14'],
  ['Nov 28 – Dec 4, 2025', 'en-US', '2025-11-28', '2025-12-04'],
  ['November 1, 2025 – November 30, 2025', 'en-US', '2025-11-01', '2025-11-30'],
  ['1 Nov 2025 – 30 Nov 2025', 'en-GB', '2025-11-01', '2025-11-30'],
  ['Nov 5, 2025', 'en-US', '2025-11-05', '2025-11-05'],
  ['Nov 1-30, 2025', undefined, '2025-11-01', '2025-11-30'],
  ['Nov 1—30, 2025', undefined, '2025-11-01', '2025-11-30'],
  [`Nov 1${NBSP}–${NNBSP}30, 2025`, undefined, '2025-11-01', '2025-11-30'],
  [`Nov 1${THIN}–${THIN}30, 2025`, undefined, '2025-11-01', '2025-11-30'],
  ['Nov 1–30, 2025', undefined, '2025-11-01', '2025-11-30'],
  ['Dec 28 – Jan 3, 2026', 'en-US', '2025-12-28', '2026-01-03'],
  ['Feb 1 – 29, 2024', 'en-US', '2024-02-01', '2024-02-29'],
  ['Nov 1st – 30th, 2025', 'en-US', '2025-11-01', '2025-11-30'],
  // FR
  ['1 – 30 nov. 2025', 'fr-FR', '2025-11-01', '2025-11-30'],
  ['1 – 31 janv. 2025', 'fr-FR', '2025-01-01', '2025-01-31'],
  ['28 nov. – 4 déc. 2025', 'fr-FR', '2025-11-28', '2025-12-04'],
  ['15 déc. 2024 – 14 janv. 2025', 'fr-FR', '2024-12-15', '2025-01-14'],
  ['1er – 30 novembre 2025', 'fr-FR', '2025-11-01', '2025-11-30'],
  ['5 nov. 2025', 'fr-FR', '2025-11-05', '2025-11-05'],
  ['15 dec 2024 – 14 janv 2025', 'fr-FR', '2024-12-15', '2025-01-14'],
  ['1 – 28 fevr. 2025', 'fr-FR', '2025-02-01', '2025-02-28'],
  ['1 – 31 AOÛT 2025', 'fr-FR', '2025-08-01', '2025-08-31'],
  ['1 – 31 juil. 2025', 'fr-FR', '2025-07-01', '2025-07-31'],
  // DE
  ['1.–30. Nov. 2025', 'de-DE', '2025-11-01', '2025-11-30'],
  ['1. – 30. Nov. 2025', 'de-DE', '2025-11-01', '2025-11-30'],
  ['28. Nov. – 4. Dez. 2025', 'de-DE', '2025-11-28', '2025-12-04'],
  ['15.12.2024 – 14.01.2025', 'de-DE', '2024-12-15', '2025-01-14'],
  ['15.12. – 14.01.2025', 'de-DE', '2024-12-15', '2025-01-14'],
  ['1. November 2025 – 30. November 2025', 'de-DE', '2025-11-01', '2025-11-30'],
  ['1. – 31. März 2025', 'de-DE', '2025-03-01', '2025-03-31'],
  ['1. – 31. Mär. 2025', 'de-DE', '2025-03-01', '2025-03-31'],
  ['1. – 30. Juni 2025', 'de-DE', '2025-06-01', '2025-06-30'],
  ['1. – 31. Juli 2025', 'de-DE', '2025-07-01', '2025-07-31'],
  ['1. – 30. Sept. 2025', 'de-DE', '2025-09-01', '2025-09-30'],
  // ES
  ['1 – 30 nov 2025', 'es-ES', '2025-11-01', '2025-11-30'],
  ['1 – 30 de noviembre de 2025', 'es-ES', '2025-11-01', '2025-11-30'],
  ['28 nov – 4 dic 2025', 'es-ES', '2025-11-28', '2025-12-04'],
  ['15 dic 2024 – 14 ene 2025', 'es-ES', '2024-12-15', '2025-01-14'],
  ['1 – 31 ago 2025', 'es-ES', '2025-08-01', '2025-08-31'],
  ['1 – 30 sept 2025', 'es-ES', '2025-09-01', '2025-09-30'],
  // zh / ja / ko
  ['2024年1月1日 - 2024年1月31日', 'zh-CN', '2024-01-01', '2024-01-31'],
  ['2026 年 3 月 13 日 - 4 月 9 日', 'zh-TW', '2026-03-13', '2026-04-09'],
  ['2025年12月28日 - 1月3日', 'zh-CN', '2025-12-28', '2026-01-03'],
  ['2025/11/1至2025/11/30', 'zh-TW', '2025-11-01', '2025-11-30'],
  ['2025/11/01～2025/11/30', 'ja-JP', '2025-11-01', '2025-11-30'],
  ['2025년 11월 1일~30일', 'ko-KR', '2025-11-01', '2025-11-30'],
  // ru, as in the Russian Google Ads UI
  [`1 – 31 янв. 2025${NBSP}г.`, 'ru-RU', '2025-01-01', '2025-01-31'],
  // ISO and numeric
  ['2025-11-01 – 2025-11-30', undefined, '2025-11-01', '2025-11-30'],
  ['2025-11-01-2025-11-30', undefined, '2025-11-01', '2025-11-30'],
  ['11/30/2025', 'en-US', '2025-11-30', '2025-11-30'],
  ['12/15/2024 – 1/14/2025', 'en-US', '2024-12-15', '2025-01-14'],
  ['15/12/2024 – 14/01/2025', 'fr-FR', '2024-12-15', '2025-01-14'],
  ['15-12-2024 – 14-01-2025', 'nl-NL', '2024-12-15', '2025-01-14'],
];

describe('parseDateRange: readable texts', () => {
  it.each(READABLE)('%j (%s) → %s … %s', (text, locale, start, end) => {
    expect(parseDateRange(text, locale)).toEqual({ start, end });
  });
});

describe('parseDateRange: refusals', () => {
  const REFUSED: [string, string | undefined][] = [
    ['Last 30 days', 'en-US'],
    ['30 derniers jours', 'fr-FR'],
    ['Maximum', 'en-US'],
    ['This month', 'en-US'],
    ['', undefined],
    ['2025', undefined],
    ['Nov 2025', 'en-US'],
    ['Nov 1 – 30', 'en-US'], // no year anywhere: never taken from "today"
    ['1 – 30', 'fr-FR'],
    ['Feb 30, 2025', 'en-US'],
    ['Feb 29, 2025', 'en-US'],
    ['Nov 1 – 31, 2025', 'en-US'],
    ['31.04.2025', 'de-DE'],
    ['2025-13-01', undefined],
    ['Nov 30 – Nov 1, 2025', 'en-US'], // runs backwards in the same month
    ['Nov 28 – 4, 2025', 'en-US'],
    ['Nov 30, 2025 – Nov 1, 2025', 'en-US'],
    ['Jan 1, 2025 – Feb 1, 2025 – Mar 1, 2025', 'en-US'],
    ['Nov 1, 2025 –', 'en-US'],
    ['Nov 1 2 2025', 'en-US'],
    ['Nov Dec 1, 2025', 'en-US'],
    ['Nov 123, 2025', 'en-US'],
    ['Nov 1, 20255', 'en-US'],
    ['Nov 1, 1850', 'en-US'],
    ['11/30/2025', undefined], // day/month order unknown without a locale
    ['11/30/2025', 'fr-FR'],
    ['2024年1月', 'zh-CN'],
    ['1 foo 2025', 'en-US'],
  ];
  it.each(REFUSED)('%j (%s) → null', (text, locale) => {
    expect(parseDateRange(text, locale)).toBeNull();
  });
});

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2000, 0, 1);
const DAYS = 36_500;

/** Random inclusive periods between 2000 and 2099, up to about 13 months long. */
const period = fc
  .tuple(fc.integer({ min: 0, max: DAYS }), fc.integer({ min: 0, max: 400 }))
  .map(([from, length]) => ({ start: new Date(FIRST + from * DAY_MS + DAY_MS / 2), end: new Date(FIRST + (from + length) * DAY_MS + DAY_MS / 2) }));

const iso = (d: Date): string => d.toISOString().slice(0, 10);

describe('parseDateRange: round trip through Intl', () => {
  const JOINED = ['en-US', 'fr-FR', 'de-DE', 'es-ES', 'en-GB', 'it-IT', 'pt-BR', 'nl-NL', 'ru-RU', 'zh-CN', 'ja-JP'];

  it.each(
    JOINED.flatMap(
      (l) =>
        [
          [l, 'short'],
          [l, 'long'],
        ] as const,
    ),
  )('start – end, %s, month %s', (locale, month) => {
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(period, ({ start, end }) => {
        const text = `${format.format(start)} – ${format.format(end)}`;
        expect(parseDateRange(text, locale), text).toEqual({ start: iso(start), end: iso(end) });
      }),
      { numRuns: 300 },
    );
  });

  const RANGES = [...JOINED, 'en-CA', 'en-IN', 'de-CH', 'es-MX', 'fr-CA', 'zh-TW', 'ko-KR', 'pt-PT'];

  it.each(RANGES)('Intl formatRange, %s', (locale) => {
    // formatRange drops the parts both ends share (`Nov 1 – 30, 2025`), like the platforms do.
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(period, ({ start, end }) => {
        const text = format.formatRange(start, end);
        expect(parseDateRange(text, locale), text).toEqual({ start: iso(start), end: iso(end) });
      }),
      { numRuns: 300 },
    );
  });

  it('reads every month name of every supported language', () => {
    for (const locale of JOINED) {
      for (const month of ['short', 'long'] as const) {
        const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
          const day = new Date(Date.UTC(2025, m, 15, 12));
          expect(parseDateRange(format.format(day), locale), `${locale} ${format.format(day)}`).toEqual({ start: iso(day), end: iso(day) });
        }
      }
    }
  });

  it('reads a range behind any preset label', () => {
    const words = [
      'Last',
      'days',
      'Custom',
      'Personnalisé',
      'derniers',
      'jours',
      'Letzte',
      'Tage',
      'Últimos',
      'días',
      'This',
      'month',
      'Yesterday',
      'Maximum',
      'Benutzerdefiniert',
      '过去',
      '天',
      ':',
    ];
    // Any words and numbers, but a number must not touch the date: "Last 30" + "Nov 1 – 30" is unreadable.
    const label = fc
      .tuple(fc.array(fc.oneof(fc.constantFrom(...words), fc.integer({ min: 1, max: 365 }).map(String)), { maxLength: 4 }), fc.constantFrom(...words))
      .map(([head, last]) => [...head, last].join(' '));
    const format = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(label, period, fc.constantFrom(' ', '  ', ': ', '\u00a0'), (prefix, { start, end }, gap) => {
        const text = `${prefix}${gap}${format.formatRange(start, end)}`;
        expect(parseDateRange(text, 'en-US'), text).toEqual({ start: iso(start), end: iso(end) });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and only returns valid ordered periods', () => {
    const chars = [...'0123456789 .,-–—/年月日~:abcdeflmnoprstuvyzJNDF', '\u00a0'];
    const dateish = fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyText, dateish), fc.constantFrom(undefined, 'en-US', 'de-DE', 'x'), (text, locale) => {
        const p = parseDateRange(text, locale);
        if (p === null) return;
        expect(p.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(p.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(p.start <= p.end).toBe(true);
        expect(iso(new Date(`${p.start}T00:00:00Z`))).toBe(p.start);
        expect(iso(new Date(`${p.end}T00:00:00Z`))).toBe(p.end);
      }),
      { numRuns: 3000 },
    );
  });
});
