/**
 * The recorded history as CSV: one line per recorded table and period, with
 * the engine's figures of today, the drift of 7-day periods and the same
 * period last year. Cells follow the UI language (lib/csv.ts).
 */
import { toCsv, type CsvCell, type CsvColumn } from '../csv';
import type { Language } from '../i18n/language';
import { steeringTranslator } from '../i18n/steering';
import { entrySteering, type HistoryItem } from '../steering/history';
import type { ExportedFile } from './types';

const pct = (x: number | null | undefined) => (x == null ? null : x * 100);

export function historyCsv(items: readonly HistoryItem[], targetRoi: number, language: Language, today: string): ExportedFile {
  const t = steeringTranslator(language);
  const steering = entrySteering(items, targetRoi);
  const columns: CsvColumn[] = [
    { header: t('export.platform') },
    { header: t('export.account') },
    { header: t('export.profile') },
    { header: t('export.level') },
    { header: t('export.start') },
    { header: t('export.end') },
    { header: t('export.currency') },
    { header: t('export.spendPlain'), decimals: 2 },
    { header: t('export.netProfitPlain'), decimals: 2 },
    { header: t('export.realRoi'), decimals: 1 },
    { header: t('export.platformRoas'), decimals: 2 },
    { header: t('export.drift') },
    { header: t('export.driftPct'), decimals: 1 },
    { header: t('export.prevYearRoi'), decimals: 1 },
    { header: t('export.changePoints'), decimals: 1 },
    { header: t('export.changePct'), decimals: 1 },
    { header: t('export.reason') },
  ];
  const sorted = [...items].sort(
    (a, b) =>
      a.entry.platform.localeCompare(b.entry.platform) ||
      a.entry.accountId.localeCompare(b.entry.accountId) ||
      a.entry.level.localeCompare(b.entry.level) ||
      a.entry.period.end.localeCompare(b.entry.period.end) ||
      a.entry.period.start.localeCompare(b.entry.period.start),
  );
  const rows = sorted.map(({ entry, rec }): CsvCell[] => {
    const s = steering.get(entry.id);
    const f = rec.totals;
    const reason =
      f.reason === null ? null : f.reason === 'no-totals' ? t('export.noTotals') : f.reason === 'no-cost' ? t('export.noCost') : t(`reason.${f.reason}`);
    return [
      t(`export.platform.${entry.platform}`),
      entry.accountId,
      rec.profile.name,
      entry.level,
      entry.period.start,
      entry.period.end,
      entry.currency ?? rec.profile.currency,
      f.spend,
      f.netProfit,
      pct(f.roi),
      f.platformRoas,
      s?.drift ? t(`drift.${s.drift.state}`) : null,
      pct(s?.drift?.relative),
      pct(s?.prevYear?.roi),
      pct(s?.prevYear?.change?.points),
      pct(s?.prevYear?.change?.relative),
      reason,
    ];
  });
  return { filename: `real-roi-history-${today}.csv`, text: toCsv(columns, rows, language) };
}
