/** What every overlay component needs to say things: texts and number formats. */
import { formatMoney, formatRoi, formatThreshold, type RoiDisplay } from '../../lib/format';
import type { OverlayTranslate } from '../../lib/i18n/overlay';
import type { RoasThreshold } from '../../lib/roi/types';

export interface Fmt {
  t: OverlayTranslate;
  locale: string;
  currency: string;
  display: RoiDisplay;
  money(value: number): string;
  roi(value: number): string;
  threshold(value: RoasThreshold): string;
}

export function makeFmt(t: OverlayTranslate, locale: string, currency: string, display: RoiDisplay): Fmt {
  return {
    t,
    locale,
    currency,
    display,
    money: (v) => formatMoney(v, currency, locale),
    roi: (v) => formatRoi(v, display, locale),
    threshold: (v) => formatThreshold(v, locale, { unreachable: t('breakdown.unreachable'), unknown: t('breakdown.unknown') }),
  };
}
