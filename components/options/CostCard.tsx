/** One cost: its name, the fields of its kind, and for fixed costs an optional scope and active dates. */
import type { DraftCost } from '../../lib/options/loose';
import { currencySymbol } from '../../lib/options/describe';
import type { Path } from '../../lib/options/paths';
import { Checkbox } from '../fields/Checkbox';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useOptionsCtx } from './context';

export interface CostCardProps {
  cost: DraftCost;
  path: Path;
  currency: string;
  onRemove: () => void;
}

export function CostCard({ cost, path, currency, onRemove }: CostCardProps) {
  const { t, locale, update, errorAt, id } = useOptionsCtx();
  const at = (field: string) => [...path, field];
  const money = (field: 'amount' | 'hourlyRate', label: string) => (
    <NumberField
      id={id(at(field))}
      label={label}
      value={(cost as unknown as Record<string, number | null>)[field]}
      unit="money"
      locale={locale}
      suffix={currencySymbol(currency, locale)}
      error={errorAt(at(field))}
      onChange={(v) => update(at(field), v)}
      class="narrow"
    />
  );
  const percent = (label: string) => (
    <NumberField
      id={id(at('rate'))}
      label={label}
      value={(cost as { rate: number | null }).rate}
      unit="percent"
      locale={locale}
      suffix="%"
      error={errorAt(at('rate'))}
      onChange={(v) => update(at('rate'), v)}
      class="narrow"
    />
  );
  const date = (field: 'date' | 'from' | 'until', label: string, hint?: string) => (
    <TextField
      id={id(at(field))}
      type="date"
      label={label}
      hint={hint}
      value={(cost as unknown as Record<string, string | null | undefined>)[field] ?? ''}
      error={errorAt(at(field))}
      class="narrow"
      // An emptied optional date means "no limit": the key goes away rather than holding "".
      onChange={(v) => update(at(field), v === '' && field !== 'date' ? undefined : v)}
    />
  );
  const legendId = `${id(path)}-legend`;
  const fixed = cost.kind === 'monthly' || cost.kind === 'staffTime' || cost.kind === 'oneOff';
  const scope = fixed ? ((cost as { scope?: { match: 'contains' | 'regex'; pattern: string } | null }).scope ?? null) : null;
  return (
    <fieldset class="cost card-inner" aria-labelledby={legendId} data-kind={cost.kind}>
      <legend id={legendId}>
        <span class="kind">{t(`kind.${cost.kind}`)}</span>
        {cost.label ? <span class="label"> — {cost.label}</span> : null}
      </legend>
      <p class="hint">{t(`kindHelp.${cost.kind}`)}</p>
      <div class="row">
        <TextField id={id(at('label'))} label={t('field.label')} value={cost.label} error={errorAt(at('label'))} onChange={(v) => update(at('label'), v)} />
        {cost.kind === 'percentOfRevenue' && percent(t('field.rateOfRevenue'))}
        {cost.kind === 'percentOfSpend' && percent(t('field.rateOfSpend'))}
        {cost.kind === 'perConversion' && money('amount', t('field.amountPerConversion'))}
        {cost.kind === 'monthly' && money('amount', t('field.amountPerMonth'))}
        {cost.kind === 'staffTime' && (
          <>
            <NumberField
              id={id(at('hoursPerMonth'))}
              label={t('field.hoursPerMonth')}
              value={cost.hoursPerMonth}
              unit="hours"
              locale={locale}
              suffix={t('unit.h')}
              error={errorAt(at('hoursPerMonth'))}
              onChange={(v) => update(at('hoursPerMonth'), v)}
              class="narrow"
            />
            {money('hourlyRate', t('field.hourlyRate'))}
          </>
        )}
        {cost.kind === 'oneOff' && (
          <>
            {money('amount', t('field.amountOneOff'))}
            {date('date', t('field.date'))}
            <NumberField
              id={id(at('amortizeMonths'))}
              label={t('field.amortizeMonths')}
              value={cost.amortizeMonths ?? null}
              unit="months"
              locale={locale}
              hint={t('field.amortizeHint')}
              error={errorAt(at('amortizeMonths'))}
              onChange={(v) => update(at('amortizeMonths'), v)}
              class="narrow"
            />
          </>
        )}
      </div>
      {(cost.kind === 'monthly' || cost.kind === 'staffTime') && (
        <div class="row">
          {date('from', t('field.from'), t('field.datesHint'))}
          {date('until', t('field.until'))}
        </div>
      )}
      {fixed && (
        <div class="scope">
          <Checkbox
            id={id(at('scopeEnabled'))}
            label={t('scope.limit')}
            hint={t('scope.help')}
            checked={scope !== null}
            onChange={(on) => update(at('scope'), on ? { match: 'contains', pattern: '' } : undefined)}
          />
          {scope && (
            <div class="row">
              <SelectField
                id={id([...at('scope'), 'match'])}
                label={t('field.match')}
                value={scope.match}
                options={[
                  { value: 'contains', label: t('match.contains') },
                  { value: 'regex', label: t('match.regex') },
                ]}
                onChange={(v) => update([...at('scope'), 'match'], v)}
                class="narrow"
              />
              <TextField
                id={id([...at('scope'), 'pattern'])}
                label={t('field.pattern')}
                value={scope.pattern}
                error={errorAt([...at('scope'), 'pattern'])}
                onChange={(v) => update([...at('scope'), 'pattern'], v)}
              />
            </div>
          )}
        </div>
      )}
      <button type="button" class="remove" onClick={onRemove} aria-label={t('costs.remove', { label: cost.label || t(`kind.${cost.kind}`) })}>
        {t('common.remove')}
      </button>
    </fieldset>
  );
}
