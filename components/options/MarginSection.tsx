/** Default margin, VAT and returns, and margin rules by campaign name with a live preview. */
import { useState } from 'preact/hooks';
import type { DraftProfile } from '../../lib/options/loose';
import { move, newRule, removeAt } from '../../lib/options/profile-ops';
import { percentText } from '../../lib/options/numbers';
import { getAt } from '../../lib/options/paths';
import { previewMargin } from '../../lib/options/rule-preview';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useOptionsCtx } from './context';

export function MarginSection({ profile, index }: { profile: DraftProfile; index: number }) {
  const { t, locale, draft, update, errorAt, id } = useOptionsCtx();
  const base = ['profiles', index] as const;
  const rulesPath = [...base, 'margin', 'rules'] as const;
  const rules = profile.margin.rules;
  const percentField = (path: readonly (string | number)[], label: string, hint?: string) => (
    <NumberField
      id={id(path)}
      label={label}
      hint={hint}
      value={getAt(draft, path) as number | null}
      unit="percent"
      locale={locale}
      suffix="%"
      error={errorAt(path)}
      onChange={(v) => update(path, v)}
      class="narrow"
    />
  );
  return (
    <section class="card" aria-labelledby="margin-title">
      <h2 id="margin-title">{t('margin.title')}</h2>
      <p class="help">{t('margin.help')}</p>
      <div class="row">
        {percentField([...base, 'margin', 'default'], t('field.margin'))}
        {percentField([...base, 'vatIncluded'], t('field.vatIncluded'), t('field.vatHint'))}
        {percentField([...base, 'returnRate'], t('field.returnRate'), t('field.returnHint'))}
      </div>

      <h3 id="rules-title">{t('rules.title')}</h3>
      <p class="help">{t('rules.help')}</p>
      {rules.length === 0 && <p class="empty">{t('rules.none')}</p>}
      <ol class="rules">
        {rules.map((rule, k) => {
          const path = [...rulesPath, k] as const;
          return (
            <li key={k} class="rule" aria-label={t('rules.rule', { n: k + 1 })}>
              <SelectField
                id={id([...path, 'match'])}
                label={t('field.match')}
                value={rule.match}
                options={[
                  { value: 'contains', label: t('match.contains') },
                  { value: 'regex', label: t('match.regex') },
                ]}
                onChange={(v) => update([...path, 'match'], v)}
                class="narrow"
              />
              <TextField
                id={id([...path, 'pattern'])}
                label={t('field.pattern')}
                value={rule.pattern}
                error={errorAt([...path, 'pattern'])}
                onChange={(v) => update([...path, 'pattern'], v)}
              />
              <NumberField
                id={id([...path, 'margin'])}
                label={t('field.ruleMargin')}
                value={rule.margin}
                unit="percent"
                locale={locale}
                suffix="%"
                error={errorAt([...path, 'margin'])}
                onChange={(v) => update([...path, 'margin'], v)}
                class="narrow"
              />
              <div class="rule-actions">
                <button type="button" disabled={k === 0} aria-label={t('rules.moveUp', { n: k + 1 })} onClick={() => update(rulesPath, move(rules, k, -1))}>
                  {t('common.up')}
                </button>
                <button
                  type="button"
                  disabled={k === rules.length - 1}
                  aria-label={t('rules.moveDown', { n: k + 1 })}
                  onClick={() => update(rulesPath, move(rules, k, 1))}
                >
                  {t('common.down')}
                </button>
                <button type="button" class="remove" aria-label={t('rules.remove', { n: k + 1 })} onClick={() => update(rulesPath, removeAt(rules, k))}>
                  {t('common.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => update(rulesPath, [...rules, newRule(profile.margin.default)])}>
        {t('rules.add')}
      </button>
      <RulePreview profile={profile} locale={locale} />
    </section>
  );
}

function RulePreview({ profile, locale }: { profile: DraftProfile; locale: string }) {
  const { t } = useOptionsCtx();
  const [name, setName] = useState('');
  const preview = previewMargin(profile.margin, name);
  let text: string;
  if (name.trim() === '') text = t('preview.empty');
  else if (preview.margin === null) text = t('preview.none');
  else if (preview.ruleIndex === null) text = t('preview.default', { name, margin: percentText(preview.margin, locale) });
  else text = t('preview.rule', { name, margin: percentText(preview.margin, locale), n: preview.ruleIndex + 1 });
  return (
    <div class="preview">
      <TextField id="rule-preview" label={t('preview.label')} value={name} onChange={setName} />
      <p class="preview-result" role="status" aria-live="polite" data-testid="rule-preview">
        {text}
      </p>
      {preview.skipped.length > 0 && name.trim() !== '' && <p class="hint">{t('preview.skipped', { list: preview.skipped.map((i) => i + 1).join(', ') })}</p>}
    </div>
  );
}
