/**
 * Every figure the history shows, computed now by the engine from the
 * stored inputs, with the account's profile as the settings say today.
 * The overlay's own model builder is used, so a past period gets exactly
 * the figure its badge would show today, fixed costs dated per period
 * (a tool that started in 2025 does not weigh on November 2024).
 */
import { type BadgeView, type Basis, buildModel } from '../overlay/view-model';
import type { ReasonCode } from '../overlay/reasons';
import { profileFor } from '../settings/profile-for';
import type { Settings, SettingsProfile } from '../settings/schema';
import type { RoiResult } from '../roi/types';
import type { HistoryEntry } from './types';

/** The figures of one table or row for one period. */
export interface PeriodFigures {
  /** The ROI fraction, or null with `reason`. */
  roi: number | null;
  /**
   * Why there is no ROI: a `data-roi-reason` code; `no-cost` when the figures
   * are complete but nothing was spent or charged (a ROI over 0 is undefined);
   * null when `roi` is set.
   */
  reason: ReasonCode | 'no-totals' | 'no-cost' | null;
  spend: number | null;
  netProfit: number | null;
  /** What the ROI divides by: Σ net profit / Σ total cost is the ROI of several disjoint periods. */
  totalCost: number | null;
  platformRoas: number | null;
}

export interface Recomputed {
  profile: Pick<SettingsProfile, 'id' | 'name' | 'currency'>;
  /** The table's totals row (what the chart and the list show). */
  totals: PeriodFigures;
  /** Per row key, for the per-campaign sparklines. */
  rows: Map<string, PeriodFigures & { name: string | null }>;
}

function figures(view: BadgeView): PeriodFigures {
  const r: RoiResult = view.result;
  const shown = view.roiAttr !== 'na';
  return {
    roi: shown ? Number(view.roiAttr) : null,
    reason: shown ? null : (view.reasons[0] ?? (r.status === 'ok' && r.totalCost === 0 ? 'no-cost' : 'value-missing')),
    spend: r.spend,
    netProfit: r.status === 'ok' ? r.netProfit : null,
    totalCost: r.status === 'ok' ? r.totalCost : null,
    platformRoas: r.platformRoas,
  };
}

/**
 * `basis` 'blocked' when a setting that changes this profile's figures
 * could not be read: every figure is withheld, as on the ad page.
 */
export function recompute(entry: HistoryEntry, settings: Settings, basis: Basis = 'saved'): Recomputed {
  const profile = profileFor(settings, entry.platform, entry.accountId);
  const model = buildModel({
    meta: { columns: entry.columns, currency: entry.currency, period: entry.period, periodText: null },
    columnLabels: {},
    rows: entry.rows.map((r) => ({ ...r, pending: [] })),
    totals: entry.totals,
    profile,
    profileName: profile.name,
    targetRoi: settings.targetRoi,
    basis,
  });
  const rows = new Map<string, PeriodFigures & { name: string | null }>();
  for (const view of model.rows) rows.set(view.key, { ...figures(view), name: view.name });
  const totals: PeriodFigures = model.totals
    ? figures(model.totals)
    : { roi: null, reason: 'no-totals', spend: null, netProfit: null, totalCost: null, platformRoas: null };
  return { profile: { id: profile.id, name: profile.name, currency: profile.currency }, totals, rows };
}
