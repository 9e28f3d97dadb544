/** What could not be read in the settings, in the user's words (ad page, popup, options page). */
import type { OverlayMessageKey, OverlayTranslate } from '../i18n/overlay';
import type { Unreadable } from '../settings/unreadable';

type Key = OverlayMessageKey;

function fieldName(t: OverlayTranslate, field: string): string {
  const key = `unreadable.field.${field}`;
  return key in FIELD_KEYS ? t(key as Key) : field;
}

// Known field names; an unknown one (from a newer version) is shown as written.
const FIELD_KEYS: Record<string, true> = Object.fromEntries(
  [
    'amount',
    'rate',
    'hoursPerMonth',
    'hourlyRate',
    'date',
    'from',
    'until',
    'amortizeMonths',
    'scope',
    'currency',
    'vatIncluded',
    'returnRate',
    'leadValue',
    'lifetime',
    'targetRoi',
    'defaultProfile',
    'accounts',
  ].map((f) => [`unreadable.field.${f}`, true]),
);

/** One entry, as a sentence fragment: "the cost “Tools” has a negative amount". */
export function unreadableText(t: OverlayTranslate, u: Unreadable): string {
  const { what, problem } = u;
  switch (what.kind) {
    case 'settings':
    case 'profiles':
    case 'costs':
      return t(`unreadable.${what.kind}`);
    case 'profile':
      return t('unreadable.profile', { name: what.name ?? `#${what.number}` });
    case 'marginRule':
      return t('unreadable.marginRule', { number: what.number });
    case 'margin':
      return t(problem === 'negative' ? 'unreadable.marginNegative' : problem === 'tooLarge' ? 'unreadable.marginTooLarge' : 'unreadable.margin');
    case 'cost': {
      if (problem === 'unknownKind') return t('unreadable.costKind', { kind: what.costKind ?? '?' });
      const label = what.label ?? `#${what.number}`;
      if (!what.field) return t('unreadable.cost', { label });
      if (problem === 'unknownField') return t('unreadable.costUnknownField', { label, field: what.field });
      const field = fieldName(t, what.field);
      const key: Key = problem === 'negative' ? 'unreadable.costNegative' : problem === 'tooLarge' ? 'unreadable.costTooLarge' : 'unreadable.costField';
      return t(key, { label, field });
    }
    case 'setting': {
      if (problem === 'unknownField') return t('unreadable.unknownField', { field: what.field });
      const key: Key = problem === 'negative' ? 'unreadable.settingNegative' : problem === 'tooLarge' ? 'unreadable.settingTooLarge' : 'unreadable.setting';
      return t(key, { field: fieldName(t, what.field) });
    }
  }
}
