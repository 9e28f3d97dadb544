/**
 * Optional customer lifetime: how often customers come back, so that every
 * row also shows what a customer is worth after the first order. The worked
 * example is computed by the engine, the same function the table uses.
 */
import { formatMoney, formatNumber, formatPercent } from '../../lib/format';
import type { DraftProfile } from '../../lib/options/loose';
import { computeRoi, lifetimeOfRow, type LifetimeProfile } from '../../lib/roi';
import { LifetimeSchema } from '../../lib/settings';
import { Checkbox } from '../fields/Checkbox';
import { NumberField } from '../fields/NumberField';
import { useOptionsCtx } from './context';

/** The example, in euros: AOV 80, 4 orders a year for 3 years, margin 45 %, CAC 150 → 188 %. */
const EXAMPLE = { aov: 80, perYear: 4, years: 3, margin: 0.45, cac: 150 };

function exampleText(t: ReturnType<typeof useOptionsCtx>['t'], locale: string): string {
  const lifetime: LifetimeProfile = { purchasesPerYear: EXAMPLE.perYear, years: EXAMPLE.years, newCustomerShare: 1 };
  // One customer won for the CAC, with one order of the AOV: a row as the table would read it.
  const first = computeRoi({
    figures: { spend: EXAMPLE.cac, conversions: 1, conversionValue: EXAMPLE.aov },
    profile: { currency: 'EUR', margin: { default: EXAMPLE.margin, rules: [] }, vatIncluded: 0, returnRate: 0, leadValue: null, costs: [] },
    period: null,
  });
  const life = lifetimeOfRow(first, lifetime);
  if (first.status !== 'ok' || life.status !== 'ok' || life.lifetimeRoi === null) return '';
  const money = (v: number) => formatMoney(v, 'EUR', locale);
  return t('lifetime.example', {
    aov: money(EXAMPLE.aov),
    perYear: EXAMPLE.perYear,
    years: EXAMPLE.years,
    margin: formatPercent(EXAMPLE.margin, locale, 0),
    cac: money(EXAMPLE.cac),
    firstMargin: money(first.grossMargin),
    orders: life.ordersPerCustomer,
    lifeMargin: money(life.grossMargin),
    roi: formatPercent(life.lifetimeRoi, locale, 0),
  });
}

const ordersText = (o: number, locale: string) => formatNumber(o, locale, Number.isInteger(o) ? 0 : 1);

export function LifetimeSection({ profile, index }: { profile: DraftProfile; index: number }) {
  const { t, locale, update, errorAt, id } = useOptionsCtx();
  const path = ['profiles', index, 'lifetime'] as const;
  const lifetime = profile.lifetime ?? null;
  const valid = lifetime ? LifetimeSchema.safeParse(lifetime) : null;
  const field = (key: 'purchasesPerYear' | 'years' | 'newCustomerShare', label: string, hint?: string) => (
    <NumberField
      id={id([...path, key])}
      label={label}
      value={lifetime?.[key] ?? null}
      locale={locale}
      hint={hint ?? null}
      unit={key === 'newCustomerShare' ? 'percent' : 'number'}
      suffix={key === 'newCustomerShare' ? '%' : undefined}
      error={errorAt([...path, key])}
      onChange={(v) => update([...path, key], v)}
      class="narrow"
    />
  );
  return (
    <section class="card" aria-labelledby="lifetime-title" data-testid="lifetime-section">
      <h2 id="lifetime-title">{t('lifetime.title')}</h2>
      <p class="help">{t('lifetime.help')}</p>
      <p class="help" data-testid="lifetime-example">
        {exampleText(t, locale)}
      </p>
      <Checkbox
        id={id([...path, 'enabled'])}
        label={t('lifetime.enabled')}
        checked={lifetime !== null}
        onChange={(on) => update(path, on ? { purchasesPerYear: null, years: null, newCustomerShare: 1 } : null)}
      />
      {lifetime && (
        <div class="row">
          {field('purchasesPerYear', t('lifetime.purchasesPerYear'))}
          {field('years', t('lifetime.years'))}
          {field('newCustomerShare', t('lifetime.newCustomerShare'), t('lifetime.newCustomerHint'))}
          {valid?.success && (
            <p class="result" role="status">
              {t('lifetime.orders', { orders: ordersText(valid.data.purchasesPerYear * valid.data.years, locale) })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
