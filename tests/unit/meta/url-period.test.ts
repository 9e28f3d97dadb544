import { describe, expect, it } from 'vitest';
import { metaPeriod, periodFromDateParam } from '../../../lib/platforms/meta/url-period';

describe('Meta period from the URL date= parameter (§7.2: end exclusive)', () => {
  it('reads the 2026 capture: 2026-01-01_2026-08-19,maximum → Jan 1 to Aug 18', () => {
    const url = new URL('https://adsmanager.facebook.com/adsmanager/manage/adsets?act=1&date=2026-01-01_2026-08-19%2Cmaximum&insights_date=x');
    expect(periodFromDateParam(url.searchParams.get('date'))).toEqual({ start: '2026-01-01', end: '2026-08-18' });
  });

  it('a last_7d URL spans 8 calendar dates and gives 7 days', () => {
    expect(periodFromDateParam('2024-10-27_2024-11-03,last_7d')).toEqual({ start: '2024-10-27', end: '2024-11-02' });
  });

  it('crosses month and leap-year ends', () => {
    expect(periodFromDateParam('2024-02-01_2024-03-01')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodFromDateParam('2025-12-31_2026-01-01,yesterday')).toEqual({ start: '2025-12-31', end: '2025-12-31' });
  });

  it.each([
    null,
    '',
    'maximum',
    '2026-01-01',
    '2026-01-01_2026-01-01',
    '2026-08-19_2026-01-01',
    '2026-02-30_2026-03-02',
    '2026-1-1_2026-2-1',
    'x2026-01-01_2026-01-05',
  ])('refuses %j', (value) => expect(periodFromDateParam(value)).toBeNull());

  it('the visible text wins when both exist; the URL only fills in', () => {
    const url = new URL('https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1&date=2024-12-16_2025-01-15%2Clast_30d');
    const shown = { start: '2024-12-16', end: '2025-01-14' };
    expect(metaPeriod(shown, url)).toBe(shown);
    expect(metaPeriod({ start: '2024-12-01', end: '2024-12-31' }, url)).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(metaPeriod(null, url)).toEqual({ start: '2024-12-16', end: '2025-01-14' });
    expect(metaPeriod(null, new URL('https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1'))).toBeNull();
  });
});
