/**
 * The enriched table as CSV: every row with the platform's figures and what
 * Real ROI adds. A row the badge shows as n/a has its computed cells empty
 * and the reason in words, never a number that leaves a cost out.
 */
import { toCsv, type CsvCell, type CsvColumn } from '../csv';
import { steeringTranslator } from '../i18n/steering';
import type { BadgeView } from '../overlay/view-model';
import type { CostLine, RoasThreshold, RoiOk } from '../roi/types';
import type { ExportedFile, TableExport } from './types';

const pct = (fraction: number | null) => (fraction === null ? null : fraction * 100);
const roas = (t: RoasThreshold) => (typeof t === 'number' ? t : null);

/**
 * A row's amount for each profile cost. The engine lists a row's lines in
 * the profile's order, fixed and variable apart, and leaves out a fixed cost
 * whose scope excludes the row: that cost is 0 for it.
 */
function costAmounts(costs: TableExport['costs'], result: RoiOk): number[] {
  const queues: Record<'fixed' | 'variable', CostLine[]> = { fixed: [...result.fixedCosts], variable: [...result.variableCosts] };
  return costs.map((c) => {
    const queue = queues[c.kind === 'monthly' || c.kind === 'staffTime' || c.kind === 'oneOff' ? 'fixed' : 'variable'];
    const next = queue[0];
    if (next && next.kind === c.kind && next.label === c.label) return queue.shift()!.amount;
    return 0;
  });
}

export function tableCsv(input: TableExport): ExportedFile {
  const t = steeringTranslator(input.language);
  const currency = input.currency;
  const money = (header: string): CsvColumn => ({ header, decimals: 2 });
  // Only when the profile says how customers come back (then every view has a lifetime attribute).
  const lifetime = [...input.rows, input.totals].some((v) => v && v.lifetimeAttr !== null);
  const seen = new Map<string, number>();
  const costHeaders = input.costs.map((c) => {
    const n = (seen.get(c.label) ?? 0) + 1;
    seen.set(c.label, n);
    return t('export.cost', { label: n > 1 ? `${c.label} (${n})` : c.label, currency });
  });
  const columns: CsvColumn[] = [
    { header: t('export.name') },
    money(t('export.spend', { currency })),
    { header: t('export.conversions') },
    money(t('export.conversionValue', { currency })),
    { header: t('export.platformRoas'), decimals: 2 },
    // The margin as set, then the one the figures use (m', after VAT and returns, as the breakdown shows):
    // a single "Margin" column read as the breakdown's figure when it was the one set.
    { header: t('export.margin'), decimals: 2 },
    { header: t('export.effectiveMargin'), decimals: 2 },
    money(t('export.grossMargin', { currency })),
    ...costHeaders.map(money),
    money(t('export.totalCost', { currency })),
    money(t('export.netProfit', { currency })),
    { header: t('export.realRoi'), decimals: 1 },
    { header: t('export.breakEven'), decimals: 2 },
    { header: t('export.targetRoas', { target: Math.round(input.targetRoi * 1000) / 10 }), decimals: 2 },
    ...(lifetime ? [{ header: t('export.lifetimeRoi'), decimals: 1 }] : []),
    { header: t('export.reason') },
    { header: t('export.note') },
  ];
  const line = (view: BadgeView, fallbackName: string): CsvCell[] => {
    const r = view.result;
    const read: CsvCell[] = [view.name ?? fallbackName, r.spend, r.conversions, r.conversionValue, r.platformRoas];
    if (view.roi === null || r.status !== 'ok') {
      const reasons = view.reasons.map((code) => t(`reason.${code}`));
      const because = reasons.length ? reasons.join('; ') : t('export.noCost');
      return [...read, ...Array<CsvCell>(costHeaders.length + 8 + Number(lifetime)).fill(null), because, null];
    }
    const notes = [
      view.basis === 'assumed' && t('export.assumed', { margin: Math.round(r.marginRate * 1000) / 10 }),
      r.valueEstimated && t('export.valueEstimated'),
      r.valueFromLeads && t('export.valueFromLeads'),
      r.breakEvenRoas === 'unreachable' && t('export.breakEvenUnreachable'),
      r.targetRoas === 'unreachable' && t('export.targetUnreachable'),
    ].filter((x): x is string => !!x);
    return [
      ...read,
      pct(r.marginRate),
      pct(r.effectiveMargin),
      r.grossMargin,
      ...costAmounts(input.costs, r),
      r.totalCost,
      r.netProfit,
      pct(view.roi),
      roas(r.breakEvenRoas),
      roas(r.targetRoas),
      ...(lifetime ? [pct(view.lifetimeRoi)] : []),
      null,
      notes.join('; ') || null,
    ];
  };
  const rows = input.rows.map((v) => line(v, ''));
  if (input.totals) rows.push(line(input.totals, t('export.total')));
  const dates = input.period ? `-${input.period.start}_${input.period.end}` : '';
  return { filename: `real-roi-${input.platform}${dates}.csv`, text: toCsv(columns, rows, input.language) };
}
