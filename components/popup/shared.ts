/** Texts and formats shared by the popup's parts. */
import { formatMoney, formatRoi, type RoiDisplay } from '../../lib/format';
import { percentText, type Unit } from '../../lib/options/numbers';
import { currencySymbol } from '../../lib/options/describe';
import type { Problems } from '../../lib/calculator/calculator';
import { problemText } from '../../lib/options/problem-text';
import type { Translate } from '../../lib/i18n';

export interface PopupFmt {
  t: Translate;
  locale: string;
  currency: string;
  display: RoiDisplay;
  /** The currency's symbol, shown after money inputs. */
  symbol: string;
  money(v: number): string;
  roi(v: number): string;
  /** The target ROI as the user thinks of it: "50%" or "1.50 : 1". */
  target(v: number): string;
  /** The reason the input `key` is invalid, or null. */
  error(problems: Problems | null, key: string, unit: Unit): string | null;
}

export function popupFmt(t: Translate, locale: string, currency: string, display: RoiDisplay): PopupFmt {
  return {
    t,
    locale,
    currency,
    display,
    symbol: currencySymbol(currency, locale),
    money: (v) => formatMoney(v, currency, locale),
    roi: (v) => formatRoi(v, display, locale),
    target: (v) => (display === 'ratio' ? formatRoi(v, display, locale) : percentText(v, locale)),
    error: (problems, key, unit) => {
      const p = problems?.[key];
      // An empty field is not an error in a calculator: the results say what to fill in.
      return p && p.code !== 'required' ? problemText(p, unit, t, locale) : null;
    },
  };
}
