/**
 * The money engine of Real ROI (docs/roi-model.md). Pure: no DOM, no browser
 * API. Every figure the overlays, the popup and the options page show comes
 * from here.
 */
export { computeRoi, DEFAULT_TARGET_ROI } from './row';
export type { ComputeRoiInput } from './row';
export { carriesFixedCostsInFull, computeTable } from './table';
export type { ComputeTableInput, ComputeTableResult } from './table';
export { leadValue } from './lead-value';
export { lifetimeOfRow } from './lifetime-row';
export type { RowLifetime } from './lifetime-row';
export { fixedCostInPeriod, isFixedCost } from './fixed-costs';
export { marginFor, matchesPattern } from './patterns';
export { periodFrom } from './calendar';
export * from './types';
