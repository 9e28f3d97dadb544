/** Steering: history turned into decisions. Pure; no storage, no browser API. */
export { drift, weeklyDrift, isWeek, periodDays, DRIFT_TOLERANCE, type Drift, type DriftState } from './drift';
export { yearEarlier, periodYearEarlier, yearChange, type YearChange } from './last-year';
export { compareChannels, type ChannelComparison, type ChannelFigures } from './channels';
export { verdicts, DEFAULT_VERDICT_THRESHOLD, VERDICT_WEEKS, type ChannelVerdict, type VerdictState } from './verdict';
export { isGap, type PeriodGap, type PeriodRecord, type Platform } from './types';
