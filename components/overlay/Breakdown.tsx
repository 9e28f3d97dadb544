import type { BadgeView } from '../../lib/overlay/view-model';
import { formatGainRatio, formatNumber, formatPercent, formatRoas } from '../../lib/format';
import type { RowLifetime } from '../../lib/roi/lifetime-row';
import type { RoiOk } from '../../lib/roi/types';
import type { Fmt } from './format-context';

type Line = (label: string, value: string, cls?: string) => preact.JSX.Element;

/** Where the money goes, when every input was there. `na`: the badge shows no ROI (still loading). */
function figureLines(r: RoiOk, na: boolean, fmt: Fmt, line: Line) {
  const { t } = fmt;
  return (
    <>
      {line(t('breakdown.margin', { rate: formatPercent(r.effectiveMargin, fmt.locale, 1) }), fmt.money(r.grossMargin))}
      {line(t('breakdown.adSpend'), fmt.money(r.spend), 'sub')}
      {[...r.variableCosts, ...r.fixedCosts].map((c) => line(c.label, fmt.money(c.amount), 'sub'))}
      {line(t('breakdown.totalCost'), fmt.money(r.totalCost), 'sum')}
      {line(t('breakdown.netProfit'), fmt.money(r.netProfit), 'sum')}
      {!na && r.roi !== null && line(t('breakdown.realRoi'), fmt.roi(r.roi))}
      {!na && r.gainRatio !== null && line(t('breakdown.gainRatio'), formatGainRatio(r.gainRatio, fmt.locale))}
      {r.platformRoas !== null && line(t('breakdown.platformRoas'), formatRoas(r.platformRoas, fmt.locale))}
      {!na && r.poas !== null && line(t('breakdown.poas'), formatRoas(r.poas, fmt.locale))}
      {line(t('breakdown.breakEven'), na ? t('breakdown.unknown') : fmt.threshold(r.breakEvenRoas))}
      {line(t('breakdown.target', { target: fmt.roi(r.targetRoi) }), na ? t('breakdown.unknown') : fmt.threshold(r.targetRoas))}
    </>
  );
}

/** "12.5 months", "12,5 mois": the locale's own unit words, no catalog text. */
const months = (v: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'month', unitDisplay: 'long', maximumFractionDigits: 1 }).format(v);

/** What a customer is worth after the first order, when the profile says how customers come back. */
function lifetimeLines(life: RowLifetime & { status: 'ok' }, fmt: Fmt, line: Line) {
  const { t, locale } = fmt;
  const n = (v: number) => formatNumber(v, locale, Number.isInteger(v) ? 0 : 1);
  return (
    <>
      <h3>{t('breakdown.lifetime', { orders: n(life.ordersPerCustomer), share: formatPercent(life.newCustomerShare, locale, 0) })}</h3>
      <table data-breakdown="lifetime">
        <tbody>
          {life.cac !== null && line(t('breakdown.cac'), fmt.money(life.cac))}
          {life.clv !== null && line(t('breakdown.clv'), fmt.money(life.clv))}
          {life.lifetimeRoi !== null && line(t('breakdown.lifetimeRoi'), fmt.roi(life.lifetimeRoi), 'sum')}
          {life.cac !== null && line(t('breakdown.payback'), life.paybackMonths === null ? t('breakdown.never') : months(life.paybackMonths, locale))}
        </tbody>
      </table>
    </>
  );
}

/** The hover/focus breakdown of one badge: where the money goes. */
export function Breakdown({ view, fmt, id }: { view: BadgeView; fmt: Fmt; id?: string }) {
  const { t } = fmt;
  const r = view.result;
  const revenueLabel = r.valueFromLeads
    ? t('breakdown.revenueLeads', { count: r.conversions ?? 0, unit: fmt.money((r.conversionValue ?? 0) / (r.conversions || 1)) })
    : r.valueEstimated
      ? t('breakdown.revenueEstimated')
      : t('breakdown.revenue');
  const line: Line = (label, value, cls) => (
    <tr class={cls}>
      <td>{label}</td>
      <td class="num">{value}</td>
    </tr>
  );
  const na = view.roi === null;
  // Figures of a row still loading are shown as partial; figures resting on
  // unreadable settings are not shown at all.
  const figures = r.status === 'ok' && view.reasons.every((x) => x === 'loading') ? r : null;
  // Nothing spent: no input is missing and no purchase was expected, so neither note applies; what was read is enough.
  const idle = view.reasons[0] === 'no-cost';
  // The page's amounts are in another currency than fmt.money's (the profile's): not shown rather than mislabelled.
  const money = !view.reasons.includes('currency-mismatch');
  return (
    <div class="tip" role="tooltip" id={id}>
      <h2>{view.name ?? t('panel.totals')}</h2>
      {view.basis === 'assumed' && (
        <p class="assumed" data-basis="assumed">
          {t('basis.assumed', { margin: formatPercent(r.marginRate, fmt.locale, 0) })}
        </p>
      )}
      {view.reasons.map((reason) => (
        <p class="reason" key={reason}>
          {t(`reason.${reason}`)}
        </p>
      ))}
      {!figures && !idle && <p class="note">{t('breakdown.noFigure')}</p>}
      {/* Meta's "—" is read as zero purchases: the −100 % is real, unless the tracking is broken. */}
      {r.conversions === 0 && !r.valueFromLeads && !idle && (
        <p class="note" data-note="no-purchase">
          {t('breakdown.noPurchase')}
        </p>
      )}
      {na && figures && view.reasons.length > 0 && <p class="note">{t('breakdown.partial')}</p>}
      <table>
        <tbody>
          {money && r.conversionValue !== null && line(revenueLabel, fmt.money(r.conversionValue))}
          {figures ? (
            figureLines(figures, na, fmt, line)
          ) : (
            <>
              {money && r.spend !== null && line(t('breakdown.adSpend'), fmt.money(r.spend), 'sub')}
              {r.platformRoas !== null && line(t('breakdown.platformRoas'), formatRoas(r.platformRoas, fmt.locale))}
            </>
          )}
        </tbody>
      </table>
      {figures && figures.variableCosts.length + figures.fixedCosts.length === 0 && view.basis !== 'assumed' && <p class="note">{t('breakdown.noCosts')}</p>}
      {view.lifetimeRoi !== null && view.lifetime?.status === 'ok' && lifetimeLines(view.lifetime, fmt, line)}
    </div>
  );
}
