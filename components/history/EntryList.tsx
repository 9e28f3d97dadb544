/**
 * Every recorded period of every account, grouped by account. Accounts
 * outside the chosen scope sit in a closed section, still in the DOM: the
 * list is the complete record of what is stored.
 */
import type { AccountView, EntryView } from '../../lib/history/view';
import type { EntrySteering } from '../../lib/steering/history';
import { LastYearCell, driftText } from '../steering/EntrySteering';
import type { HistoryFmt } from './format';

interface Props {
  accounts: readonly AccountView[];
  openKeys: ReadonlySet<string>;
  fmt: HistoryFmt;
  onDelete(id: string): void;
  onDeleteAccount(account: AccountView): void;
  /** Per entry id: drift (7-day periods) and same period last year. */
  steering?: ReadonlyMap<string, EntrySteering>;
}

export function reasonText(fmt: HistoryFmt, reason: string | null): string {
  if (!reason) return '';
  if (reason === 'no-totals' || reason === 'no-cost') return fmt.t(`history.reason.${reason}`);
  return fmt.t(`reason.${reason}` as never);
}

function Row({ item, fmt, onDelete, steer }: { item: EntryView; fmt: HistoryFmt; onDelete(id: string): void; steer?: EntrySteering }) {
  const { entry, rec, settling } = item;
  const prev = steer?.prevYear;
  const { t } = fmt;
  const currency = entry.currency ?? rec.profile.currency;
  const roi = rec.totals.roi;
  const period = fmt.period(entry.period);
  return (
    <tr
      data-history-entry=""
      data-platform={entry.platform}
      data-account={entry.accountId}
      data-level={entry.level}
      data-start={entry.period.start}
      data-end={entry.period.end}
      data-roi={roi === null ? 'na' : String(roi)}
      data-roi-reason={roi === null ? (rec.totals.reason ?? undefined) : undefined}
      data-settling={settling ? '' : undefined}
      data-drift={steer?.drift?.state}
      data-prev-year-roi={prev ? (prev.roi === null ? 'na' : String(prev.roi)) : undefined}
    >
      <th scope="row">
        {period}
        {settling && (
          <span class="settling" title={t('history.settlingHint')}>
            {t('history.settling')}
          </span>
        )}
      </th>
      <td>{fmt.level(entry.level)}</td>
      <td class="num">{fmt.money(rec.totals.spend, currency)}</td>
      <td class="num">{fmt.money(rec.totals.netProfit, currency)}</td>
      <td class="num">
        {fmt.roi(roi)}
        {roi === null && <span class="reason">{` (${reasonText(fmt, rec.totals.reason)})`}</span>}
        {steer?.drift && <span class={`drift ${steer.drift.state}`}>{driftText(fmt, steer.drift)}</span>}
      </td>
      <td class="wrap">
        <LastYearCell fmt={fmt} steer={steer} />
      </td>
      <td class="num">{fmt.roas(rec.totals.platformRoas)}</td>
      <td class="wrap">
        <time dateTime={entry.capturedAt}>{fmt.dateTime(entry.capturedAt)}</time>
      </td>
      <td>
        <button
          type="button"
          class="link"
          aria-label={t('history.deleteLabel', { period, level: fmt.level(entry.level) })}
          onClick={() => onDelete(entry.id)}
          data-delete-entry={entry.id}
        >
          {t('history.delete')}
        </button>
      </td>
    </tr>
  );
}

export function EntryList({ accounts, openKeys, fmt, onDelete, onDeleteAccount, steering }: Props) {
  const { t } = fmt;
  return (
    <div class="accounts">
      {accounts.map((a) => {
        const name = t('history.scopeAccount', { platform: t(`platform.${a.platform}`), account: a.accountId });
        return (
          <details key={a.key} open={openKeys.has(a.key)} data-history-account={a.key}>
            <summary>
              <span class="account-name">{name}</span>
              <span class="muted">
                {' '}
                · {a.profileName} · {t('history.entriesCount', { count: a.entries.length })}
              </span>
            </summary>
            <div class="table-wrap">
              <table class="entries">
                <caption class="sr-only">{name}</caption>
                <thead>
                  <tr>
                    {(['period', 'level', 'spend', 'netProfit', 'roi'] as const).map((c) => (
                      <th key={c} scope="col" class={c === 'period' || c === 'level' ? undefined : 'num'}>
                        {t(`history.col.${c}`)}
                      </th>
                    ))}
                    <th scope="col">{t('steer.col.lastYear')}</th>
                    {(['roas', 'recorded', 'actions'] as const).map((c) => (
                      <th key={c} scope="col" class={c === 'roas' ? 'num' : undefined}>
                        {t(`history.col.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {[...a.entries].reverse().map((item) => (
                    <Row key={item.entry.id} item={item} fmt={fmt} onDelete={onDelete} steer={steering?.get(item.entry.id)} />
                  ))}
                </tbody>
              </table>
            </div>
            <button type="button" class="danger" onClick={() => onDeleteAccount(a)} data-delete-account={a.key}>
              {t('history.deleteAccount')}
            </button>
          </details>
        );
      })}
    </div>
  );
}
