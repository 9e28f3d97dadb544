import { dayNumber, isoFromDay } from '../../../lib/roi/calendar';
import type { PeriodRecord } from '../../../lib/steering';

/** A recorded period whose ROI is exactly `roi`: total cost 1 000, net profit 1 000 × roi. */
export function rec(over: Partial<PeriodRecord> & { start: string; end: string; roi?: number }): PeriodRecord {
  const { start, end, roi = 0.5, ...rest } = over;
  return {
    profile: 'default',
    platform: 'google-ads',
    account: '123-456-7890',
    campaign: null,
    currency: 'EUR',
    spend: 800,
    totalCost: 1000,
    netProfit: 1000 * roi,
    platformRoas: 4,
    period: { start, end },
    roi,
    ...rest,
  };
}

/** `count` consecutive weeks ending on `lastEnd`. */
export function weeks(count: number, lastEnd: string, over: Partial<PeriodRecord> & { roi?: number } = {}): PeriodRecord[] {
  const end = dayNumber(lastEnd)!;
  return Array.from({ length: count }, (_, i) => {
    const last = end - 7 * i;
    return rec({ ...over, start: isoFromDay(last - 6), end: isoFromDay(last) });
  });
}
