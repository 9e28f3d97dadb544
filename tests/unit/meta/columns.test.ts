import { describe, expect, it } from 'vitest';
import { columnKeyOf, columnRole, isUnrecognisedActionColumn, resultTypeOf, roleForLabel } from '../../../lib/platforms/meta/columns';

describe('Meta column keys', () => {
  it.each([
    ['/am/table/table_column_header:spend', null, 'spend'],
    ['/am/table/table_column_header:actions:omni_purchase', null, 'actions:omni_purchase'],
    [null, 'reporting_table_column_purchase_roas', 'purchase_roas'],
    ['/am/table/something_else', 'reporting_table_column_results', 'results'],
    ['/am/table/table_column_header:', null, null],
    [null, 'reporting_table_column_', null],
    [null, null, null],
    // 2026 (§7.2): the surface is generic, the id carries the action type; the id wins.
    ['/am/table/table_column_header:actions', 'reporting_table_column_actions:link_click', 'actions:link_click'],
    ['/am/table/table_column_header:cost_per_action_type', 'reporting_table_column_cost_per_action_type:link_click', 'cost_per_action_type:link_click'],
    ['/am/table/table_column_header:results', 'ads_manager_table_results_column_label_id', 'results'],
    [null, 'ads_manager_table_results_column_label_id', 'results'],
  ] as const)('%j / %j → %j', (surface, id, key) => {
    expect(columnKeyOf(surface, id)).toBe(key);
  });
});

describe('Meta column roles: key first, localized label second', () => {
  it.each([
    // Keys that say it all, whatever the label.
    ['spend', 'Amount spent', 'spend'],
    ['spend', 'Montant dépensé', 'spend'],
    ['spend', 'Whatever the UI calls it', 'spend'],
    ['results', 'Résultats', 'results'],
    ['purchase_roas', 'Kauf-ROAS', 'roas'],
    ['website_purchase_roas', 'Website purchase ROAS (return on ad spend)', 'roas'],
    ['name', 'Campaign', 'name'],
    // Generic action keys: the label decides…
    ['actions', 'Purchases', 'purchases'],
    ['actions', 'Website purchases', 'purchases'],
    ['actions', 'Achats', 'purchases'],
    ['actions', 'Käufe', 'purchases'],
    ['actions', 'Compras', 'purchases'],
    ['actions', 'Leads', 'leads'],
    ['action_values', 'Purchases conversion value', 'conversionValue'],
    ['action_values', 'Valeur de conversion des achats', 'conversionValue'],
    ['action_values', 'Conversionswert der Käufe', 'conversionValue'],
    ['action_values', 'Valor de conversión de compras', 'conversionValue'],
    // …and only within the key's family.
    ['actions', 'Purchases conversion value', null],
    ['action_values', 'Purchases', null],
    ['actions', 'Link clicks', null],
    ['actions', 'Adds to cart', null],
    ['action_values', 'Adds to cart conversion value', null],
    ['actions', 'Registrations completed', null],
    // …or an action-type suffix [I].
    ['actions:offsite_conversion.fb_pixel_purchase', 'Whatever', 'purchases'],
    ['action_values:omni_purchase', 'Whatever', 'conversionValue'],
    ['actions:lead', 'Whatever', 'leads'],
    ['actions:link_click', 'Purchases', null],
    // A known key for something else is never overridden by its label.
    ['cost_per_action_type', 'Purchases', null],
    ['cost_per_result', 'Results', null],
    ['campaign_group_name', 'Campaign name', null],
    ['reach', 'Amount spent', null],
    // Unknown keys and no key: the label alone.
    ['some_future_key', 'Purchase ROAS (return on ad spend)', 'roas'],
    [null, 'Amount spent', 'spend'],
    [null, 'Amount spent (USD)', 'spend'],
    [null, 'ROAS (retour sur les dépenses publicitaires) des achats', 'roas'],
    [null, 'ROAS (retorno de la inversión publicitaria) de compras', 'roas'],
    [null, 'Importe gastado', 'spend'],
    [null, 'Ausgegebener Betrag', 'spend'],
    [null, 'Nom de l’ensemble de publicités', 'name'],
    [null, 'Cost per purchase', null],
    [null, 'Cost per result', null],
    [null, 'Purchase', null],
  ] as const)('%j + %j → %j', (key, label, role) => {
    expect(columnRole(key, label)).toBe(role);
  });

  it('normalizes labels (spaces, case, icon words) before comparing', () => {
    expect(roleForLabel('  purchase ROAS (return  on ad spend) ')).toBe('roas');
    expect(roleForLabel('Montant\u00a0dépensé')).toBe('spend');
  });

  it('flags generic action columns it could not name', () => {
    expect(isUnrecognisedActionColumn('actions', null)).toBe(true);
    expect(isUnrecognisedActionColumn('action_values', null)).toBe(true);
    // A typed key names its action: a column we know is not ours, not one we failed to read.
    expect(isUnrecognisedActionColumn('action_values:add_to_cart', null)).toBe(false);
    expect(isUnrecognisedActionColumn('actions:link_click', null)).toBe(false);
    expect(isUnrecognisedActionColumn('actions', 'purchases')).toBe(false);
    expect(isUnrecognisedActionColumn('reach', null)).toBe(false);
    expect(isUnrecognisedActionColumn(null, null)).toBe(false);
  });
});

describe('Meta result types (the second line of a Results cell)', () => {
  it.each([
    ['Website purchases', 'purchases'],
    ['Purchases', 'purchases'],
    ['Achats sur le site web', 'purchases'],
    ['Website-Käufe', 'purchases'],
    ['Compras en el sitio web', 'purchases'],
    ['Website leads', 'leads'],
    ['Leads', 'leads'],
    ['Link clicks', null],
    ['Multiple conversions', null],
    ['', null],
  ] as const)('%j → %j', (sub, type) => {
    expect(resultTypeOf(sub)).toBe(type);
  });
});
