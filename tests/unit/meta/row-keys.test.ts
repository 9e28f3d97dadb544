import { describe, expect, it } from 'vitest';
import { withOccurrence } from '../../../lib/platforms/contract/occurrence';
import { linkKey, nameKey, parseCellSurface, unwrapCellKey } from '../../../lib/platforms/meta/row-keys';

describe('Meta cell keys (§7.2)', () => {
  it('reads the row id and the column key of a cell wrapper', () => {
    expect(parseCellSurface('/am/table/table_row:120210000000101unit/table_cell:spend')).toEqual({ rowId: '120210000000101', key: 'spend', objectType: null });
    expect(parseCellSurface('/am/table/table_row:120210000000101unit')).toEqual({ rowId: '120210000000101', key: null, objectType: null });
    expect(parseCellSurface('/am/table/table_row:-1unit/table_cell:spend')?.rowId).toBe('-1');
    // One scanner's fixture has no `unit`.
    expect(parseCellSurface('/am/table/table_row:42/table_cell:results')).toEqual({ rowId: '42', key: 'results', objectType: null });
  });

  it('unwraps forAttributionWindow(…) and forObjectType(…)', () => {
    expect(unwrapCellKey('forAttributionWindow(actions:omni_purchase,default)')).toEqual({ key: 'actions:omni_purchase', objectType: null });
    expect(unwrapCellKey('forAttributionWindow(purchase_roas:omni_purchase,default)').key).toBe('purchase_roas:omni_purchase');
    expect(unwrapCellKey('forObjectType(name,CAMPAIGN_GROUP)')).toEqual({ key: 'name', objectType: 'CAMPAIGN_GROUP' });
    expect(unwrapCellKey('forObjectType(forAttributionWindow(actions:lead,7d_click),CAMPAIGN)')).toEqual({ key: 'actions:lead', objectType: 'CAMPAIGN' });
    expect(unwrapCellKey('spend')).toEqual({ key: 'spend', objectType: null });
  });

  it.each([null, '', '/am/table/table_column_header:spend', '/am/table/total_count', '/am/table/table_row:abcunit'])('is not a cell key: %j', (s) =>
    expect(parseCellSurface(s)).toBeNull(),
  );
});

describe('Meta row keys', () => {
  const page = new URL('https://adsmanager.facebook.com/adsmanager/manage/adsets?act=1&selected_campaign_ids=9&selected_adset_ids=11%2C12%2C13');
  it('a selected-id parameter only when it names exactly one entity, and not the page’s own selection', () => {
    expect(linkKey('adsets', '/adsmanager/manage/ads?act=1&selected_adset_ids=11', page)).toBe('adset:11');
    expect(linkKey('adsets', '/adsmanager/manage/adsets?act=1&selected_adset_ids=11%2C12%2C13', page)).toBeNull();
    expect(linkKey('adsets', '/adsmanager/manage/adsets?act=1&selected_adset_ids=11,12', page)).toBeNull();
    expect(linkKey('adsets', '/adsmanager/manage/adsets?act=1&selected_campaign_ids=9', page)).toBeNull();
    const one = new URL('https://adsmanager.facebook.com/adsmanager/manage/adsets?act=1&selected_adset_ids=11');
    expect(linkKey('adsets', '/adsmanager/manage/adsets?act=1&selected_adset_ids=11', one)).toBeNull();
    expect(linkKey('campaigns', '/x?campaign_ids=5')).toBe('campaign:5');
    expect(linkKey('ads', null)).toBeNull();
  });

  it('name keys are numbered from the second occurrence', () => {
    expect(withOccurrence(nameKey('adsets', 'Retargeting'), 1)).toBe('name:adsets:Retargeting');
    expect(withOccurrence(nameKey('adsets', 'Retargeting'), 2)).toBe('name:adsets:Retargeting#2');
    expect(nameKey(null, 'x')).toBe('name:unknown:x');
  });
});
