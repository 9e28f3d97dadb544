/** The running total: what the platform ROAS leaves out in the current month. */
import { formatMoney, formatNumber } from '../../lib/format';
import { namedCosts } from '../../lib/options/cost-names';
import { hiddenCostsInMonth } from '../../lib/options/hidden-costs';
import type { DraftProfile } from '../../lib/options/loose';
import { percentText } from '../../lib/options/numbers';
import { monthName, monthOf } from '../../lib/dates';
import { useOptionsCtx } from './context';

export function HiddenCostsSummary({ profile }: { profile: DraftProfile }) {
  const { t, locale, now } = useOptionsCtx();
  const summary = hiddenCostsInMonth(
    namedCosts(profile.costs, (k) => t(`kind.${k}`)),
    monthOf(now()),
  );
  // While the currency field holds no valid code, show amounts without a symbol rather than a wrong one.
  const money = (v: number) => (/^[A-Z]{3}$/.test(profile.currency) ? formatMoney(v, profile.currency, locale) : formatNumber(v, locale, 2));
  const hasAny = summary.fixedLines.length > 0 || summary.revenueRate > 0 || summary.perConversion > 0 || summary.spendRate > 0;
  return (
    <section class="card summary" aria-labelledby="summary-title" data-testid="hidden-costs">
      <h2 id="summary-title">{t('total.title')}</h2>
      <p class="month">{t('total.month', { month: monthName(summary.month, locale) })}</p>
      <div>
        {hasAny ? (
          <>
            <p class="big" data-testid="fixed-total" role="status">
              {t('total.fixed', { amount: money(summary.fixedTotal) })}
            </p>
            <ul class="plain lines">
              {summary.fixedLines.map((line, i) => (
                <li key={i}>
                  <span>{line.label}</span>
                  <span class="num">{money(line.amount)}</span>
                </li>
              ))}
            </ul>
            {summary.revenueRate > 0 && <p>{t('total.revenue', { rate: percentText(summary.revenueRate, locale) })}</p>}
            {summary.perConversion > 0 && <p>{t('total.perConversion', { amount: money(summary.perConversion) })}</p>}
            {summary.spendRate > 0 && <p>{t('total.spend', { rate: percentText(summary.spendRate, locale) })}</p>}
            <p class="hint">{t('total.meaning')}</p>
          </>
        ) : (
          <p>{t('total.none')}</p>
        )}
        {summary.skipped > 0 && <p class="warn">{t('total.skipped', { count: summary.skipped })}</p>}
      </div>
    </section>
  );
}
