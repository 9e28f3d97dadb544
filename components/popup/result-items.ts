/** Engine results as the popup lists them: a value and its one-line meaning. */
import { formatGainRatio, formatNumber, formatRoas, formatThreshold, verdict } from '../../lib/format';
import type { LeadResult } from '../../lib/calculator/calculator';
import type { RoiOk, RowLifetime } from '../../lib/roi';
import type { ResultItem } from './Results';
import type { PopupFmt } from './shared';

function threshold(fmt: PopupFmt, value: RoiOk['breakEvenRoas']): string {
  return formatThreshold(value, fmt.locale, { unreachable: fmt.t('result.unreachable'), unknown: fmt.t('result.unknown') });
}

function roiItem(fmt: PopupFmt, r: RoiOk): ResultItem {
  const meaning = fmt.t('meaning.roi', { target: fmt.target(r.targetRoi) });
  // No cost at all (C = 0): the ROI is undefined, not 0 %.
  if (r.roi === null) return { key: 'roi', name: fmt.t('result.roi'), value: fmt.t('result.unknown'), meaning };
  return { key: 'roi', name: fmt.t('result.roi'), value: fmt.roi(r.roi), tone: verdict(r.roi, r.targetRoi), meaning };
}

function profitItem(fmt: PopupFmt, r: RoiOk): ResultItem {
  return {
    key: 'netProfit',
    name: fmt.t('result.netProfit'),
    value: fmt.money(r.netProfit),
    meaning: fmt.t('meaning.netProfit', { margin: fmt.money(r.grossMargin), cost: fmt.money(r.totalCost) }),
  };
}

function costItem(fmt: PopupFmt, r: RoiOk): ResultItem {
  return {
    key: 'totalCost',
    name: fmt.t('result.totalCost'),
    value: fmt.money(r.totalCost),
    meaning: fmt.t('meaning.totalCost', {
      spend: fmt.money(r.spend ?? 0),
      variable: fmt.money(r.variableTotal),
      fixed: fmt.money(r.fixedTotal),
    }),
  };
}

export function ecommerceItems(fmt: PopupFmt, r: RoiOk): ResultItem[] {
  const { t, locale } = fmt;
  const items = [roiItem(fmt, r), profitItem(fmt, r)];
  if (r.gainRatio !== null) {
    items.push({ key: 'gainRatio', name: t('result.gainRatio'), value: formatGainRatio(r.gainRatio, locale), meaning: t('meaning.gainRatio') });
  }
  if (r.poas !== null) items.push({ key: 'poas', name: t('result.poas'), value: formatRoas(r.poas, locale), meaning: t('meaning.poas') });
  items.push(
    { key: 'breakEvenRoas', name: t('result.breakEven'), value: threshold(fmt, r.breakEvenRoas), meaning: t('meaning.breakEven') },
    {
      key: 'targetRoas',
      name: t('result.targetRoas'),
      value: threshold(fmt, r.targetRoas),
      meaning: t('meaning.targetRoas', { target: fmt.target(r.targetRoi) }),
    },
  );
  if (r.platformRoas !== null) {
    items.push({
      key: 'platformRoas',
      name: t('result.platformRoas'),
      value: formatRoas(r.platformRoas, locale),
      meaning: t(r.valueEstimated ? 'meaning.platformRoasTyped' : 'meaning.platformRoas'),
    });
  }
  items.push(costItem(fmt, r));
  return items;
}

/** `roi` is `r.roi` once its status was checked. */
export function leadItems(fmt: PopupFmt, r: LeadResult, roi: RoiOk): ResultItem[] {
  const { t } = fmt;
  const max = r.maxCostPerLead;
  return [
    { key: 'valuePerLead', name: t('result.valuePerLead'), value: fmt.money(r.valuePerLead), meaning: t('meaning.valuePerLead') },
    roiItem(fmt, roi),
    profitItem(fmt, roi),
    {
      key: 'maxCostPerLead',
      name: t('result.maxCostPerLead'),
      value: max === null ? t('result.unknown') : max === 'unreachable' ? t('result.unreachable') : fmt.money(max),
      meaning: t('meaning.maxCostPerLead'),
    },
    costItem(fmt, roi),
  ];
}

/** The lifetime view of the figures, from the same engine function as the table's badges. */
export function lifetimeItems(fmt: PopupFmt, first: RoiOk, life: RowLifetime & { status: 'ok' }): ResultItem[] {
  const { t, locale } = fmt;
  const money = (v: number | null) => (v === null ? t('result.unknown') : fmt.money(v));
  const firstOrder = roiItem(fmt, first);
  return [
    life.lifetimeRoi === null
      ? { key: 'lifetimeRoi', name: t('result.lifetimeRoi'), value: t('result.unknown'), meaning: t('meaning.lifetimeRoiNoCac') }
      : {
          key: 'lifetimeRoi',
          name: t('result.lifetimeRoi'),
          value: fmt.roi(life.lifetimeRoi),
          tone: verdict(life.lifetimeRoi, first.targetRoi),
          meaning: t('meaning.lifetimeRoiRow', { orders: formatNumber(life.ordersPerCustomer, locale, Number.isInteger(life.ordersPerCustomer) ? 0 : 1) }),
        },
    { ...firstOrder, key: 'firstOrderRoi', name: t('result.firstOrderRoi') },
    { key: 'cac', name: t('result.cac'), value: money(life.cac), meaning: t('meaning.cac') },
    { key: 'clv', name: t('result.clv'), value: money(life.clv), meaning: t('meaning.clv') },
    { key: 'maxCac', name: t('result.maxCac'), value: money(life.maxCac), meaning: t('meaning.maxCac') },
    {
      key: 'payback',
      name: t('result.payback'),
      value:
        life.cac === null
          ? t('result.unknown')
          : life.paybackMonths === null
            ? t('result.never')
            : t('unit.monthsCount', { value: formatNumber(life.paybackMonths, locale, 1) }),
      meaning: t('meaning.payback'),
    },
  ];
}
