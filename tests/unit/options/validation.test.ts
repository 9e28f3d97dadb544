import { describe, expect, it } from 'vitest';
import type { DraftSettings } from '../../../lib/options/loose';
import { fieldId, pathKey, setAt } from '../../../lib/options/paths';
import { problemText, unitOf } from '../../../lib/options/problem-text';
import { checkDraft, type FieldProblem } from '../../../lib/options/validation';
import { translator } from '../../../lib/i18n';
import { exampleSettings } from './fixtures';

const en = translator('en');
const fr = translator('fr');

function problemsOf(draft: DraftSettings) {
  const check = checkDraft(draft);
  if (check.ok) return new Map<string, FieldProblem>();
  return check.byField;
}

function messageAt(draft: DraftSettings, path: (string | number)[], lang: 'en' | 'fr' = 'en') {
  const problem = problemsOf(draft).get(pathKey(path));
  if (!problem) return null;
  const t = lang === 'en' ? en : fr;
  return problemText(problem, unitOf(path), t, lang === 'en' ? 'en-US' : 'fr-FR', (id) => (id === 'default' ? 'Clothing shop' : id));
}

const nbsp = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('validation as you type', () => {
  it('accepts valid settings as they are', () => {
    const check = checkDraft(exampleSettings());
    expect(check.ok).toBe(true);
  });

  it('a margin of 140 % is refused with its limit, in the unit typed', () => {
    const path = ['profiles', 0, 'margin', 'default'];
    const draft = setAt(exampleSettings() as DraftSettings, path, 1.4);
    expect(messageAt(draft, path)).toBe('Must be 100% or less.');
    expect(nbsp(messageAt(draft, path, 'fr'))).toBe('Doit être au plus 100 %.');
  });

  it('a negative rate, a missing amount, an unreadable number', () => {
    let draft = exampleSettings() as DraftSettings;
    draft = setAt(draft, ['profiles', 0, 'costs', 3, 'rate'], -0.01);
    draft = setAt(draft, ['profiles', 0, 'costs', 1, 'amount'], null);
    draft = setAt(draft, ['profiles', 0, 'costs', 4, 'amount'], Number.NaN);
    expect(messageAt(draft, ['profiles', 0, 'costs', 3, 'rate'])).toBe('Must not be negative.');
    expect(messageAt(draft, ['profiles', 0, 'costs', 1, 'amount'])).toBe('Required.');
    expect(messageAt(draft, ['profiles', 0, 'costs', 4, 'amount'])).toBe('Enter a number, for example 12.5.');
    expect(messageAt(draft, ['profiles', 0, 'costs', 4, 'amount'], 'fr')).toBe('Saisissez un nombre, par exemple 12,5.');
  });

  it('a negative amount says "not negative"; returns must stay under 100 %', () => {
    let draft = setAt(exampleSettings() as DraftSettings, ['profiles', 0, 'costs', 2, 'amount'], -5);
    draft = setAt(draft, ['profiles', 0, 'returnRate'], 1);
    expect(messageAt(draft, ['profiles', 0, 'costs', 2, 'amount'])).toBe('Must not be negative.');
    expect(messageAt(draft, ['profiles', 0, 'returnRate'])).toBe('Must be less than 100%.');
  });

  it('an invalid regular expression is shown as such', () => {
    const path = ['profiles', 1, 'margin', 'rules', 0];
    const draft = setAt(setAt(exampleSettings() as DraftSettings, [...path, 'match'], 'regex'), [...path, 'pattern'], 'Baby (bottles');
    expect(messageAt(draft, [...path, 'pattern'])).toMatch(/^Not a valid regular expression/);
    expect(messageAt(draft, [...path, 'pattern'], 'fr')).toMatch(/^Expression régulière non valide/);
  });

  it('dates, whole months, currency codes and account ids', () => {
    let draft = exampleSettings() as DraftSettings;
    draft = setAt(draft, ['profiles', 0, 'costs', 2, 'date'], '');
    draft = setAt(draft, ['profiles', 0, 'costs', 1, 'from'], '2025-12-01');
    draft = setAt(draft, ['profiles', 0, 'costs', 1, 'until'], '2025-11-01');
    draft = setAt(draft, ['profiles', 1, 'currency'], 'us');
    draft = setAt(draft, ['profiles', 0, 'accounts', 0, 'id'], '12345');
    draft = setAt(draft, ['profiles', 1, 'accounts', 0, 'id'], 'act_x1');
    expect(messageAt(draft, ['profiles', 0, 'costs', 2, 'date'])).toBe('Enter a valid date.');
    expect(messageAt(draft, ['profiles', 0, 'costs', 1, 'until'])).toBe('The end date is before the start date.');
    expect(messageAt(draft, ['profiles', 1, 'currency'])).toBe('Use a 3-letter currency code such as EUR or USD.');
    expect(messageAt(draft, ['profiles', 0, 'accounts', 0, 'id'])).toBe('Use a Google Ads customer ID like 123-456-7890.');
    expect(messageAt(draft, ['profiles', 1, 'accounts', 0, 'id'])).toBe('Use a Meta ad account ID: digits, with or without act_.');
    const spread = setAt(exampleSettings() as DraftSettings, ['profiles', 0, 'costs', 2, 'amortizeMonths'], 2.5);
    expect(messageAt(spread, ['profiles', 0, 'costs', 2, 'amortizeMonths'])).toBe('Enter a whole number.');
  });

  it('saves a Meta id pasted as act=… as its digits', () => {
    const saved = (id: string) => {
      const check = checkDraft(setAt(exampleSettings() as DraftSettings, ['profiles', 1, 'accounts', 0], { platform: 'meta', id }));
      return check.ok ? check.settings.profiles[1]!.accounts[0]!.id : null;
    };
    expect(saved('act=1234567890123456')).not.toBeNull();
    expect(saved('act=1234567890123456')).toBe(saved('1234567890123456'));
  });

  it('an account listed in two profiles names the profile that has it', () => {
    const draft = setAt(exampleSettings() as DraftSettings, ['profiles', 1, 'accounts'], [{ platform: 'google-ads', id: '3216540987' }]);
    expect(messageAt(draft, ['profiles', 1, 'accounts', 0])).toBe('This account is already listed in the profile “Clothing shop”.');
    expect(nbsp(messageAt(draft, ['profiles', 1, 'accounts', 0], 'fr'))).toBe('Ce compte figure déjà dans le profil « Clothing shop ».');
  });

  it('lists every problem with its path, first problem per field', () => {
    let draft = setAt(exampleSettings() as DraftSettings, ['targetRoi'], null);
    draft = setAt(draft, ['profiles', 0, 'name'], '');
    const check = checkDraft(draft);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((p) => pathKey(p.path)).sort()).toEqual(['profiles.0.name', 'targetRoi']);
    expect(check.byField.get('profiles.0.name')).toEqual({ code: 'required' });
  });

  it('gives every field path a DOM id', () => {
    expect(fieldId(['profiles', 0, 'margin', 'default'])).toBe('f-profiles-0-margin-default');
  });
});
