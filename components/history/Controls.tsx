/** What the chart covers: the scope (an account or a profile), the table level, the baseline and the target date. */
import { baselineCandidates } from '../../lib/history/progress';
import type { AccountView, EntryView, Scope } from '../../lib/history/view';
import type { HistoryFmt } from './format';

interface Props {
  accounts: readonly AccountView[];
  scope: Scope;
  onScope(scope: Scope): void;
  levels: readonly string[];
  level: string;
  onLevel(level: string): void;
  scoped: readonly EntryView[];
  baseline: EntryView | null;
  onBaseline(id: string): void;
  targetDate: string | null;
  onTargetDate(date: string): void;
  fmt: HistoryFmt;
}

const scopeValue = (s: Scope) => (s.kind === 'account' ? `account:${s.key}` : `profile:${s.id}`);

export function Controls(p: Props) {
  const { t } = p.fmt;
  const profiles = [...new Map(p.accounts.map((a) => [a.profileId, a.profileName])).entries()];
  const candidates = baselineCandidates(p.scoped.map((e) => ({ ...e, id: e.entry.id, period: e.entry.period, capturedAt: e.entry.capturedAt })));
  return (
    <div class="controls">
      <label>
        <span>{t('history.scope')}</span>
        <select
          value={scopeValue(p.scope)}
          data-testid="scope"
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            p.onScope(v.startsWith('account:') ? { kind: 'account', key: v.slice(8) } : { kind: 'profile', id: v.slice(8) });
          }}
        >
          {p.accounts.map((a) => (
            <option key={a.key} value={`account:${a.key}`}>
              {t('history.scopeAccount', { platform: t(`platform.${a.platform}`), account: a.accountId })}
            </option>
          ))}
          {profiles.map(([id, name]) => (
            <option key={id} value={`profile:${id}`}>
              {t('history.scopeProfile', { profile: name })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('history.level')}</span>
        <select value={p.level} data-testid="level" onChange={(e) => p.onLevel((e.currentTarget as HTMLSelectElement).value)}>
          {p.levels.map((l) => (
            <option key={l} value={l}>
              {p.fmt.level(l)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('history.baseline')}</span>
        <select
          value={p.baseline?.entry.id ?? ''}
          disabled={candidates.length === 0}
          data-testid="baseline"
          aria-describedby="baseline-hint"
          onChange={(e) => p.onBaseline((e.currentTarget as HTMLSelectElement).value)}
        >
          {candidates.length === 0 && <option value="">{t('history.baselineNone')}</option>}
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>{`${p.fmt.period(c.entry.period)} · ${p.fmt.level(c.entry.level)} · ${c.entry.accountId}`}</option>
          ))}
        </select>
        <small id="baseline-hint">{t('history.baselineHint')}</small>
      </label>
      <label>
        <span>{t('history.targetDate')}</span>
        <input
          type="date"
          value={p.targetDate ?? ''}
          disabled={!p.baseline}
          data-testid="target-date"
          onChange={(e) => p.onTargetDate((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
    </div>
  );
}
