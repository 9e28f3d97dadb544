/** Runs the calculator of the chosen mode and turns its outcome into what the results area shows. */
import { ecommerce, leads, lifetime, type Problems } from '../../lib/calculator/calculator';
import type { DraftCost } from '../../lib/options/loose';
import type { MessageKey } from '../../lib/i18n';
import type { MissingInput, Period } from '../../lib/roi';
import type { SettingsProfile } from '../../lib/settings';
import type { Figures, Mode } from './Inputs';
import { ecommerceItems, leadItems, lifetimeItems } from './result-items';
import type { ResultItem } from './Results';
import type { PopupFmt } from './shared';

export interface Shown {
  items: ResultItem[];
  message: string | null;
  problems: Problems | null;
}

export interface ComputeInput {
  mode: Mode;
  figures: Figures;
  profile: SettingsProfile;
  costs: DraftCost[];
  period: Period | null;
  targetRoi: number;
  /** Currency of the page totals filled in, if any. */
  pageCurrency: string | null;
}

const FIELD_LABELS: Record<string, MessageKey> = {
  spend: 'field.spend',
  revenue: 'field.revenue',
  roas: 'field.roas',
  conversions: 'field.conversions',
  leads: 'field.leads',
  closeRate: 'field.closeRate',
  dealValue: 'field.dealValuePlain',
  purchasesPerYear: 'field.purchasesPerYear',
  years: 'field.years',
  newCustomerShare: 'field.newCustomerShare',
  margin: 'field.popupMargin',
};

function problemsMessage(fmt: PopupFmt, problems: Problems): string {
  const entries = Object.entries(problems);
  const empty = entries.filter(([, p]) => p.code === 'required').map(([k]) => k);
  if (empty.length === entries.length) {
    const names = empty.map((k) => (FIELD_LABELS[k] ? fmt.t(FIELD_LABELS[k]) : fmt.t('results.aCost')));
    return fmt.t('results.fill', { fields: [...new Set(names)].join(', ') });
  }
  return fmt.t('results.fix');
}

function missingMessage(fmt: PopupFmt, missing: readonly MissingInput[], pageCurrency: string | null): string {
  const reasons = missing.map((m) =>
    m === 'currency' ? fmt.t('missing.currency', { page: pageCurrency ?? '', profile: fmt.currency }) : fmt.t(`missing.${m}`),
  );
  return fmt.t('results.incomplete', { reasons: reasons.join(fmt.t('common.listSeparator')) });
}

export function compute(fmt: PopupFmt, input: ComputeInput): Shown {
  const { mode, figures, profile, costs, period, targetRoi, pageCurrency } = input;
  const common = { profile, margin: figures.margin, costs, period, targetRoi, currency: pageCurrency };
  const refused = (problems: Problems): Shown => ({ items: [], message: problemsMessage(fmt, problems), problems });
  if (mode === 'ecommerce') {
    const o = ecommerce({ ...common, ...figures });
    if (!o.ok) return refused(o.problems);
    return o.result.status === 'ok'
      ? { items: ecommerceItems(fmt, o.result), message: null, problems: null }
      : { items: [], message: missingMessage(fmt, o.result.missing, pageCurrency), problems: null };
  }
  if (mode === 'leads') {
    const o = leads({ ...common, ...figures });
    if (!o.ok) return refused(o.problems);
    return o.result.roi.status === 'ok'
      ? { items: leadItems(fmt, o.result, o.result.roi), message: null, problems: null }
      : { items: [], message: missingMessage(fmt, o.result.roi.missing, pageCurrency), problems: null };
  }
  const o = lifetime({ ...common, ...figures });
  if (!o.ok) return refused(o.problems);
  const { first, life } = o.result;
  // Incomplete for the first order, incomplete for the lifetime: the same reasons.
  return first.status === 'ok' && life.status === 'ok'
    ? { items: lifetimeItems(fmt, first, life), message: null, problems: null }
    : { items: [], message: missingMessage(fmt, first.missing, pageCurrency), problems: null };
}
