/**
 * The overlay panel's steering lines for the table on screen: its drift
 * when the period is 7 days, and the same period last year from the
 * history (or which dates to open to get one). Written in the background,
 * which holds the history, so the content script only shows text.
 */
import { formatPercent, formatPeriod } from '../format';
import type { Language } from '../i18n/language';
import { steeringTranslator } from '../i18n/steering';
import type { Period } from '../roi/types';
import { isPlatform, type Platform } from '../platforms';
import { isWeek, weeklyDrift } from './drift';
import type { HistoryItem } from './history';
import { periodYearEarlier, yearChange } from './last-year';

export interface SteerRequest {
  platform: Platform;
  accountId: string | null;
  level: string;
  period: Period | null;
  /** The real ROI of the table's total as the panel shows it; null when it shows none. */
  roi: number | null;
  /** Rows on screen whose real ROI is below the target: the toolbar badge. */
  below: number;
}

export interface PanelSteering {
  drift?: string;
  lastYear?: string;
}

function reasonOf(t: ReturnType<typeof steeringTranslator>, reason: string | null): string {
  if (reason === 'no-totals') return t('export.noTotals');
  if (reason === 'no-cost') return t('export.noCost');
  return reason ? t(`reason.${reason}` as never) : '';
}

export function panelSteering(req: SteerRequest, items: readonly HistoryItem[], targetRoi: number, language: Language, locale: string): PanelSteering {
  const t = steeringTranslator(language);
  const out: PanelSteering = {};
  if (!req.period) return out;
  const target = formatPercent(targetRoi, locale, 0);
  const drift = weeklyDrift(req.period, req.roi, targetRoi);
  if (drift) {
    out.drift = t(`panel.drift.${drift.state}`, { pct: formatPercent(Math.abs(drift.relative ?? 0), locale, 0), target });
  } else if (isWeek(req.period) && req.roi === null) {
    // A week without a real ROI has no drift: say so rather than leave the line out.
    out.drift = t('panel.driftNa', { target });
  }
  const then = periodYearEarlier(req.period);
  if (!then) return out;
  const match = items
    .filter(
      ({ entry: e }) =>
        e.platform === req.platform && e.accountId === req.accountId && e.level === req.level && e.period.start === then.start && e.period.end === then.end,
    )
    .sort((a, b) => (b.rec.totals.spend ?? 0) - (a.rec.totals.spend ?? 0))[0];
  const period = formatPeriod(then, locale);
  if (!match) out.lastYear = t('panel.lastYearOpen', { period });
  else if (match.rec.totals.roi === null) out.lastYear = t('panel.lastYearNa', { period, reason: reasonOf(t, match.rec.totals.reason) });
  else if (req.roi === null) out.lastYear = t('panel.lastYearNowNa', { period, then: formatPercent(match.rec.totals.roi, locale, 1) });
  else {
    const c = yearChange(req.roi, match.rec.totals.roi);
    const signed = (x: number, d: number) => `${x >= 0 ? '+' : ''}${formatPercent(x, locale, d)}`;
    out.lastYear = t('panel.lastYear', {
      then: formatPercent(c.then, locale, 1),
      now: formatPercent(c.now, locale, 1),
      // Points are hundredths of ROI: "+20.0" beside "points".
      points: signed(c.points, 1).replace(/\s?%/, ''),
      relative: c.relative === null ? '' : `, ${signed(c.relative, 1)}`,
    });
  }
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The request as sent by a content script, or null: its shape is checked, not trusted. */
export function asSteerRequest(raw: unknown): SteerRequest | null {
  if (!isObj(raw) || !isPlatform(raw['platform'])) return null;
  const p = raw['period'];
  const period =
    isObj(p) && typeof p['start'] === 'string' && typeof p['end'] === 'string' && ISO.test(p['start']) && ISO.test(p['end'])
      ? { start: p['start'], end: p['end'] }
      : null;
  const roi = raw['roi'];
  const below = raw['below'];
  return {
    platform: raw['platform'],
    accountId: typeof raw['accountId'] === 'string' ? raw['accountId'] : null,
    level: typeof raw['level'] === 'string' ? raw['level'] : '',
    period,
    roi: typeof roi === 'number' && Number.isFinite(roi) ? roi : null,
    below: typeof below === 'number' && Number.isInteger(below) && below >= 0 ? below : 0,
  };
}

/** The toolbar badge text: how many rows are below target; nothing when none. */
export function badgeText(below: number): string {
  return below > 0 ? String(Math.min(below, 999)) : '';
}
