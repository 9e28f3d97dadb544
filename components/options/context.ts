/** What every section of the options page uses: texts, locale, the draft and its problems. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DraftSettings } from '../../lib/options/loose';
import { fieldId, pathKey, setAt, type Path } from '../../lib/options/paths';
import { problemText, unitOf } from '../../lib/options/problem-text';
import type { DraftCheck } from '../../lib/options/validation';
import { BUILT_IN_PROFILE_NAMES, PROFILE_NAME_KEY, shownProfileName, type Translate } from '../../lib/i18n';

export interface OptionsCtx {
  t: Translate;
  locale: string;
  draft: DraftSettings;
  /** The reason the field at `path` is invalid, in the UI language. */
  errorAt(path: Path): string | null;
  update(path: Path, value: unknown): void;
  setDraft(update: (d: DraftSettings) => DraftSettings): void;
  id(path: Path): string;
  now(): Date;
  /** A profile's name as shown: the untouched built-in name in the UI language, any other as typed. */
  profileName(name: string): string;
}

export const OptionsContext = createContext<OptionsCtx | null>(null);

export function useOptionsCtx(): OptionsCtx {
  const ctx = useContext(OptionsContext);
  if (!ctx) throw new Error('OptionsContext missing');
  return ctx;
}

export function makeCtx(t: Translate, locale: string, draft: DraftSettings, check: DraftCheck, setDraft: OptionsCtx['setDraft'], now: () => Date): OptionsCtx {
  const profileName = (name: string) => shownProfileName(name, t(PROFILE_NAME_KEY), BUILT_IN_PROFILE_NAMES);
  const ownerName = (id: string) => profileName(draft.profiles.find((p) => p.id === id)?.name ?? '') || id;
  return {
    profileName,
    t,
    locale,
    draft,
    setDraft,
    now,
    errorAt(path) {
      if (check.ok) return null;
      const problem = check.byField.get(pathKey(path));
      return problem ? problemText(problem, unitOf(path), t, locale, ownerName) : null;
    },
    update(path, value) {
      setDraft((d) => setAt(d, path, value));
    },
    id: fieldId,
  };
}
