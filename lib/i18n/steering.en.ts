/**
 * English texts of the exports and of steering (drift, same period last
 * year, channels, verdict, report, reminder). steering.fr.ts has the same keys.
 */
export const steeringEn = {
  'export.name': 'Name',
  'export.spend': 'Spend ({currency})',
  'export.conversions': 'Conversions',
  'export.conversionValue': 'Conversion value ({currency})',
  'export.platformRoas': 'Platform ROAS',
  'export.margin': 'Margin (%)',
  'export.grossMargin': 'Gross margin ({currency})',
  'export.cost': '{label} ({currency})',
  'export.totalCost': 'Total cost ({currency})',
  'export.netProfit': 'Net profit ({currency})',
  'export.realRoi': 'Real ROI (%)',
  'export.breakEven': 'Break-even ROAS',
  'export.targetRoas': 'Target ROAS (ROI {target} %)',
  'export.lifetimeRoi': 'Lifetime ROI (%)',
  'export.reason': 'Not computed because',
  'export.note': 'Note',
  'export.noCost': 'no cost in this period',
  'export.valueEstimated': 'conversion value estimated from the platform ROAS',
  'export.valueFromLeads': 'conversion value from the lead value',
  'export.breakEvenUnreachable': 'break-even ROAS not reachable at this margin',
  'export.targetUnreachable': 'target ROAS not reachable at this margin',
  'export.total': 'Total',
} as const;

export type SteeringMessageKey = keyof typeof steeringEn;
