/**
 * Badges checked against the engine: the view model built from a fixture's expected read, and every badge
 * compared with it. The Meta files and the Firefox build (in its own browser) check the same way.
 */
import { expect } from 'vitest';
import { buildModel, type OverlayModel } from '../../lib/overlay/view-model';
import type { Profile } from '../../lib/roi';
import type { ExtractedRow, ExtractedTable, ExtractedTotals } from '../../lib/platforms/contract/types';
import type { BadgeState } from './harness';

type NamedProfile = Profile & { name: string };

export function model(
  table: Pick<ExtractedTable, 'columns' | 'currency' | 'period' | 'periodText'>,
  rows: readonly ExtractedRow[],
  totals: readonly ExtractedTotals[],
  profile: object,
): OverlayModel {
  const p = profile as NamedProfile;
  return buildModel({ meta: table, columnLabels: {}, rows, totals, profile: p, profileName: p.name, targetRoi: 0.5 });
}

/** Every badge equals the engine's view of the same figures: same key, same ROI (or n/a and the same first reason). */
export function expectMatches(got: readonly Pick<BadgeState, 'key' | 'roi' | 'reason'>[], m: OverlayModel) {
  const views = [...m.rows, ...(m.totals ? [m.totals] : [])];
  expect(got.map((b) => b.key).sort()).toEqual(views.map((v) => v.key).sort());
  for (const v of views) {
    const b = got.find((x) => x.key === v.key)!;
    if (v.roiAttr === 'na') {
      expect(b.roi, v.key).toBe('na');
      expect(b.reason, v.key).toBe(v.reasons[0] ?? 'value-missing');
    } else {
      expect(Number(b.roi), v.key).toBeCloseTo(Number(v.roiAttr), 12);
    }
  }
}
