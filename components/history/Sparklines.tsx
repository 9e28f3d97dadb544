/**
 * Per campaign: its real ROI across the recorded periods of one level, as
 * a sparkline, matched by the platform's row key (a renamed campaign stays
 * one line). A period where the ROI cannot be computed is a gap.
 */
import { campaignSeries } from '../../lib/history/progress';
import type { AccountView } from '../../lib/history/view';
import type { HistoryFmt } from './format';

const SW = 160;
const SH = 32;
/** A 5 000-row table would make the page a wall: the rows with most spend in the last period come first. */
const MAX_ROWS = 50;

export function Sparklines({ accounts, level, fmt }: { accounts: readonly AccountView[]; level: string; fmt: HistoryFmt }) {
  const { t } = fmt;
  const lines = accounts
    .flatMap((a) => campaignSeries(a.entries.filter((e) => e.entry.level === level)).map((s) => ({ account: a, series: s, last: s.points.at(-1)!.figures })))
    .sort((p, q) => (q.last.spend ?? 0) - (p.last.spend ?? 0))
    .slice(0, MAX_ROWS);
  if (lines.length === 0) return null;
  return (
    <ul class="sparklines">
      {lines.map(({ account, series, last }) => {
        const values = series.points.map((p) => p.figures.roi);
        const known = values.filter((v): v is number => v !== null);
        const name = series.name ?? series.key;
        const label =
          known.length === 0 ? t('history.sparklineNone', { name }) : t('history.sparkline', { name, count: series.points.length, last: fmt.roi(last.roi) });
        const lo = Math.min(0, ...known);
        const hi = Math.max(0, ...known);
        const y = (v: number) => SH - 3 - ((v - lo) / (hi - lo || 1)) * (SH - 6);
        const x = (i: number) => (values.length === 1 ? SW / 2 : 3 + (i * (SW - 6)) / (values.length - 1));
        // Consecutive known points are joined; an unknown period breaks the line.
        const segments: string[] = [];
        let current = '';
        values.forEach((v, i) => {
          if (v === null) {
            if (current) segments.push(current);
            current = '';
          } else current += `${current ? ' L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
        });
        if (current) segments.push(current);
        return (
          <li key={`${account.key}|${series.key}`} data-campaign={series.key}>
            <svg width={SW} height={SH} viewBox={`0 0 ${SW} ${SH}`} role="img" aria-label={label}>
              <line class="zero" x1={0} x2={SW} y1={y(0)} y2={y(0)} />
              {segments.map((d) => (
                <path key={d} d={d} class="spark" />
              ))}
              {values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={2} class="spark-dot" />))}
            </svg>
            <span class="spark-name">{name}</span>
            <span class="num">{fmt.roi(last.roi)}</span>
          </li>
        );
      })}
    </ul>
  );
}
