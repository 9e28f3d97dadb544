// Generated history for the bench and the screenshots: snapshots in the
// stored format (lib/history/types.ts, version 1), written straight into the
// extension's database from one of its pages.

const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * `weeks` weekly snapshots (Monday–Sunday, captured the next Monday) of an
 * `rows`-row campaigns table, ending with the week before `lastMonday`.
 * Figures drift slowly so the chart and the sparklines have a shape.
 */
export function weeklyEntries({
  platform = 'google-ads',
  accountId = '123-456-7890',
  rows = 500,
  weeks = 104,
  lastMonday = '2026-11-23',
  currency = 'EUR',
  filter = 'total: campaigns',
  seed = 1,
} = {}) {
  const entries = [];
  const end0 = Date.parse(`${lastMonday}T00:00:00Z`) - DAY;
  for (let w = weeks - 1; w >= 0; w--) {
    const endMs = end0 - w * 7 * DAY;
    const start = iso(endMs - 6 * DAY);
    const end = iso(endMs);
    const trend = 1 + 0.5 * ((weeks - w) / weeks) + 0.15 * Math.sin((w + seed) / 3);
    const list = [];
    let S = 0,
      N = 0,
      V = 0;
    for (let i = 0; i < rows; i++) {
      const spend = Math.round((200 + ((i * 7919 + w * 104729 + seed) % 4000)) * 100) / 100;
      const conversions = 2 + ((i * 31 + w * 17) % 40);
      const value = Math.round(spend * trend * (2 + ((i * 13 + w) % 40) / 10) * 100) / 100;
      S += spend;
      N += conversions;
      V += value;
      list.push({
        key: `campaign:${1_000_000 + i}`,
        name: `Campaign ${i + 1} – ${['Shopping', 'Search', 'Brand', 'PMax'][i % 4]}`,
        spend,
        conversions,
        conversionValue: value,
        roas: Math.round((value / spend) * 100) / 100,
      });
    }
    const totals = [
      {
        scope: 'table',
        label: 'Total: Campaigns',
        spend: Math.round(S * 100) / 100,
        conversions: N,
        conversionValue: Math.round(V * 100) / 100,
        roas: Math.round((V / S) * 100) / 100,
      },
    ];
    const level = 'campaigns';
    entries.push({
      id: [platform, accountId, level, start, end, filter].join('|'),
      v: 1,
      platform,
      accountId,
      level,
      period: { start, end },
      currency,
      filter,
      capturedAt: new Date(endMs + DAY + 9 * 3600_000).toISOString(),
      columns: { spend: true, conversions: true, conversionValue: true, roas: true },
      rows: list,
      totals,
    });
  }
  return entries;
}

/** Writes entries into the history database from an extension page (creates the store if needed). */
export async function writeEntries(page, entries) {
  await page.evaluate(
    (list) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('real-roi-history', 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('entries', { keyPath: 'id' });
          store.createIndex('account', ['platform', 'accountId']);
          store.createIndex('end', 'period.end');
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('entries', 'readwrite');
          for (const e of list) tx.objectStore('entries').put(e);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
}
