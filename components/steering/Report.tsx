/**
 * A one-page report of the latest period for a management committee: the
 * channels side by side, the totals, the trend and the verdicts. Printed
 * through the browser (print stylesheet in steering.css).
 */
import { type Goals, resolveGoal } from '../../lib/history/goals';
import type { AccountView, EntryView } from '../../lib/history/view';
import { isWeek } from '../../lib/steering/drift';
import type { ChannelComparison } from '../../lib/steering/channels';
import type { ChannelVerdict } from '../../lib/steering/verdict';
import { reasonText } from '../history/EntryList';
import type { HistoryFmt } from '../history/format';
import { ReportGoal } from './ReportGoal';
import { ChannelCompare, ChannelHead, VerdictList } from './SteeringSection';

interface Props {
  fmt: HistoryFmt;
  accounts: readonly AccountView[];
  /** What the progress page saved (storage 'historyGoals'); none: every account on its default goal. */
  goals?: Goals;
  comparisons: readonly ChannelComparison[];
  verdicts: readonly ChannelVerdict[];
  targetRoi: number;
  today: string;
}

const asCandidate = (e: EntryView) => ({ ...e, id: e.entry.id, period: e.entry.period, capturedAt: e.entry.capturedAt });

/** The account's trend, then the goal it is measured against (the one the progress page uses). */
function AccountTrend({
  fmt,
  account,
  accounts,
  goals,
  targetRoi,
}: {
  fmt: HistoryFmt;
  account: AccountView;
  accounts: readonly AccountView[];
  goals: Goals;
  targetRoi: number;
}) {
  const profileEntries = accounts.filter((a) => a.profileId === account.profileId).flatMap((a) => a.entries.map(asCandidate));
  const goal = resolveGoal(goals, account, account.entries.map(asCandidate), profileEntries);
  const { points, gaps } = trendOf(account);
  if (points.length === 0 && gaps.length === 0) return null;
  const list = gaps.map((g) => `${fmt.period(g.entry.period)} (${reasonText(fmt, g.rec.totals.reason)})`).join('; ');
  return (
    <div data-report-account={account.key}>
      {points.length > 0 && <Trend fmt={fmt} account={account} points={points} targetRoi={targetRoi} />}
      {gaps.length > 0 && (
        <p class="muted goal" data-trend-gaps={gaps.length}>
          {/* Nothing drawn: the account's name leads the line instead of a chart. */}
          {points.length === 0 && <strong>{accountName(fmt, account)}: </strong>}
          {fmt.t('report.trendGaps', { count: gaps.length, list })}
        </p>
      )}
      {/* With nothing drawn, nothing is measured against a goal. */}
      {points.length > 0 && <ReportGoal fmt={fmt} goal={goal} account={account} targetRoi={targetRoi} />}
    </div>
  );
}

const accountName = (fmt: HistoryFmt, account: AccountView) => `${fmt.t(`export.platform.${account.platform}`)} ${account.accountId}`;

/** The periods drawn, and those of the same granularity left out for want of a readable real ROI (said, not skipped). */
function trendOf(account: AccountView): { points: EntryView[]; gaps: EntryView[] } {
  const tables = account.entries.filter((e) => e.entry.level === 'campaigns');
  const all = tables.filter((e) => e.rec.totals.roi !== null);
  // One granularity per line: weeks when there are several, a month among weeks would be a false step.
  const weeks = all.filter((e) => isWeek(e.entry.period));
  const byWeek = weeks.length >= 2;
  return {
    points: byWeek ? weeks : all,
    gaps: tables.filter((e) => e.rec.totals.roi === null && (!byWeek || isWeek(e.entry.period))),
  };
}

function Trend({ fmt, account, points, targetRoi }: { fmt: HistoryFmt; account: AccountView; points: EntryView[]; targetRoi: number }) {
  const rois = points.map((p) => p.rec.totals.roi!);
  const lo = Math.min(0, targetRoi, ...rois);
  const hi = Math.max(targetRoi, ...rois);
  const y = (v: number) => 80 - ((v - lo) / (hi - lo || 1)) * 70;
  const x = (i: number) => (points.length === 1 ? 200 : 10 + (i * 380) / (points.length - 1));
  const name = accountName(fmt, account);
  const alt = fmt.t('report.trendAlt', {
    account: name,
    count: points.length,
    first: fmt.period(points[0]!.entry.period),
    last: fmt.period(points[points.length - 1]!.entry.period),
  });
  return (
    <div class="trend">
      <strong>{name}</strong>
      <svg viewBox="0 0 400 90" role="img" aria-label={alt} preserveAspectRatio="none">
        <line class="target" x1="0" x2="400" y1={y(targetRoi)} y2={y(targetRoi)} />
        <polyline class="line" points={rois.map((r, i) => `${x(i)},${y(r)}`).join(' ')} />
      </svg>
      <p class="muted">
        {points
          .slice(-6)
          .map((p) => fmt.t('report.periodRoi', { period: fmt.period(p.entry.period), roi: fmt.roi(p.rec.totals.roi) }))
          .join(' · ')}
        {' · '}
        {fmt.t('report.target', { target: fmt.roi(targetRoi) })}
      </p>
    </div>
  );
}

export function Report({ fmt, accounts, goals = {}, comparisons, verdicts, targetRoi, today }: Props) {
  const { t } = fmt;
  const latest = accounts.flatMap((a) => a.entries).sort((a, b) => b.entry.period.end.localeCompare(a.entry.period.end))[0];
  const period = comparisons[0]?.period ?? latest?.entry.period ?? null;
  const totals = period
    ? accounts.flatMap((a) =>
        a.entries.filter((e) => e.entry.period.start === period.start && e.entry.period.end === period.end && e.entry.level === 'campaigns'),
      )
    : [];
  return (
    <main class="report">
      <h1>{t('report.title')}</h1>
      <p class="muted">{t('report.subtitle', { period: period ? fmt.period(period) : '—', date: fmt.date(today) })}</p>
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </p>
      {!period && <p>{t('report.none')}</p>}
      {comparisons[0] && (
        <section>
          <h2>{t('report.channels')}</h2>
          <p class="muted">{t('steer.channelsNote')}</p>
          <ChannelCompare fmt={fmt} c={comparisons[0]} />
        </section>
      )}
      {totals.length > 0 && (
        <section>
          <h2>{t('report.totals')}</h2>
          <table>
            <ChannelHead fmt={fmt} />
            <tbody>
              {totals.map(({ entry, rec }) => (
                <tr key={entry.id}>
                  <th scope="row">
                    {t(`export.platform.${entry.platform}`)} {entry.accountId}
                  </th>
                  <td class="num">{fmt.money(rec.totals.spend, entry.currency ?? rec.profile.currency)}</td>
                  <td class="num">{fmt.money(rec.totals.netProfit, entry.currency ?? rec.profile.currency)}</td>
                  <td class="num">{fmt.roi(rec.totals.roi)}</td>
                  <td class="num">{fmt.roas(rec.totals.platformRoas)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {accounts.length > 0 && (
        <section>
          <h2>{t('report.trend')}</h2>
          {accounts.map((a) => (
            <AccountTrend key={a.key} fmt={fmt} account={a} accounts={accounts} goals={goals} targetRoi={targetRoi} />
          ))}
        </section>
      )}
      {verdicts.length > 0 && (
        <section>
          <h2>{t('report.verdicts')}</h2>
          <VerdictList fmt={fmt} verdicts={verdicts.filter((v) => v.campaign === null)} />
        </section>
      )}
    </main>
  );
}
