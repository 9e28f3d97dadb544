/**
 * A cost without a name gets its kind's name in the page's language. The
 * schema's own fallback (DEFAULT_COST_LABELS) is English because it also
 * repairs files on read, where no language is known; the options page knows
 * it, and a name saved here is what the badges' breakdown shows.
 */
import type { CostKind } from '../roi';
import type { DraftCost, DraftSettings } from './loose';

export type KindName = (kind: CostKind) => string;

const blank = (label: unknown) => typeof label !== 'string' || label.trim() === '';

/** The same list when no name is blank, so memoised views keep their input. */
export function namedCosts(costs: readonly DraftCost[], kindName: KindName): readonly DraftCost[] {
  if (!costs.some((c) => blank(c.label))) return costs;
  return costs.map((c) => (blank(c.label) ? ({ ...c, label: kindName(c.kind) } as DraftCost) : c));
}

export function withCostNames(draft: DraftSettings, kindName: KindName): DraftSettings {
  if (!Array.isArray(draft.profiles)) return draft;
  if (!draft.profiles.some((p) => Array.isArray(p?.costs) && p.costs.some((c) => blank(c?.label)))) return draft;
  return {
    ...draft,
    profiles: draft.profiles.map((p) => (Array.isArray(p?.costs) ? { ...p, costs: [...namedCosts(p.costs, kindName)] } : p)),
  };
}
