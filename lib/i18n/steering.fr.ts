/** Textes français des exports et du pilotage ; mêmes clés que steering.en.ts. */
import type { SteeringMessageKey } from './steering.en';

export const steeringFr: Record<SteeringMessageKey, string> = {
  'export.name': 'Nom',
  'export.spend': 'Dépenses ({currency})',
  'export.conversions': 'Conversions',
  'export.conversionValue': 'Valeur de conversion ({currency})',
  'export.platformRoas': 'ROAS de la plateforme',
  'export.margin': 'Marge (%)',
  'export.grossMargin': 'Marge brute ({currency})',
  'export.cost': '{label} ({currency})',
  'export.totalCost': 'Coût total ({currency})',
  'export.netProfit': 'Bénéfice net ({currency})',
  'export.realRoi': 'ROI réel (%)',
  'export.breakEven': 'ROAS seuil de rentabilité',
  'export.targetRoas': 'ROAS cible (ROI {target} %)',
  'export.lifetimeRoi': 'ROI sur la durée de vie (%)',
  'export.reason': 'Non calculé car',
  'export.note': 'Remarque',
  'export.noCost': 'aucun coût sur cette période',
  'export.valueEstimated': 'valeur de conversion estimée à partir du ROAS de la plateforme',
  'export.valueFromLeads': 'valeur de conversion tirée de la valeur d’un prospect',
  'export.breakEvenUnreachable': 'ROAS seuil de rentabilité inatteignable à cette marge',
  'export.targetUnreachable': 'ROAS cible inatteignable à cette marge',
  'export.total': 'Total',
};
