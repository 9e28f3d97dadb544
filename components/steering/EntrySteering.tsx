/** Beside a recorded period: its drift against the target, and the same period last year. */
import { formatPercent } from '../../lib/format';
import type { Drift } from '../../lib/steering/drift';
import type { EntrySteering } from '../../lib/steering/history';
import type { HistoryFmt } from '../history/format';

export function driftText(fmt: HistoryFmt, d: Drift): string {
  return fmt.t(`steer.drift.${d.state}`, { pct: formatPercent(Math.abs(d.relative ?? 0), fmt.locale, 0) });
}

const signed = (x: number, locale: string) => `${x >= 0 ? '+' : ''}${formatPercent(x, locale, 1)}`;

export function LastYearCell({ fmt, steer }: { fmt: HistoryFmt; steer: EntrySteering | undefined }) {
  if (!steer?.prevYearPeriod) return null;
  const prev = steer.prevYear;
  if (!prev) return <span class="muted">{fmt.t('steer.lastYearOpen', { period: fmt.period(steer.prevYearPeriod) })}</span>;
  if (prev.roi === null || !prev.change) return <span class="muted">{fmt.t('steer.lastYearNa')}</span>;
  const c = prev.change;
  return (
    <span data-last-year="">
      {fmt.t('steer.lastYear', {
        roi: fmt.roi(prev.roi),
        points: signed(c.points, fmt.locale).replace(/\s?%/, ''),
        relative: c.relative === null ? '' : `, ${signed(c.relative, fmt.locale)}`,
      })}
    </span>
  );
}
