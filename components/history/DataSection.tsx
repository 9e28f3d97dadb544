/** Export, import and delete-all of the history. */
import type { HistoryFmt } from './format';
import type { Notice } from './useHistory';

interface Props {
  fmt: HistoryFmt;
  notice: Notice;
  hasEntries: boolean;
  onExport(): void;
  onImport(text: string): void;
  onDeleteAll(): void;
}

export function DataSection({ fmt, notice, hasEntries, onExport, onImport, onDeleteAll }: Props) {
  const { t } = fmt;
  return (
    <section aria-labelledby="data-title" class="data">
      <h2 id="data-title">{t('history.data')}</h2>
      <div class="buttons">
        <button type="button" onClick={onExport} disabled={!hasEntries} data-testid="export">
          {t('history.export')}
        </button>
        <label class="file">
          <span>{t('history.import')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            onChange={async (e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) onImport(await file.text());
              input.value = '';
            }}
          />
        </label>
        <button type="button" class="danger" onClick={onDeleteAll} disabled={!hasEntries} data-testid="delete-all">
          {t('history.deleteAll')}
        </button>
      </div>
      <div role="status" data-testid="notice">
        {notice?.kind === 'imported' && t('history.imported', { added: notice.plan.added, replaced: notice.plan.replaced, kept: notice.plan.kept })}
        {notice?.kind === 'refused' && t('history.importRefused', { problems: t(`history.refused.${notice.reason}`, { detail: notice.problems.join('; ') }) })}
        {notice?.kind === 'deleted' && t('history.deleted')}
      </div>
    </section>
  );
}
