/** Which profile is being edited, and creating, duplicating and deleting profiles. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { addProfile, deleteProfile, duplicateProfile } from '../../lib/options/profile-ops';
import type { MessageKey } from '../../lib/i18n';
import { DEFAULT_CURRENCY } from '../../lib/settings';
import { useOptionsCtx } from './context';

export interface ProfileBarProps {
  selectedId: string;
  onSelect: (id: string) => void;
}

/** The question's plural form: English and French both say none, one, and a count from 2 on. */
function deleteQuestion(costs: number): MessageKey {
  if (costs === 0) return 'profiles.confirmDeleteNoCost';
  return costs === 1 ? 'profiles.confirmDeleteOneCost' : 'profiles.confirmDelete';
}

export function ProfileBar({ selectedId, onSelect }: ProfileBarProps) {
  const { t, draft, setDraft, profileName } = useOptionsCtx();
  // The profile whose deletion awaits confirmation: switching profiles drops the question.
  const [confirmingId, setConfirmingId] = useState<string | null>(null);
  const confirming = confirmingId !== null && confirmingId === selectedId;
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const profile = draft.profiles.find((p) => p.id === selectedId);
  const name = (p: { name: string; id: string }) => profileName(p.name) || t('profiles.unnamed');

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const create = () => {
    const currency = profile?.currency || DEFAULT_CURRENCY;
    let id = '';
    setDraft((d) => {
      const r = addProfile(d, t('profiles.newName'), currency);
      id = r.id;
      return r.settings;
    });
    onSelect(id);
  };
  const duplicate = () => {
    if (!profile) return;
    let id = '';
    setDraft((d) => {
      const r = duplicateProfile(d, profile.id, t('profiles.copyName', { name: name(profile) }));
      id = r.id;
      return r.settings;
    });
    onSelect(id);
  };
  const remove = () => {
    if (!profile) return;
    const next = draft.profiles.find((p) => p.id !== profile.id);
    setDraft((d) => deleteProfile(d, profile.id));
    setConfirmingId(null);
    if (next) onSelect(next.id);
  };

  const isDefault = profile?.id === draft.defaultProfile;
  const nextDefault = draft.profiles.find((p) => p.id !== profile?.id);
  const onlyOne = draft.profiles.length < 2;
  return (
    <div class="profile-bar">
      <div class="field">
        <label for="profile-select">{t('profiles.select')}</label>
        <select id="profile-select" value={selectedId} onChange={(e) => onSelect(e.currentTarget.value)}>
          {draft.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.id === draft.defaultProfile ? t('profiles.defaultSuffix', { name: name(p) }) : name(p)}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="button" onClick={create}>
          {t('profiles.new')}
        </button>
        <button type="button" onClick={duplicate} disabled={!profile}>
          {t('profiles.duplicate')}
        </button>
        <button
          type="button"
          ref={deleteRef}
          class="danger"
          onClick={() => setConfirmingId(selectedId)}
          disabled={onlyOne}
          aria-describedby={onlyOne ? 'profile-delete-hint' : undefined}
        >
          {t('profiles.delete')}
        </button>
      </div>
      {onlyOne && (
        <p id="profile-delete-hint" class="hint">
          {t('profiles.lastOne')}
        </p>
      )}
      {confirming && profile && (
        <div class="confirm" role="alertdialog" aria-labelledby="profile-delete-question">
          <p id="profile-delete-question">
            {t(deleteQuestion(profile.costs.length), { name: name(profile), count: profile.costs.length })}
            {isDefault && nextDefault ? ` ${t('profiles.confirmDeleteDefault', { next: name(nextDefault) })}` : ''}
          </p>
          <button type="button" class="danger" onClick={remove}>
            {t('profiles.confirm')}
          </button>
          <button
            type="button"
            ref={cancelRef}
            onClick={() => {
              setConfirmingId(null);
              deleteRef.current?.focus();
            }}
          >
            {t('common.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
