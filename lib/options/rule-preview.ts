/**
 * The live preview under the margin rules: which margin a campaign name
 * gets. Only rules that are valid count, exactly as after saving; invalid
 * ones are listed so the preview never pretends they apply.
 */
import { marginFor, matchesPattern } from '../roi';
import { MarginRuleSchema, MarginSchema, type SettingsMarginRule } from '../settings';
import type { Loose } from './loose';

export interface RulePreview {
  /** The margin the name gets; null when it falls to a default that is not valid yet. */
  margin: number | null;
  /** Index of the winning rule in the list, or null for the default margin. */
  ruleIndex: number | null;
  /** Rules left out of the preview because they are not valid yet. */
  skipped: number[];
}

export function previewMargin(margin: Loose<{ default: number; rules: SettingsMarginRule[] }>, campaignName: string): RulePreview {
  const valid: { index: number; rule: SettingsMarginRule }[] = [];
  const skipped: number[] = [];
  margin.rules.forEach((raw, index) => {
    const parsed = MarginRuleSchema.safeParse(raw);
    if (parsed.success) valid.push({ index, rule: parsed.data });
    else skipped.push(index);
  });
  const winner = valid.find(({ rule }) => matchesPattern(rule, campaignName));
  const fallback = MarginSchema.shape.default.safeParse(margin.default);
  const defaultMargin = fallback.success ? fallback.data : null;
  if (!winner && defaultMargin === null) return { margin: null, ruleIndex: null, skipped };
  // The engine's own choice, so the preview cannot drift from the overlay.
  const m = marginFor({ margin: { default: defaultMargin ?? 0, rules: valid.map((v) => v.rule) } }, campaignName);
  return { margin: m, ruleIndex: winner?.index ?? null, skipped };
}
