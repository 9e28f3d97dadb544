import { describe, expect, it } from 'vitest';
import { standAlone } from '../../../lib/overlay/stand-alone';
import type { ExtractedTotals } from '../../../lib/platforms/contract/types';
import type { Profile } from '../../../lib/roi';
import { defaultProfile } from '../../../lib/settings/defaults';

const november = { start: '2025-11-01', end: '2025-11-30' } as const;
const totals = (spend: number | null): ExtractedTotals[] => [{ scope: 'table', label: 'Total', spend, conversions: 1, conversionValue: 1, roas: 1 }];
const profile = (over: Partial<Profile> = {}): Profile => ({ ...(defaultProfile() as unknown as Profile), costs: [], ...over });

describe('which rows can be computed without the others', () => {
  it('a cost on all rows: alone when the totals row gives the allocation base', () => {
    const p = profile({ costs: [{ kind: 'monthly', label: 'Tools', amount: 100 }] });
    expect(standAlone(p, november, totals(500))?.row('Any')).toBe(true);
    expect(standAlone(p, november, totals(null))).toBeNull();
    expect(standAlone(p, november, totals(0))).toBeNull();
    expect(standAlone(p, november, [])).toBeNull();
  });

  it('a scoped cost active in the period: rows in its scope need every row', () => {
    const p = profile({ costs: [{ kind: 'oneOff', label: 'Shoot', amount: 600, date: '2025-11-05', scope: { match: 'contains', pattern: 'video' } }] });
    const a = standAlone(p, november, totals(500))!;
    expect(a.row('Brand video')).toBe(false);
    expect(a.row('Search')).toBe(true);
    expect(a.totals).toBe(false);
  });

  it('a scoped cost outside the period, or no period: every row stands alone', () => {
    const p = profile({ costs: [{ kind: 'oneOff', label: 'Shoot', amount: 600, date: '2024-01-05', scope: { match: 'contains', pattern: 'video' } }] });
    expect(standAlone(p, november, totals(null))?.row('Brand video')).toBe(true);
    expect(standAlone(p, null, totals(null))?.row('Brand video')).toBe(true);
  });

  it('margin rules: rows alone, the totals (a blended margin) need every row', () => {
    const p = profile({ margin: { default: 0.5, rules: [{ match: 'contains', pattern: 'x', margin: 0.4 }] } });
    expect(standAlone(p, november, totals(500))?.totals).toBe(false);
    expect(standAlone(profile(), november, totals(500))?.totals).toBe(true);
  });
});
