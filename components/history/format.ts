/** The page's number and date formatting, in the user's language and the profile's currency. */
import { formatMoney, formatPeriod, formatRoas, formatRoi, type RoiDisplay } from '../../lib/format';
import type { Translate } from '../../lib/i18n';
import type { Period } from '../../lib/roi/types';

export interface HistoryFmt {
  t: Translate;
  locale: string;
  money(value: number | null, currency: string): string;
  roi(value: number | null): string;
  roas(value: number | null): string;
  period(p: Period): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  level(level: string): string;
}

export function historyFmt(t: Translate, locale: string, display: RoiDisplay): HistoryFmt {
  const na = t('history.na');
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    t,
    locale,
    money: (v, c) => (v === null ? na : formatMoney(v, c, locale)),
    roi: (v) => (v === null ? na : formatRoi(v, display, locale)),
    roas: (v) => (v === null ? na : formatRoas(v, locale)),
    period: (p) => formatPeriod(p, locale),
    date: (iso) => day.format(new Date(`${iso}T00:00:00Z`)),
    dateTime: (iso) => stamp.format(new Date(iso)),
    level: (level) => {
      const key = `level.${level}`;
      const text = t(key as never);
      return text === key ? level : text;
    },
  };
}
