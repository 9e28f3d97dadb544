import { describe, expect, it } from 'vitest';
import { occurrenceOf, withOccurrence } from '../../../lib/platforms/contract/occurrence';
import { googleRowKey, keywordIdentity, linkParams } from '../../../lib/platforms/google-ads/row-keys';

const links = (...hrefs: string[]) => linkParams(hrefs);

describe('Google Ads row keys (§7.1)', () => {
  it('the level’s own id first', () => {
    expect(googleRowKey('campaigns', links('/aw/adgroups?campaignId=7&ocid=1'), 'Brand')).toBe('campaign:7');
    expect(googleRowKey('adgroups', links('/aw/campaigns?campaignId=7', '/aw/ads?campaignId=7&adGroupId=8'), 'AG')).toBe('adgroup:8');
    expect(googleRowKey('keywords', links('/aw/keywords?campaignId=7&adGroupId=8&criterionId=9'), 'x')).toBe('keyword:8~9');
    expect(googleRowKey('ads', links('/aw/ads?campaignId=7&adGroupId=8&adId=10'), 'Headline')).toBe('ad:10');
  });

  it('keyword rows without an id: ad group + keyword text + match type, never the ad group alone', () => {
    const row = links('/aw/adgroups?campaignId=7&ocid=1', '/aw/keywords?campaignId=7&adGroupId=8&ocid=1');
    const a = googleRowKey('keywords', row, keywordIdentity('trail shoes', 'Exact match'));
    const b = googleRowKey('keywords', row, keywordIdentity('trail shoes', 'Phrase match'));
    const c = googleRowKey('keywords', row, keywordIdentity('hiking boots', 'Exact match'));
    expect(a).toBe('keyword:adgroup-8~trail shoes~Exact match');
    expect(new Set([a, b, c]).size).toBe(3);
    expect(googleRowKey('keywords', row, null)).toBeNull();
    expect(googleRowKey('keywords', links('/aw/campaigns?campaignId=7'), 'x')).toBe('keyword:campaign-7~x');
  });

  it('an ad without an id: parent + headline; nothing at all: the name', () => {
    expect(googleRowKey('ads', links('/aw/adgroups?campaignId=7&adGroupId=8'), 'Buy boots')).toBe('ad:adgroup-8~Buy boots');
    expect(googleRowKey('campaigns', [], 'Brand')).toBe('name:Brand');
    expect(googleRowKey('campaigns', [], null)).toBeNull();
  });

  it('rows that still collide are numbered in page order', () => {
    const rows = ['a', 'b', 'c', 'd'].map((id) => ({ id }) as unknown as Element);
    const keys = new Map<Element, string>([
      [rows[0]!, 'k'],
      [rows[1]!, 'j'],
      [rows[2]!, 'k'],
      [rows[3]!, 'k'],
    ]);
    const cache = {};
    const got = rows.map((r) =>
      withOccurrence(
        keys.get(r)!,
        occurrenceOf(
          r,
          () => rows,
          (e) => keys.get(e) ?? null,
          cache,
        ),
      ),
    );
    expect(got).toEqual(['k', 'j', 'k#2', 'k#3']);
  });
});
