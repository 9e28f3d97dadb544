/** A profile's name, currency, default status and the ad accounts it applies to. */
import type { DraftProfile } from '../../lib/options/loose';
import { removeAt } from '../../lib/options/profile-ops';
import { PLATFORMS, platformInfo } from '../../lib/platforms';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useOptionsCtx } from './context';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'JPY', 'MAD', 'XOF'];

export function ProfileDetails({ profile, index }: { profile: DraftProfile; index: number }) {
  const { t, draft, update, errorAt, id, setDraft, profileName } = useOptionsCtx();
  const base = ['profiles', index] as const;
  const isDefault = draft.defaultProfile === profile.id;
  const accountsPath = [...base, 'accounts'] as const;
  return (
    <div class="profile-details">
      <div class="row">
        <TextField
          id={id([...base, 'name'])}
          label={t('field.name')}
          // The untouched built-in name in the UI language; typing replaces it with what is typed.
          value={profileName(profile.name)}
          error={errorAt([...base, 'name'])}
          onChange={(v) => update([...base, 'name'], v)}
        />
        <TextField
          id={id([...base, 'currency'])}
          label={t('field.currency')}
          value={profile.currency}
          list="currency-codes"
          hint={t('field.currencyHint')}
          error={errorAt([...base, 'currency'])}
          autoCapitalize="characters"
          maxLength={3}
          onChange={(v) => update([...base, 'currency'], v.trim().toUpperCase())}
          class="narrow"
        />
        <datalist id="currency-codes">
          {CURRENCIES.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </div>
      <div class="default-status">
        {isDefault ? (
          <p class="tag">{t('profiles.isDefault')}</p>
        ) : (
          <button type="button" onClick={() => setDraft((d) => ({ ...d, defaultProfile: profile.id }))}>
            {t('profiles.makeDefault')}
          </button>
        )}
      </div>

      <fieldset class="accounts">
        <legend>{t('accounts.title')}</legend>
        <p class="hint" id="accounts-help">
          {isDefault ? `${t('accounts.help')} ${t('accounts.defaultHelp')}` : t('accounts.help')}
        </p>
        {profile.accounts.length === 0 && <p class="empty">{t('accounts.none')}</p>}
        <ul class="plain">
          {profile.accounts.map((account, j) => {
            const path = [...accountsPath, j] as const;
            return (
              <li key={j} class="row account">
                <SelectField
                  id={id([...path, 'platform'])}
                  label={t('field.platform')}
                  value={account.platform}
                  options={PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))}
                  onChange={(v) => update([...path, 'platform'], v)}
                  class="narrow"
                />
                <TextField
                  id={id([...path, 'id'])}
                  label={t('field.accountId')}
                  value={account.id}
                  hint={t(platformInfo(account.platform).account.hintKey)}
                  error={errorAt([...path, 'id']) ?? errorAt(path)}
                  onChange={(v) => update([...path, 'id'], v)}
                />
                <button
                  type="button"
                  class="remove"
                  aria-label={t('accounts.remove', { n: j + 1 })}
                  onClick={() => update(accountsPath, removeAt(profile.accounts, j))}
                >
                  {t('common.remove')}
                </button>
              </li>
            );
          })}
        </ul>
        <button type="button" onClick={() => update(accountsPath, [...profile.accounts, { platform: PLATFORMS[0], id: '' }])}>
          {t('accounts.add')}
        </button>
      </fieldset>
    </div>
  );
}
