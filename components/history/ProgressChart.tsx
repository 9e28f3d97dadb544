/**
 * The progress chart: an inline SVG, real ROI on top and the platform ROAS
 * below on the same dates. Each recorded period is a segment from its first
 * to its last day, so overlapping periods stay visibly apart and nothing is
 * summed. The same figures follow as a table, for screen readers and for
 * anyone who prefers numbers.
 */
import { dayNumber, dayRange, extent, linear, monthTicks, niceTicks } from '../../lib/history/chart';
import type { AccountView, EntryView } from '../../lib/history/view';
import type { HistoryFmt } from './format';

export const SERIES_COLOURS = ['#1a56db', '#b45309', '#047857', '#7e22ce', '#be123c', '#0e7490'];

interface Props {
  accounts: readonly AccountView[];
  level: string;
  baseline: EntryView | null;
  targetRoi: number;
  targetDate: string | null;
  fmt: HistoryFmt;
}

const W = 760;
const LEFT = 64;
const RIGHT = 16;
const ROI_TOP = 24;
const ROI_H = 200;
const ROAS_TOP = ROI_TOP + ROI_H + 40;
const ROAS_H = 100;
const H = ROAS_TOP + ROAS_H + 28;

export function ProgressChart({ accounts, level, baseline, targetRoi, targetDate, fmt }: Props) {
  const { t } = fmt;
  const series = accounts
    .map((a, i) => ({
      account: a,
      colour: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
      points: a.entries.filter((e) => e.entry.level === level),
    }))
    .filter((s) => s.points.length > 0);
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return <p class="muted">{t('history.chartEmpty')}</p>;

  const dates = all.flatMap((p) => [p.entry.period.start, p.entry.period.end]);
  if (targetDate) dates.push(targetDate);
  const [d0, d1] = dayRange(dates);
  const x = linear(d0, d1 + 1, LEFT, W - RIGHT);
  const rois = all.map((p) => p.rec.totals.roi).filter((v): v is number => v !== null);
  const [r0, r1] = extent([...rois, targetRoi], true);
  const yRoi = linear(r0, r1, ROI_TOP + ROI_H, ROI_TOP);
  const roases = all.map((p) => p.rec.totals.platformRoas).filter((v): v is number => v !== null);
  const [s0, s1] = extent(roases, true);
  const yRoas = linear(Math.max(0, s0), s1, ROAS_TOP + ROAS_H, ROAS_TOP);
  // ISO dates order as text: the earliest start and the latest end.
  const from = fmt.date(all.map((p) => p.entry.period.start).sort()[0]!);
  const to = fmt.date(all.map((p) => p.entry.period.end).sort()[all.length - 1]!);
  const span = (p: EntryView) => [x(dayNumber(p.entry.period.start)!), x(dayNumber(p.entry.period.end)! + 1)] as const;

  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc" data-chart="">
        <title id="chart-title">{t('history.chart')}</title>
        <desc id="chart-desc">{t('history.chartDesc', { count: all.length, from, to })}</desc>
        {baseline && baseline.entry.level === level && (
          <rect class="baseline" x={span(baseline)[0]} y={ROI_TOP} width={Math.max(2, span(baseline)[1] - span(baseline)[0])} height={ROI_H}>
            <title>{t('history.chartBaseline')}</title>
          </rect>
        )}
        <text class="axis-title" x={LEFT} y={ROI_TOP - 8}>
          {t('history.chartRoi')}
        </text>
        {niceTicks(r0, r1).map((v) => (
          <g key={`r${v}`}>
            <line class={v === 0 ? 'zero' : 'grid'} x1={LEFT} x2={W - RIGHT} y1={yRoi(v)} y2={yRoi(v)} />
            <text class="tick" x={LEFT - 6} y={yRoi(v) + 4} text-anchor="end">
              {fmt.roi(v)}
            </text>
          </g>
        ))}
        <line class="target" x1={LEFT} x2={W - RIGHT} y1={yRoi(targetRoi)} y2={yRoi(targetRoi)} />
        <text class="target-label" x={W - RIGHT - 4} y={yRoi(targetRoi) - 5} text-anchor="end">
          {t('history.chartTarget', { target: fmt.roi(targetRoi) })}
        </text>
        {targetDate && (
          <g>
            <line class="target" x1={x(dayNumber(targetDate)!)} x2={x(dayNumber(targetDate)!)} y1={ROI_TOP} y2={ROI_TOP + ROI_H} />
            <text class="target-label" x={x(dayNumber(targetDate)!) - 4} y={ROI_TOP + 12} text-anchor="end">
              {t('history.chartTargetDate')}
            </text>
          </g>
        )}
        <text class="axis-title" x={LEFT} y={ROAS_TOP - 8}>
          {t('history.chartRoas')}
        </text>
        {niceTicks(Math.max(0, s0), s1, 3).map((v) => (
          <g key={`s${v}`}>
            <line class="grid" x1={LEFT} x2={W - RIGHT} y1={yRoas(v)} y2={yRoas(v)} />
            <text class="tick" x={LEFT - 6} y={yRoas(v) + 4} text-anchor="end">
              {fmt.roas(v)}
            </text>
          </g>
        ))}
        {monthTicks(d0, d1).map((iso) => (
          <text key={iso} class="tick" x={x(dayNumber(iso)!)} y={H - 8} text-anchor="middle">
            {new Intl.DateTimeFormat(fmt.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`))}
          </text>
        ))}
        {series.map((s) =>
          s.points.map((p) => {
            const [a, b] = span(p);
            const { roi, platformRoas } = p.rec.totals;
            return (
              <g key={p.entry.id} stroke={s.colour} fill={s.colour}>
                {roi !== null && <line class={p.settling ? 'seg settling' : 'seg'} x1={a} x2={b} y1={yRoi(roi)} y2={yRoi(roi)} />}
                {roi !== null && (
                  <circle cx={(a + b) / 2} cy={yRoi(roi)} r={3.5}>
                    <title>{t('report.periodRoi', { period: fmt.period(p.entry.period), roi: fmt.roi(roi) })}</title>
                  </circle>
                )}
                {platformRoas !== null && <line class="seg roas" x1={a} x2={b} y1={yRoas(platformRoas)} y2={yRoas(platformRoas)} />}
              </g>
            );
          }),
        )}
      </svg>
      {series.length > 1 && (
        <figcaption class="legend">
          {series.map((s) => (
            <span key={s.account.key}>
              <span class="swatch" style={{ background: s.colour }} aria-hidden="true" />
              {t('history.scopeAccount', { platform: t(`platform.${s.account.platform}`), account: s.account.accountId })}
            </span>
          ))}
        </figcaption>
      )}
      <details class="chart-data">
        <summary>{t('history.chartTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('history.col.account')}</th>
              <th scope="col">{t('history.col.period')}</th>
              <th scope="col" class="num">
                {t('history.col.roi')}
              </th>
              <th scope="col" class="num">
                {t('history.col.roas')}
              </th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) =>
              s.points.map((p) => (
                <tr key={p.entry.id}>
                  <td>{s.account.accountId}</td>
                  <th scope="row">{fmt.period(p.entry.period)}</th>
                  <td class="num">{fmt.roi(p.rec.totals.roi)}</td>
                  <td class="num">{fmt.roas(p.rec.totals.platformRoas)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
