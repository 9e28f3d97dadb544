/**
 * Google Ads row keys (platform-dom.md §7.1). A row is keyed by its own id
 * where a link carries it (`campaignId=` on campaigns, `adGroupId=` on ad
 * groups, `criterionId=` on keywords…). Real keyword rows carry none: their
 * only links are the Campaign and Ad group cells, so such a row is keyed by
 * its nearest parent id plus what it shows (keyword text and match type; an
 * ad's headline). contract/occurrence.ts numbers rows that still collide.
 */

interface LevelIds {
  prefix: string;
  /** href parameters that are the row's own id, most specific first. */
  own: readonly string[];
}

/** [I] beyond campaigns and ad groups: `adId`, `criterionId`/`keywordId` are not in a capture. */
export const LEVEL_IDS: Readonly<Record<string, LevelIds>> = {
  campaigns: { prefix: 'campaign', own: ['campaignId'] },
  adgroups: { prefix: 'adgroup', own: ['adGroupId'] },
  ads: { prefix: 'ad', own: ['adId'] },
  keywords: { prefix: 'keyword', own: ['criterionId', 'keywordId'] },
  productgroups: { prefix: 'productgroup', own: ['criterionId'] },
};

/** Parent ids, nearest first. */
const PARENTS: readonly (readonly [param: string, prefix: string])[] = [
  ['adGroupId', 'adgroup'],
  ['campaignId', 'campaign'],
];

/** Parameters of each name-like link of a row, in DOM order. */
export function linkParams(hrefs: readonly (string | null)[]): URLSearchParams[] {
  return hrefs.map((href) => new URLSearchParams((href ?? '').slice((href ?? '').indexOf('?') + 1)));
}

/**
 * A row's key before its occurrence number, or null when the row shows
 * neither an id nor anything to name it by. `identity` is what the row shows
 * (keyword text and match type, or a name).
 */
export function googleRowKey(level: string, links: readonly URLSearchParams[], identity: string | null): string | null {
  const ids = LEVEL_IDS[level];
  if (ids) {
    for (const param of ids.own) {
      for (const p of links) {
        const id = p.get(param);
        if (!id) continue;
        // A keyword's criterion id is shared by the same keyword in other ad groups.
        const adGroup = ids.prefix === 'keyword' ? p.get('adGroupId') : null;
        return adGroup ? `keyword:${adGroup}~${id}` : `${ids.prefix}:${id}`;
      }
    }
    if (!identity) return null;
    for (const [param, parent] of PARENTS) {
      if (ids.own.includes(param)) continue;
      const id = links.map((p) => p.get(param)).find(Boolean);
      if (id) return `${ids.prefix}:${parent}-${id}~${identity}`;
    }
  }
  return identity ? `name:${identity}` : null;
}

/** A keyword's identity: its text as shown, and its match type when a column shows it. */
export function keywordIdentity(text: string | null, matchType: string | null): string | null {
  if (!text) return null;
  return matchType ? `${text}~${matchType}` : text;
}
