import { describe, expect, it } from 'vitest';
import { formsEn } from '../../../lib/i18n/forms.en';
import { formsFr } from '../../../lib/i18n/forms.fr';

/**
 * Buttons that show a short word but carry a longer accessible name: the
 * name must contain the word (WCAG 2.5.3 Label in Name; axe's
 * label-content-name-mismatch), so that a voice-control user who says what
 * they see reaches the button. [visible text key, accessible name key].
 */
const PAIRS = [
  ['common.remove', 'accounts.remove'],
  ['common.remove', 'rules.remove'],
  ['common.remove', 'costs.remove'],
  ['common.up', 'rules.moveUp'],
  ['common.down', 'rules.moveDown'],
] as const;

describe.each([
  ['en', formsEn],
  ['fr', formsFr],
] as const)('label in name (%s)', (_lang, catalog) => {
  it.each(PAIRS)('%s is inside %s', (visible, name) => {
    const words = (s: string) =>
      s
        .toLowerCase()
        .normalize('NFC')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .join(' ');
    expect(` ${words(catalog[name])} `).toContain(` ${words(catalog[visible])} `);
  });
});
