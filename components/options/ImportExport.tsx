/** Export the saved settings as a JSON file; import one back after a preview of its changes. */
import { useEffect, useRef } from 'preact/hooks';
import { exportFileName, exportText } from '../../lib/options/export-file';
import type { Settings } from '../../lib/settings';
import { useOptionsCtx } from './context';
import type { FileLike, ImportState } from './useImport';

export interface ImportExportProps {
  saved: Settings;
  dirty: boolean;
  state: ImportState;
  onFile: (file: FileLike) => void;
  onConfirm: () => void;
  onCancel: () => void;
  download: (fileName: string, text: string) => void;
}

export function ImportExport({ saved, dirty, state, onFile, onConfirm, onCancel, download }: ImportExportProps) {
  const { t, now } = useOptionsCtx();
  const outcome = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The outcome of choosing a file is where attention must go next.
  useEffect(() => {
    if (state.kind !== 'idle') outcome.current?.focus();
  }, [state]);
  return (
    <section class="card" aria-labelledby="io-title">
      <h2 id="io-title">{t('io.title')}</h2>
      <p class="help">{t('io.help')}</p>
      <div class="row io">
        <div class="field">
          <button type="button" onClick={() => download(exportFileName(now()), exportText(saved))} aria-describedby={dirty ? 'export-note' : undefined}>
            {t('io.export')}
          </button>
          {dirty && (
            <p id="export-note" class="hint">
              {t('io.exportDirty')}
            </p>
          )}
        </div>
        <div class="field">
          <label for="import-file">{t('io.import')}</label>
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="import-hint"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onFile(file);
              // The same file chosen again (after fixing it) must fire again.
              e.currentTarget.value = '';
            }}
          />
          <p id="import-hint" class="hint">
            {t('io.importHint')}
          </p>
        </div>
      </div>
      <div ref={outcome} tabIndex={-1} class="io-outcome" data-testid="import-outcome">
        {state.kind === 'refused' && (
          <div class="box error-box" role="alert">
            <p>
              <strong>{t('io.refused', { file: state.file })}</strong>
            </p>
            <ul>
              {state.reasons.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          </div>
        )}
        {state.kind === 'preview' && (
          <div class="box preview-box" role="region" aria-labelledby="import-preview-title">
            <p id="import-preview-title">
              <strong>{state.source === 'sync' ? t('io.previewSync') : t('io.preview', { file: state.file })}</strong>
            </p>
            {state.changes.length === 0 ? (
              <p>{t('io.noChanges')}</p>
            ) : (
              <ul data-testid="import-changes">
                {state.changes.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
              </ul>
            )}
            {dirty && <p class="warn">{t('io.discardsDraft')}</p>}
            <div class="actions">
              <button type="button" class="primary" onClick={onConfirm}>
                {t('io.confirm')}
              </button>
              <button type="button" onClick={onCancel}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}
        {state.kind === 'done' && (
          <p class="box ok-box" role="status">
            {state.source === 'sync' ? t('io.doneSync') : t('io.done', { file: state.file })}
          </p>
        )}
      </div>
    </section>
  );
}
