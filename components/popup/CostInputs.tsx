/** The profile's hidden costs, pre-filled and editable for "what if", and the period fixed costs cover. */
import type { DraftCost } from '../../lib/options/loose';
import type { Problems } from '../../lib/calculator/calculator';
import { dateText } from '../../lib/options/describe';
import { setAt } from '../../lib/options/paths';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import type { PopupFmt } from './shared';

export interface CostInputsProps {
  fmt: PopupFmt;
  costs: DraftCost[];
  onChange: (costs: DraftCost[]) => void;
  onReset: () => void;
  changed: boolean;
  problems: Problems | null;
  period: { start: string; end: string };
  onPeriod: (period: { start: string; end: string }) => void;
  periodError: string | null;
}

export function CostInputs({ fmt, costs, onChange, onReset, changed, problems, period, onPeriod, periodError }: CostInputsProps) {
  const { t, locale } = fmt;
  const set = (i: number, field: string, v: number | null) => onChange(setAt(costs, [i, field], v));
  const field = (cost: DraftCost, i: number, name: 'rate' | 'amount' | 'hoursPerMonth' | 'hourlyRate', label: string) => {
    const unit = name === 'rate' ? 'percent' : name === 'hoursPerMonth' ? 'hours' : 'money';
    return (
      <NumberField
        key={`${i}-${name}`}
        id={`cost-${i}-${name}`}
        label={label}
        unit={unit}
        locale={locale}
        value={(cost as unknown as Record<string, number | null>)[name]}
        suffix={unit === 'percent' ? '%' : unit === 'hours' ? t('unit.h') : fmt.symbol}
        error={fmt.error(problems, `cost.${i}.${name}`, unit)}
        onChange={(v) => set(i, name, v)}
      />
    );
  };
  return (
    <div class="cost-inputs">
      {costs.length === 0 && <p class="hint">{t('popup.costsNone')}</p>}
      <div class="grid">
        {costs.flatMap((cost, i) => {
          const label = cost.label;
          switch (cost.kind) {
            case 'percentOfRevenue':
              return [field(cost, i, 'rate', t('popupCost.percentOfRevenue', { label }))];
            case 'percentOfSpend':
              return [field(cost, i, 'rate', t('popupCost.percentOfSpend', { label }))];
            case 'perConversion':
              return [field(cost, i, 'amount', t('popupCost.perConversion', { label }))];
            case 'monthly':
              return [field(cost, i, 'amount', t('popupCost.monthly', { label }))];
            case 'staffTime':
              return [field(cost, i, 'hoursPerMonth', t('popupCost.staffHours', { label })), field(cost, i, 'hourlyRate', t('popupCost.staffRate', { label }))];
            case 'oneOff':
              return [field(cost, i, 'amount', t('popupCost.oneOff', { label, date: dateText(cost.date, locale) }))];
          }
        })}
      </div>
      {changed && (
        <button type="button" class="link" onClick={onReset}>
          {t('popup.resetCosts')}
        </button>
      )}
      <fieldset class="period">
        <legend>{t('popup.period')}</legend>
        <div class="grid">
          <TextField
            id="period-start"
            type="date"
            label={t('field.periodStart')}
            value={period.start}
            error={periodError}
            onChange={(v) => onPeriod({ ...period, start: v })}
          />
          <TextField id="period-end" type="date" label={t('field.periodEnd')} value={period.end} onChange={(v) => onPeriod({ ...period, end: v })} />
        </div>
        <p class="hint">{t('popup.periodHint')}</p>
      </fieldset>
    </div>
  );
}
