/** The label a new cost gets, and an emptied label falls back to (schema and defaults alike). */
import type { CostKind } from '../roi/types';

/**
 * English on purpose: labels are user data that travels in exported files,
 * not UI text; the options page shows its own translated kind names.
 */
export const DEFAULT_COST_LABELS: Readonly<Record<CostKind, string>> = {
  percentOfRevenue: 'Share of revenue',
  perConversion: 'Cost per conversion',
  percentOfSpend: 'Share of ad spend',
  monthly: 'Monthly cost',
  staffTime: 'Staff time',
  oneOff: 'One-off cost',
};
