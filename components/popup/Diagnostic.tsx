/**
 * "Copy a diagnostic report": what the extension reads on the ad page in the
 * active tab, anonymized (lib/diagnostic), to the clipboard or a file. For
 * bug reports from live accounts; nothing is sent anywhere.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';
import type { PopupDeps } from './deps';

type State = { kind: 'idle' } | { kind: 'working' } | { kind: 'none' } | { kind: 'done'; bytes: number; copied: boolean; href: string };

export function Diagnostic({ deps, t }: { deps: PopupDeps; t: Translate }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (!deps.getPageCopy) return null;
  const run = async () => {
    setState({ kind: 'working' });
    const copy = await deps.getPageCopy!();
    // Loaded on demand: the report code stays out of the popup's first paint.
    const { randomSalt, reportOfCopy } = await import('../../lib/diagnostic/page-report');
    const report = copy && reportOfCopy(copy, (html) => new DOMParser().parseFromString(html, 'text/html'), randomSalt(), deps.extensionVersion ?? null);
    if (!report) return setState({ kind: 'none' });
    const text = JSON.stringify(report, null, 2);
    const copied =
      (await navigator.clipboard?.writeText(text).then(
        () => true,
        () => false,
      )) ?? false;
    setState({ kind: 'done', bytes: text.length, copied, href: URL.createObjectURL(new Blob([text], { type: 'application/json' })) });
  };
  return (
    <details class="diagnostic">
      <summary>{t('popup.diagnostic')}</summary>
      <p class="hint">{t('popup.diagnosticHint')}</p>
      <button type="button" onClick={() => void run()} disabled={state.kind === 'working'} data-testid="diagnostic">
        {t('popup.diagnosticCopy')}
      </button>
      <p role="status" class="hint">
        {state.kind === 'none' && t('popup.diagnosticNone')}
        {state.kind === 'done' && (
          <>
            {t(state.copied ? 'popup.diagnosticCopied' : 'popup.diagnosticNotCopied', { size: Math.ceil(state.bytes / 1024) })}{' '}
            <a href={state.href} download="real-roi-diagnostic.json" data-testid="diagnostic-file">
              {t('popup.diagnosticSave')}
            </a>
          </>
        )}
      </p>
    </details>
  );
}
