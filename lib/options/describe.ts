/**
 * Settings values in words, in the UI language: a cost as one line ("120,00 €
 * par mois"), a field value for the import preview. Shared by the options
 * page, the import diff and the popup.
 */
import { formatMoney, formatNumber } from '../format';
import type { Translate } from '../i18n';
import type { NamePattern } from '../roi';
import type { SettingsAccount, SettingsCost, SettingsLeadValue, SettingsLifetime } from '../settings';
import { percentText } from './numbers';

export interface Words {
  t: Translate;
  locale: string;
  /** The currency of the profile the values belong to. */
  currency: string;
}

/** "€" for EUR in fr-FR, "$" for USD in en-US; the code itself when the locale has no symbol. */
export function currencySymbol(currency: string, locale: string): string {
  try {
    const part = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1).find((p) => p.type === 'currency');
    return part?.value ?? currency;
  } catch {
    return currency;
  }
}

export function dateText(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function quoted(w: Pick<Words, 't'>, text: string): string {
  return w.t('common.quoted', { text });
}

export function scopeText(w: Words, scope: NamePattern): string {
  return w.t(scope.match === 'regex' ? 'scope.regex' : 'scope.contains', { pattern: scope.pattern });
}

export function accountText(w: Pick<Words, 't'>, account: SettingsAccount): string {
  return w.t('account.text', { platform: w.t(`platform.${account.platform}`), id: account.id });
}

export function leadValueText(w: Words, lead: SettingsLeadValue | null | undefined): string {
  if (!lead) return w.t('common.none');
  return w.t('leadValue.text', { rate: percentText(lead.closeRate, w.locale), value: formatMoney(lead.dealValue, w.currency, w.locale) });
}

export function lifetimeText(w: Words, lifetime: SettingsLifetime | null | undefined): string {
  if (!lifetime) return w.t('common.none');
  const n = (v: number) => formatNumber(v, w.locale, Number.isInteger(v) ? 0 : 2);
  return w.t('lifetimeValue.text', {
    orders: n(lifetime.purchasesPerYear),
    years: n(lifetime.years),
    share: percentText(lifetime.newCustomerShare, w.locale),
  });
}

/** What a cost adds, in one line: "2 % of revenue", "15 h × 45,00 € per month". */
export function costAmountText(w: Words, cost: SettingsCost): string {
  const money = (v: number) => formatMoney(v, w.currency, w.locale);
  switch (cost.kind) {
    case 'percentOfRevenue':
      return w.t('costText.percentOfRevenue', { rate: percentText(cost.rate, w.locale) });
    case 'perConversion':
      return w.t('costText.perConversion', { amount: money(cost.amount) });
    case 'percentOfSpend':
      return w.t('costText.percentOfSpend', { rate: percentText(cost.rate, w.locale) });
    case 'monthly':
      return w.t('costText.monthly', { amount: money(cost.amount) });
    case 'staffTime':
      return w.t('costText.staffTime', {
        hours: formatNumber(cost.hoursPerMonth, w.locale, Number.isInteger(cost.hoursPerMonth) ? 0 : 1),
        rate: money(cost.hourlyRate),
      });
    case 'oneOff':
      return cost.amortizeMonths
        ? w.t('costText.oneOffSpread', { amount: money(cost.amount), date: dateText(cost.date, w.locale), months: cost.amortizeMonths })
        : w.t('costText.oneOff', { amount: money(cost.amount), date: dateText(cost.date, w.locale) });
  }
}

/** The amount line plus the cost's limits (active dates, scope). */
export function costText(w: Words, cost: SettingsCost): string {
  const parts = [costAmountText(w, cost)];
  if ((cost.kind === 'monthly' || cost.kind === 'staffTime') && cost.from) parts.push(w.t('costText.from', { date: dateText(cost.from, w.locale) }));
  if ((cost.kind === 'monthly' || cost.kind === 'staffTime') && cost.until) parts.push(w.t('costText.until', { date: dateText(cost.until, w.locale) }));
  if ((cost.kind === 'monthly' || cost.kind === 'staffTime' || cost.kind === 'oneOff') && cost.scope) parts.push(scopeText(w, cost.scope));
  return parts.join(', ');
}

const PERCENT = new Set(['rate', 'margin.default', 'vatIncluded', 'returnRate', 'targetRoi']);
const MONEY = new Set(['amount', 'hourlyRate']);

/** A field's value for the import preview ("—" when unset). */
export function valueText(w: Words, field: string, value: unknown, profileName: (id: string) => string): string {
  if (value === null || value === undefined) return w.t('common.none');
  if (typeof value === 'number') {
    if (PERCENT.has(field)) return percentText(value, w.locale);
    if (MONEY.has(field)) return formatMoney(value, w.currency, w.locale);
    if (field === 'hoursPerMonth') return w.t('unit.hoursValue', { value: formatNumber(value, w.locale, Number.isInteger(value) ? 0 : 1) });
    if (field === 'amortizeMonths') return w.t('unit.monthsValue', { value });
    return formatNumber(value, w.locale, Number.isInteger(value) ? 0 : 2);
  }
  if (typeof value === 'boolean') return w.t(value ? 'common.on' : 'common.off');
  if (field === 'display' && (value === 'percent' || value === 'ratio')) return w.t(`display.${value}`);
  if (field === 'language' && (value === 'auto' || value === 'en' || value === 'fr')) return w.t(`language.${value}`);
  if (field === 'defaultProfile' && typeof value === 'string') return quoted(w, profileName(value));
  if (field === 'leadValue') return leadValueText(w, value as SettingsLeadValue);
  if (field === 'lifetime') return lifetimeText(w, value as SettingsLifetime);
  if (field === 'badgeRoi' && (value === 'firstOrder' || value === 'lifetime')) return w.t(`badgeRoi.${value}`);
  if (field === 'scope') return scopeText(w, value as NamePattern);
  if ((field === 'date' || field === 'from' || field === 'until') && typeof value === 'string') return dateText(value, w.locale);
  if (typeof value === 'string') return field === 'currency' ? value : quoted(w, value);
  return JSON.stringify(value);
}
