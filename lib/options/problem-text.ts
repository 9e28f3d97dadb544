/** Field problems in the UI language, with limits in the field's unit. */
import { formatNumber } from '../format';
import type { Translate } from '../i18n';
import { platformInfo } from '../platforms';
import { percentText, type Unit } from './numbers';
import type { Path } from './paths';
import type { FieldProblem } from './validation';

const PERCENT_FIELDS = new Set(['default', 'margin', 'vatIncluded', 'returnRate', 'rate', 'closeRate', 'targetRoi', 'newCustomerShare']);
const MONEY_FIELDS = new Set(['amount', 'hourlyRate', 'dealValue']);

/** The unit of the number at `path` in a settings object (null for non-numbers). */
export function unitOf(path: Path): Unit | null {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return null;
  if (PERCENT_FIELDS.has(key)) return 'percent';
  if (MONEY_FIELDS.has(key)) return 'money';
  if (key === 'hoursPerMonth') return 'hours';
  if (key === 'amortizeMonths') return 'months';
  return null;
}

function limitText(limit: number, unit: Unit | null, locale: string): string {
  if (unit === 'percent') return percentText(limit, locale);
  return formatNumber(limit, locale, Number.isInteger(limit) ? 0 : 2);
}

/** `ownerName` turns the profile id of an "account taken" problem into its name. */
export function problemText(problem: FieldProblem, unit: Unit | null, t: Translate, locale: string, ownerName: (id: string) => string = (id) => id): string {
  switch (problem.code) {
    case 'min':
      if (problem.limit === 0 && problem.inclusive) return t('error.negative');
      return t(problem.inclusive ? 'error.min' : 'error.moreThan', { limit: limitText(problem.limit, unit, locale) });
    case 'max':
      return t(problem.inclusive ? 'error.max' : 'error.lessThan', { limit: limitText(problem.limit, unit, locale) });
    case 'accountTaken':
      return t('error.accountTaken', { profile: ownerName(problem.owner) });
    case 'accountId':
      return t(platformInfo(problem.platform).account.errorKey);
    case 'other':
      return t('error.other', { detail: problem.detail });
    case 'wrongType':
      return t(`error.type.${problem.expected}`);
    default:
      return t(`error.${problem.code}`);
  }
}
