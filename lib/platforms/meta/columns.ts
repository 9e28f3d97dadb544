/**
 * Which Meta header column is which: the locale-independent column key
 * (`data-surface=".../table_column_header:<key>"`, `id="reporting_table_column_<key>"`)
 * first, the localized header dictionary (EN/FR/DE/ES, §3.2) second.
 *
 * "Purchases", "Leads", "Registrations"… all share the generic key
 * `actions`, and their values share `action_values` (§2.2, S-FB-PW): for
 * those keys the label decides. Labels match exactly after `normalizeHeader`,
 * so "Purchases conversion value" and "Cost per purchase" never pass for
 * "Purchases".
 */
import { normalizeHeader } from '../../parse';

/** What a column means to the overlay. `results` counts conversions only when its result type says so. */
export type MetaColumnRole = 'name' | 'spend' | 'results' | 'purchases' | 'leads' | 'conversionValue' | 'roas';

/** Keys that say what the column is whatever its label (S-FB-SNIP, S-FB-PW; ROAS keys [I]: Marketing API names). */
const KEY_ROLES: Readonly<Record<string, MetaColumnRole>> = {
  name: 'name',
  spend: 'spend',
  results: 'results',
  purchase_roas: 'roas',
  website_purchase_roas: 'roas',
};

/** Keys shared by many columns: the label (or an `:<action type>` suffix) decides. S-FB-PW. */
const GENERIC_KEYS = new Set(['actions', 'action_values']);

/**
 * [I] Action types after a generic key (`actions:omni_purchase`), Marketing
 * API names. Not seen in a capture; harmless when absent.
 */
const PURCHASE_TYPES = new Set(['purchase', 'omni_purchase', 'offsite_conversion.fb_pixel_purchase', 'onsite_web_purchase', 'web_in_store_purchase']);
const LEAD_TYPES = new Set(['lead', 'onsite_conversion.lead_grouped', 'offsite_conversion.fb_pixel_lead', 'leadgen_grouped']);

/**
 * Header labels per role (§3.2). [E] unless marked; [I] entries are the
 * reference's likely translations, kept because a wrong entry only fails to
 * match (exact comparison).
 */
export const META_HEADER_LABELS: Readonly<Record<MetaColumnRole, readonly string[]>> = {
  name: [
    'Campaign name',
    'Ad set name',
    'Ad name',
    'Campaign',
    'Ad set',
    'Ad',
    'Nom de la campagne',
    'Nom de l’ensemble de publicités',
    "Nom de l'ensemble de publicités",
    'Nom de la publicité',
    'Kampagnenname',
    'Name der Anzeigengruppe',
    'Anzeigenname', // [I]
    'Nombre de la campaña',
    'Nombre del conjunto de anuncios',
    'Nombre del anuncio',
  ],
  spend: ['Amount spent', 'Montant dépensé', 'Ausgegebener Betrag', 'Importe gastado', '已花费金额', 'Сумма затрат'],
  results: ['Results', 'Résultats', 'Ergebnisse', 'Resultados', '成效', 'Результат', 'Результаты'],
  purchases: [
    'Purchases',
    'Website purchases',
    'Achats',
    'Achats sur le site web',
    'Käufe',
    'Website-Käufe',
    'Compras',
    'Compras en el sitio web', // DE/ES [I]
  ],
  leads: [
    'Leads',
    'Website leads',
    'Meta leads',
    'On-Facebook leads',
    'Prospects', // FR "Prospects" [I]
    'Leads (formulaire)',
    'Clientes potenciales', // [I]
  ],
  conversionValue: [
    'Purchases conversion value',
    'Website purchases conversion value',
    'Valeur de conversion des achats',
    'Valeur de conversion des achats sur le site web', // second [I]
    'Conversionswert der Käufe',
    'Valor de conversión de compras',
    'Valor de conversão de compras', // DE/ES [I]
  ],
  roas: [
    'Purchase ROAS (return on ad spend)',
    'Website purchase ROAS (return on ad spend)',
    'Purchase ROAS',
    'ROAS (retour sur les dépenses publicitaires) des achats',
    'ROAS (retour sur les dépenses publicitaires) des achats sur le site web', // [I]
    'Kauf-ROAS',
    'Kauf-ROAS (Return on Ad Spend)', // second [I]
    'ROAS (retorno de la inversión publicitaria) de compras', // [I]
    '广告花费回报 (ROAS) - 购物',
  ],
};

/**
 * The result type under a Results cell ("Website purchases", "Leads"):
 * only these make Results a conversion count. [E] EN/FR labels of the
 * purchase and lead columns; the rest [I].
 */
const RESULT_TYPES: Readonly<Record<'purchases' | 'leads', readonly string[]>> = {
  purchases: [...META_HEADER_LABELS.purchases, 'Purchase', 'Achat', 'Kauf', 'Compra'],
  leads: [...META_HEADER_LABELS.leads, 'Lead', 'Prospect', 'Leads (form)', 'Leads auf Facebook', 'Clientes potenciales en Meta'],
};

function index<K extends string>(table: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [role, labels] of Object.entries(table) as [K, readonly string[]][]) {
    for (const label of labels) map.set(normalizeHeader(label), role);
  }
  return map;
}
const byLabel = index(META_HEADER_LABELS);
const byResultType = index(RESULT_TYPES);

/**
 * The column key of a header: the id first (`reporting_table_column_<key>`;
 * in 2026 only the id carries the action type, `actions:link_click`, while
 * `data-surface` says `actions`, §7.2), then `…table_column_header:<key>`.
 */
export function columnKeyOf(surface: string | null, id: string | null): string | null {
  if (id === 'ads_manager_table_results_column_label_id') return 'results';
  const prefix = 'reporting_table_column_';
  if (id?.startsWith(prefix) && id.length > prefix.length) return id.slice(prefix.length);
  const marker = 'table_column_header:';
  const at = surface ? surface.lastIndexOf(marker) : -1;
  return at >= 0 && surface!.length > at + marker.length ? surface!.slice(at + marker.length) : null;
}

export function roleForLabel(label: string): MetaColumnRole | null {
  return byLabel.get(normalizeHeader(label)) ?? null;
}

/**
 * The role of a header column: its key when the key says it all, the label
 * when the key is generic (`actions`…) or unknown. A known key that means
 * something else (`cost_per_action_type`, `reach`) is never overridden by a
 * label.
 */
export function columnRole(key: string | null, label: string): MetaColumnRole | null {
  if (key === null) return roleForLabel(label);
  const [base = key, type] = key.split(':', 2) as [string, string | undefined];
  if (type !== undefined && (base === 'actions' || base === 'action_values')) {
    if (PURCHASE_TYPES.has(type)) return base === 'actions' ? 'purchases' : 'conversionValue';
    if (LEAD_TYPES.has(type) && base === 'actions') return 'leads';
    return null;
  }
  const fromLabel = roleForLabel(label);
  if (GENERIC_KEYS.has(base)) {
    // The label names the action; the key only says which family it may be.
    if (base === 'actions') return fromLabel === 'purchases' || fromLabel === 'leads' ? fromLabel : null;
    return fromLabel === 'conversionValue' ? fromLabel : null;
  }
  const byKey = KEY_ROLES[base];
  if (byKey) return byKey;
  // A key we do not know: only a label that is unambiguous on its own.
  return isKnownOtherKey(base) ? null : fromLabel;
}

/** Keys of §2.2 that are certainly not one of our metrics, whatever a label says. */
const OTHER_KEYS = new Set([
  'toggle',
  'delivery',
  'budget',
  'bid',
  'reach',
  'impressions',
  'cost_per_result',
  'clicks',
  'cpc',
  'ctr',
  'cpm',
  'frequency',
  'end_time',
  'attribution_setting',
  'last_significant_edit',
  'campaign_name',
  'campaign_group_name',
  'quality_score_organic',
  'quality_score_ectr',
  'quality_score_ecvr',
  'outbound_clicks',
  'outbound_clicks_ctr',
  'cost_per_action_type',
]);
function isKnownOtherKey(key: string): boolean {
  return OTHER_KEYS.has(key);
}

/** Is this key one of the generic action families whose label we could not read? */
export function isUnrecognisedActionColumn(key: string | null, role: MetaColumnRole | null): boolean {
  // A typed key (`actions:link_click`) says what the column is: known, just not ours.
  return role === null && (key === 'actions' || key === 'action_values');
}

/** What a Results cell counts, from its second line. */
export function resultTypeOf(subLabel: string): 'purchases' | 'leads' | null {
  return byResultType.get(normalizeHeader(subLabel)) ?? null;
}
