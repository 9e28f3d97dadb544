/**
 * Import of a settings file: checked first, previewed as a list of changes,
 * applied only when the user confirms; a refused file leaves everything as
 * it was. The synced copy from another browser goes through the same preview.
 */
import { useCallback, useState } from 'preact/hooks';
import { describeImport } from '../../lib/options/import-diff';
import { fileTooLarge, readImport } from '../../lib/options/import-file';
import type { Settings } from '../../lib/settings';
import type { OptionsState, SyncOffer } from './useOptions';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'refused'; file: string; reasons: string[] }
  | { kind: 'preview'; source: 'file' | 'sync'; file: string; settings: Settings; changes: string[] }
  | { kind: 'done'; source: 'file' | 'sync'; file: string };

export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

export function useImport(options: Pick<OptionsState, 'saved' | 't' | 'locale' | 'replace'>) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const { saved, t, locale, replace } = options;

  const chooseFile = useCallback(
    async (file: FileLike) => {
      const tooLarge = fileTooLarge(file.size, t, locale);
      if (tooLarge) return setState({ kind: 'refused', file: file.name, reasons: [tooLarge] });
      let text: string;
      try {
        text = await file.text();
      } catch {
        return setState({ kind: 'refused', file: file.name, reasons: [t('io.readFailed')] });
      }
      const outcome = readImport(text, t, locale);
      if (!outcome.ok) return setState({ kind: 'refused', file: file.name, reasons: outcome.reasons });
      setState({
        kind: 'preview',
        source: 'file',
        file: file.name,
        settings: outcome.settings,
        changes: describeImport(saved, outcome.settings, t, locale),
      });
    },
    [saved, t, locale],
  );

  const previewSync = useCallback(
    (offer: SyncOffer) => {
      setState({
        kind: 'preview',
        source: 'sync',
        file: '',
        settings: offer.settings,
        changes: describeImport(saved, offer.settings, t, locale),
      });
    },
    [saved, t, locale],
  );

  const confirm = useCallback(async () => {
    if (state.kind !== 'preview') return;
    if (await replace(state.settings)) setState({ kind: 'done', source: state.source, file: state.file });
  }, [state, replace]);

  const cancel = useCallback(() => setState({ kind: 'idle' }), []);

  return { state, chooseFile, previewSync, confirm, cancel };
}
