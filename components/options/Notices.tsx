/** Messages at the top of the page: first visit, repaired or restored settings, changes merged, synced copy. */
import { unreadableText } from '../../lib/overlay/unreadable-text';
import type { Path } from '../../lib/options/paths';
import type { ComponentChildren } from 'preact';
import { useOptionsCtx } from './context';
import type { Notices as NoticeState, SyncOffer } from './useOptions';

export interface NoticesProps {
  notices: NoticeState;
  syncOffer: SyncOffer | null;
  onDismiss: (name: 'restored' | 'merged' | 'repairs' | 'firstRun') => void;
  onDiscardRestored: () => void;
  onReviewSync: () => void;
  onKeepLocal: () => void;
  /** Select the field at `path` (its profile first). */
  onGoTo?: (path: Path) => void;
}

function Notice({ children, kind = 'info' }: { children: ComponentChildren; kind?: 'info' | 'warn' }) {
  return (
    <div class={`notice ${kind}`} role="status">
      {children}
    </div>
  );
}

export function Notices({ notices, syncOffer, onDismiss, onDiscardRestored, onReviewSync, onKeepLocal, onGoTo }: NoticesProps) {
  const { t, locale } = useOptionsCtx();
  const time = (iso: string) => new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div class="notices">
      {notices.unreadable.length > 0 && (
        <div class="notice warn" role="alert" data-notice="unreadable">
          <p>{t('unreadable.optionsIntro')}</p>
          <ul>
            {notices.unreadable.map(({ entry, path, stored }) => (
              <li key={entry.path} data-unreadable={entry.path}>
                {unreadableText(t, entry)}{' '}
                {path ? (
                  <button type="button" class="link" onClick={() => onGoTo?.(path)}>
                    {t('unreadable.show')}
                  </button>
                ) : (
                  <>
                    <code>{JSON.stringify(stored)}</code> {t('unreadable.dropped')}
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notices.firstRun && (
        <Notice>
          <p>{t('options.firstRun')}</p>
          <p data-testid="history-first-run">{t('options.historyFirstRun')}</p>
          <button type="button" class="link" onClick={() => onDismiss('firstRun')}>
            {t('common.dismiss')}
          </button>
        </Notice>
      )}
      {notices.repairs.length > 0 && (
        <Notice kind="warn">
          <p>{t('options.repaired', { count: notices.repairs.length })}</p>
          <details>
            <summary>{t('options.repairDetails')}</summary>
            <ul>
              {notices.repairs.map((r, i) => (
                <li key={i}>
                  <code>{r.path || '—'}</code> {r.problem}
                </li>
              ))}
            </ul>
          </details>
          <button type="button" class="link" onClick={() => onDismiss('repairs')}>
            {t('common.dismiss')}
          </button>
        </Notice>
      )}
      {notices.restoredAt && (
        <Notice>
          <p>{t('options.restored', { time: time(notices.restoredAt) })}</p>
          <button type="button" onClick={onDiscardRestored}>
            {t('options.discardRestored')}
          </button>
          <button type="button" class="link" onClick={() => onDismiss('restored')}>
            {t('common.dismiss')}
          </button>
        </Notice>
      )}
      {notices.mergedConflicts !== null && (
        <Notice>
          <p>
            {t('options.merged')}
            {notices.mergedConflicts > 0 ? ` ${t('options.mergedConflicts', { count: notices.mergedConflicts })}` : ''}
          </p>
          <button type="button" class="link" onClick={() => onDismiss('merged')}>
            {t('common.dismiss')}
          </button>
        </Notice>
      )}
      {syncOffer && (
        <Notice>
          <p>{t('sync.available', { time: time(syncOffer.savedAt) })}</p>
          <button type="button" onClick={onReviewSync}>
            {t('sync.review')}
          </button>
          <button type="button" onClick={onKeepLocal}>
            {t('sync.keep')}
          </button>
        </Notice>
      )}
    </div>
  );
}
