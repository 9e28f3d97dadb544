import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { metaAdapter } from '../../../lib/platforms/meta';

describe('Meta adapter: which pages it reads', () => {
  it.each([
    ['https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=1234567890123456', true],
    ['https://adsmanager.facebook.com/adsmanager/manage/adsets?act=1&selected_campaign_ids=2', true],
    ['https://adsmanager.facebook.com/adsmanager/manage/ads?act=1', true],
    ['https://business.facebook.com/adsmanager/manage/campaigns?act=1&business_id=2', true],
    ['https://www.facebook.com/adsmanager/manage/campaigns?act=1', true],
    ['https://web.facebook.com/adsmanager/manage/ads/edit?act=1&selected_ad_ids=3', true],
    ['https://adsmanager.facebook.com/adsmanager/manage/campaigns/edit?act=1', true],
    ['https://business.facebook.com/adsmanager/reporting/view?act=1', false],
    ['https://adsmanager.facebook.com/adsmanager/audiences?act=1', false],
    ['https://www.facebook.com/manage/campaigns?act=1', false],
    ['https://business.facebook.com/latest/home?asset_id=1', false],
    ['https://m.facebook.com/adsmanager/manage/campaigns?act=1', false],
    ['https://ads.google.com/aw/campaigns?ocid=1', false],
    ['https://evil.example/adsmanager/manage/campaigns?act=1', false],
  ])('%s → %s', (url, yes) => {
    expect(metaAdapter.matchesUrl(new URL(url))).toBe(yes);
  });

  it('reads the account from act= (digits only), the level from the path', () => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    const read = (url: string) => metaAdapter.readContext(doc, new URL(url)).meta;
    expect(read('https://adsmanager.facebook.com/adsmanager/manage/adsets?act=1234567890123456')).toMatchObject({
      accountId: '1234567890123456',
      level: 'adsets',
      state: 'absent',
    });
    expect(read('https://www.facebook.com/adsmanager/manage/ads?act=act_987').accountId).toBe('987');
    expect(read('https://www.facebook.com/adsmanager/manage/ads?act=abc').accountId).toBeNull();
    expect(read('https://www.facebook.com/adsmanager/manage/ads').accountId).toBeNull();
  });
});
