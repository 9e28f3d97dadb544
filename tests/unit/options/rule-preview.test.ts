import { describe, expect, it } from 'vitest';
import { previewMargin } from '../../../lib/options/rule-preview';
import { marginFor } from '../../../lib/roi';

const margin = {
  default: 0.6,
  rules: [
    { match: 'contains' as const, pattern: 'Baby bottles', margin: 0.18 },
    { match: 'regex' as const, pattern: '^Shopping', margin: 0.3 },
  ],
};

describe('margin rule preview', () => {
  it('names the first matching rule, case-insensitively', () => {
    expect(previewMargin(margin, 'Shopping – baby BOTTLES')).toEqual({ margin: 0.18, ruleIndex: 0, skipped: [] });
    expect(previewMargin(margin, 'Shopping – Shoes')).toEqual({ margin: 0.3, ruleIndex: 1, skipped: [] });
  });

  it('falls back to the default margin', () => {
    expect(previewMargin(margin, 'Brand search')).toEqual({ margin: 0.6, ruleIndex: null, skipped: [] });
  });

  it('agrees with the engine for valid rules', () => {
    for (const name of ['Shopping – Baby bottles', 'Shopping – Shoes', 'Brand', '']) {
      expect(previewMargin(margin, name).margin).toBe(marginFor({ margin }, name));
    }
  });

  it('leaves out rules that are not valid yet, and says which', () => {
    const draft = {
      default: 0.6,
      rules: [
        { match: 'regex' as const, pattern: 'Baby (', margin: 0.18 },
        { match: 'contains' as const, pattern: 'Baby', margin: null },
        { match: 'contains' as const, pattern: 'Baby', margin: 0.2 },
      ],
    };
    expect(previewMargin(draft, 'Baby bottles')).toEqual({ margin: 0.2, ruleIndex: 2, skipped: [0, 1] });
  });

  it('has no margin to show when nothing matches and the default is invalid', () => {
    expect(previewMargin({ default: 1.4, rules: [] }, 'Any')).toEqual({ margin: null, ruleIndex: null, skipped: [] });
    expect(previewMargin({ default: null, rules: margin.rules }, 'Baby bottles').margin).toBe(0.18);
  });
});
