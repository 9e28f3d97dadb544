/** Optional lead value: close rate × average deal value, for tables that report leads without a value. */
import { formatMoney } from '../../lib/format';
import type { DraftProfile } from '../../lib/options/loose';
import { leadValue } from '../../lib/roi';
import { LeadValueSchema } from '../../lib/settings';
import { Checkbox } from '../fields/Checkbox';
import { NumberField } from '../fields/NumberField';
import { useOptionsCtx } from './context';

export function LeadSection({ profile, index }: { profile: DraftProfile; index: number }) {
  const { t, locale, update, errorAt, id } = useOptionsCtx();
  const path = ['profiles', index, 'leadValue'] as const;
  const lead = profile.leadValue;
  const valid = lead ? LeadValueSchema.safeParse(lead) : null;
  return (
    <section class="card" aria-labelledby="lead-title">
      <h2 id="lead-title">{t('lead.title')}</h2>
      <Checkbox
        id={id([...path, 'enabled'])}
        label={t('lead.enabled')}
        hint={t('lead.help')}
        checked={lead !== null}
        onChange={(on) => update(path, on ? { closeRate: null, dealValue: null } : null)}
      />
      {lead && (
        <div class="row">
          <NumberField
            id={id([...path, 'closeRate'])}
            label={t('field.closeRate')}
            value={lead.closeRate}
            unit="percent"
            locale={locale}
            suffix="%"
            error={errorAt([...path, 'closeRate'])}
            onChange={(v) => update([...path, 'closeRate'], v)}
            class="narrow"
          />
          <NumberField
            id={id([...path, 'dealValue'])}
            label={t('field.dealValue', { currency: profile.currency })}
            value={lead.dealValue}
            unit="money"
            locale={locale}
            error={errorAt([...path, 'dealValue'])}
            onChange={(v) => update([...path, 'dealValue'], v)}
            class="narrow"
          />
          {valid?.success && (
            <p class="result" role="status">
              {t('lead.result', { value: formatMoney(leadValue(valid.data), profile.currency, locale) })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
