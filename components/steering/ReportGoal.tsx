/**
 * The report's line on an account's baseline and target date: the goal the
 * progress page saved (or its default), and which one it is, so a printed
 * figure is never measured against a goal the reader cannot see.
 */
import type { ResolvedGoal } from '../../lib/history/goals';
import type { AccountView, EntryView } from '../../lib/history/view';
import { reasonText } from '../history/EntryList';
import type { HistoryFmt } from '../history/format';

interface Props {
  fmt: HistoryFmt;
  goal: ResolvedGoal<EntryView>;
  account: AccountView;
  targetRoi: number;
}

export function ReportGoal({ fmt, goal, account, targetRoi }: Props) {
  const { t } = fmt;
  const { baseline, targetDate, source } = goal;
  if (!baseline || !targetDate)
    return (
      <p class="muted goal" data-report-goal="none">
        {t('report.goalNone')}
      </p>
    );
  const roi = baseline.rec.totals.roi;
  const params = {
    // Another account's period when the profile's goal is used: name it.
    baseline: fmt.period(baseline.entry.period) + (baseline.entry.accountId === account.accountId ? '' : ` (${baseline.entry.accountId})`),
    roi: fmt.roi(roi),
    reason: reasonText(fmt, baseline.rec.totals.reason),
    target: fmt.roi(targetRoi),
    date: fmt.date(targetDate),
  };
  return (
    <p
      class="muted goal"
      data-report-goal={source}
      data-baseline={baseline.entry.id}
      data-target-date={targetDate}
      data-baseline-roi={roi === null ? 'na' : String(roi)}
    >
      {t(roi === null ? 'report.goalNa' : 'report.goal', { ...params, source: t(`report.goalSource.${source}`, { profile: account.profileName }) })}
    </p>
  );
}
