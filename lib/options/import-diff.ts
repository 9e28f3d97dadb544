/**
 * An import's changes (lib/settings `diffSettings`) as sentences in the UI
 * language, so the user sees what the file will change before accepting.
 */
import type { Translate } from '../i18n';
import { diffSettings, type Change, type Settings } from '../settings';
import { accountText, costText, quoted, scopeText, valueText, type Words } from './describe';
import { percentText } from './numbers';

interface Context {
  t: Translate;
  locale: string;
  before: Settings;
  after: Settings;
}

function profileOf(ctx: Context, id: string) {
  return ctx.after.profiles.find((p) => p.id === id) ?? ctx.before.profiles.find((p) => p.id === id);
}

function wordsFor(ctx: Context, profileId: string | null): Words {
  const currency = (profileId && profileOf(ctx, profileId)?.currency) || 'EUR';
  return { t: ctx.t, locale: ctx.locale, currency };
}

const COST_FIELDS = ['label', 'rate', 'amount', 'hoursPerMonth', 'hourlyRate', 'date', 'amortizeMonths', 'from', 'until', 'scope'] as const;
type CostField = (typeof COST_FIELDS)[number];

function costFieldName(t: Translate, field: string): string {
  return (COST_FIELDS as readonly string[]).includes(field) ? t(`costField.${field as CostField}`) : field;
}

export function describeChange(change: Change, ctx: Context): string {
  const { t } = ctx;
  const name = (id: string) => profileOf(ctx, id)?.name ?? id;
  if (change.subject === 'setting') {
    const w = wordsFor(ctx, null);
    return t('diff.setting', {
      field: t(`settingField.${change.field}`),
      before: valueText(w, change.field, change.before, name),
      after: valueText(w, change.field, change.after, name),
    });
  }
  const w = wordsFor(ctx, change.profileId);
  const profile = quoted(w, name(change.profileId));
  switch (change.subject) {
    case 'profile':
      if (change.action === 'renamed') return t('diff.profileRenamed', { before: quoted(w, change.before), after: quoted(w, change.after) });
      if (change.action !== 'changed') {
        return t(change.action === 'added' ? 'diff.profileAdded' : 'diff.profileRemoved', { profile: quoted(w, change.name) });
      }
      return t('diff.profileChanged', {
        profile,
        field: t(`profileField.${change.field}`),
        before: valueText(w, change.field, change.before, name),
        after: valueText(w, change.field, change.after, name),
      });
    case 'account':
      return t(change.action === 'added' ? 'diff.accountAdded' : 'diff.accountRemoved', { profile, account: accountText(w, change.account) });
    case 'marginRule': {
      if (change.action === 'reordered') return t('diff.rulesReordered', { profile });
      const rule = scopeText(w, change.rule);
      if (change.action === 'changed') {
        return t('diff.ruleChanged', { profile, rule, before: percentText(change.before, ctx.locale), after: percentText(change.after, ctx.locale) });
      }
      const margin = percentText(change.rule.margin, ctx.locale);
      return t(change.action === 'added' ? 'diff.ruleAdded' : 'diff.ruleRemoved', { profile, rule, margin });
    }
    case 'cost': {
      if (change.action === 'changed') {
        return t('diff.costChanged', {
          profile,
          cost: quoted(w, change.label),
          field: costFieldName(t, change.field),
          before: valueText(w, change.field, change.before, name),
          after: valueText(w, change.field, change.after, name),
        });
      }
      const params = { profile, cost: quoted(w, change.cost.label), kind: t(`kind.${change.cost.kind}`), text: costText(w, change.cost) };
      return t(change.action === 'added' ? 'diff.costAdded' : 'diff.costRemoved', params);
    }
  }
}

/** Every change an import of `after` would make over `before`, worded. */
export function describeImport(before: Settings, after: Settings, t: Translate, locale: string): string[] {
  const ctx = { t, locale, before, after };
  return diffSettings(before, after).map((change) => describeChange(change, ctx));
}
