/** Save and discard, the page's status, and the fields to fix before saving can happen. */
import type { Located } from '../../lib/options/validation';
import type { Path } from '../../lib/options/paths';
import { pathText } from '../../lib/options/import-file';
import { problemText, unitOf } from '../../lib/options/problem-text';
import { useOptionsCtx } from './context';
import type { SaveState } from './useOptions';

export interface SaveBarProps {
  dirty: boolean;
  problems: readonly Located[];
  saveState: SaveState;
  onSave: () => void;
  onDiscard: () => void;
  onGoTo: (path: Path) => void;
}

export function SaveBar({ dirty, problems, saveState, onSave, onDiscard, onGoTo }: SaveBarProps) {
  const { t, locale, draft, profileName } = useOptionsCtx();
  const count = problems.length;
  let status: string;
  if (saveState.kind === 'saving') status = t('save.saving');
  else if (saveState.kind === 'failed') status = t('save.failed', { error: saveState.error });
  else if (saveState.kind === 'blocked') status = t(count === 1 ? 'save.blockedOne' : 'save.blocked', { count });
  else if (dirty) status = count ? t(count === 1 ? 'save.dirtyInvalidOne' : 'save.dirtyInvalid', { count }) : t('save.dirty');
  else status = saveState.kind === 'saved' ? t('save.saved') : t('save.clean');
  const ownerName = (id: string) => profileName(draft.profiles.find((p) => p.id === id)?.name ?? '') || id;
  const showList = count > 0 && (saveState.kind === 'blocked' || dirty);
  return (
    <footer class="save-bar" aria-label={t('save.region')}>
      <div class="save-inner">
        <div class="save-status">
          <p
            role="status"
            aria-live="polite"
            class={saveState.kind === 'blocked' || saveState.kind === 'failed' ? 'warn' : undefined}
            data-testid="save-status"
          >
            {status}
          </p>
          {showList && (
            <ul class="problems" data-testid="problems">
              {problems.slice(0, 6).map(({ path, problem }, i) => (
                <li key={i}>
                  <button type="button" class="link" onClick={() => onGoTo(path)}>
                    {t('save.problem', {
                      where: pathText(path, draft, t),
                      problem: problemText(problem, unitOf(path), t, locale, ownerName),
                    })}
                  </button>
                </li>
              ))}
              {count > 6 && <li>{t('save.more', { count: count - 6 })}</li>}
            </ul>
          )}
        </div>
        <div class="actions">
          <button type="button" onClick={onDiscard} disabled={!dirty}>
            {t('save.discard')}
          </button>
          <button type="button" class="primary" onClick={onSave} data-testid="save">
            {t('save.save')}
          </button>
        </div>
      </div>
    </footer>
  );
}
