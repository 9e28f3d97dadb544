/** The figures each calculator mode asks for, as labelled number fields. */
import type { Problems } from '../../lib/calculator/calculator';
import type { Unit } from '../../lib/options/numbers';
import type { MessageKey } from '../../lib/i18n';
import { NumberField } from '../fields/NumberField';
import { RadioGroup } from '../fields/RadioGroup';
import type { PopupFmt } from './shared';

export type Mode = 'ecommerce' | 'leads' | 'lifetime';

export interface Figures {
  valueMode: 'revenue' | 'roas';
  spend: number | null;
  revenue: number | null;
  roas: number | null;
  conversions: number | null;
  leads: number | null;
  closeRate: number | null;
  dealValue: number | null;
  purchasesPerYear: number | null;
  years: number | null;
  newCustomerShare: number | null;
  margin: number | null;
}

export type FigureKey = Exclude<keyof Figures, 'valueMode'>;

interface Spec {
  key: FigureKey;
  label: MessageKey;
  unit: Unit;
  hint?: MessageKey;
}

function specs(mode: Mode, valueMode: Figures['valueMode']): Spec[] {
  const margin: Spec = { key: 'margin', label: 'field.popupMargin', unit: 'percent' };
  const ecommerce: Spec[] = [
    { key: 'spend', label: 'field.spend', unit: 'money' },
    valueMode === 'revenue' ? { key: 'revenue', label: 'field.revenue', unit: 'money' } : { key: 'roas', label: 'field.roas', unit: 'number' },
    { key: 'conversions', label: 'field.conversions', unit: 'count', hint: 'field.conversionsHint' },
    margin,
  ];
  if (mode === 'ecommerce') return ecommerce;
  if (mode === 'leads') {
    return [
      { key: 'spend', label: 'field.spend', unit: 'money' },
      { key: 'leads', label: 'field.leads', unit: 'count' },
      { key: 'closeRate', label: 'field.closeRate', unit: 'percent' },
      { key: 'dealValue', label: 'field.dealValuePlain', unit: 'money' },
      margin,
    ];
  }
  // The first orders as in e-commerce (typed, or the page's totals), then how customers come back.
  return [
    ...ecommerce,
    { key: 'purchasesPerYear', label: 'field.purchasesPerYear', unit: 'number' },
    { key: 'years', label: 'field.years', unit: 'number' },
    { key: 'newCustomerShare', label: 'field.newCustomerShare', unit: 'percent', hint: 'field.newCustomerShareHint' },
  ];
}

export interface InputsProps {
  fmt: PopupFmt;
  mode: Mode;
  figures: Figures;
  problems: Problems | null;
  onChange: (figures: Figures) => void;
  /** The margin holds the page total's blend, untouched: shown rounded, with a note saying where it comes from. */
  marginFromPage?: boolean;
}

export function Inputs({ fmt, mode, figures, problems, onChange, marginFromPage }: InputsProps) {
  const { t, locale } = fmt;
  return (
    <div class="inputs">
      {mode !== 'leads' && (
        <RadioGroup
          name="value-mode"
          legend={t('field.valueMode')}
          value={figures.valueMode}
          class="segmented"
          options={[
            { value: 'revenue', label: t('valueMode.revenue') },
            { value: 'roas', label: t('valueMode.roas') },
          ]}
          onChange={(v) => onChange({ ...figures, valueMode: v })}
        />
      )}
      <div class="grid">
        {specs(mode, figures.valueMode).map((s) => {
          const blended = marginFromPage && s.key === 'margin';
          return (
            <NumberField
              key={`${mode}-${s.key}`}
              id={`in-${s.key}`}
              label={t(s.label)}
              unit={s.unit}
              locale={locale}
              value={figures[s.key]}
              hint={blended ? t('field.popupMarginFromPage') : s.hint ? t(s.hint) : null}
              maxDecimals={blended ? 2 : undefined}
              error={fmt.error(problems, s.key, s.unit)}
              suffix={s.unit === 'percent' ? '%' : s.unit === 'money' ? fmt.symbol : undefined}
              onChange={(v) => onChange({ ...figures, [s.key]: v })}
            />
          );
        })}
      </div>
    </div>
  );
}
