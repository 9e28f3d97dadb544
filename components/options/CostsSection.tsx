/** The profile's hidden costs: the list, adding a cost of any kind, removing one. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DraftProfile } from '../../lib/options/loose';
import { addCost, removeAt } from '../../lib/options/profile-ops';
import type { CostKind } from '../../lib/roi';
import { localIsoDate } from '../../lib/dates';
import { SelectField } from '../fields/SelectField';
import { useOptionsCtx } from './context';
import { CostCard } from './CostCard';

export const COST_KINDS: readonly CostKind[] = ['staffTime', 'monthly', 'oneOff', 'percentOfRevenue', 'perConversion', 'percentOfSpend'];

export function CostsSection({ profile, index }: { profile: DraftProfile; index: number }) {
  const { t, update, setDraft, id, now } = useOptionsCtx();
  const [kind, setKind] = useState<CostKind>('staffTime');
  const added = useRef<number | null>(null);
  const listPath = ['profiles', index, 'costs'] as const;

  // Keyboard users land in the new cost's first field, not back on the button.
  useEffect(() => {
    if (added.current === null) return;
    document.getElementById(id([...listPath, added.current, 'label']))?.focus();
    added.current = null;
  });

  return (
    <section class="card" aria-labelledby="costs-title">
      <h2 id="costs-title">{t('costs.title')}</h2>
      <p class="help">{t('costs.help')}</p>
      {profile.costs.length === 0 && <p class="empty">{t('costs.none')}</p>}
      <div class="costs">
        {profile.costs.map((cost, k) => (
          <CostCard
            key={cost.id ?? `${k}`}
            cost={cost}
            path={[...listPath, k]}
            currency={profile.currency}
            onRemove={() => update(listPath, removeAt(profile.costs, k))}
          />
        ))}
      </div>
      <div class="add-cost row">
        <SelectField
          id="new-cost-kind"
          label={t('costs.addKind')}
          value={kind}
          options={COST_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          onChange={setKind}
        />
        <button
          type="button"
          class="primary-outline"
          onClick={() => {
            added.current = profile.costs.length;
            setDraft((d) => addCost(d, profile.id, kind, localIsoDate(now()), t(`kind.${kind}`)));
          }}
        >
          {t('costs.add')}
        </button>
      </div>
    </section>
  );
}
