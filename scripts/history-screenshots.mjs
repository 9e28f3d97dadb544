#!/usr/bin/env node
// Screenshots of the progress page (EN, FR) for docs/screenshots, from a
// generated history: a Google Ads account with 30 weeks and a few months,
// and a Meta account. Needs `npm run build` first.
import path from 'node:path';
import { ROOT, launchWithExtension, seedSettings } from './browser.mjs';
import { weeklyEntries, writeEntries } from './history-data.mjs';

const profile = {
  id: 'shop',
  name: 'Boutique Exemple',
  accounts: [
    { platform: 'google-ads', id: '123-456-7890' },
    { platform: 'meta', id: '1234567890' },
  ],
  currency: 'EUR',
  margin: { default: 0.4, rules: [] },
  vatIncluded: 0,
  returnRate: 0.03,
  leadValue: null,
  lifetime: null,
  costs: [
    { kind: 'staffTime', label: 'Campaign management', hoursPerMonth: 15, hourlyRate: 45 },
    { kind: 'monthly', label: 'Bid tool', amount: 120 },
    { kind: 'percentOfRevenue', label: 'Payment fees', rate: 0.02 },
    { kind: 'perConversion', label: 'Shipping', amount: 6 },
  ],
};
const settings = (language) => ({
  version: 2,
  targetRoi: 0.5,
  display: 'percent',
  badgeRoi: 'firstOrder',
  language,
  defaultProfile: 'shop',
  profiles: [profile],
});

const google = weeklyEntries({ rows: 12, weeks: 30, seed: 1 });
const months = ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'].map((m, i) => {
  const [y, mo] = m.split('-').map(Number);
  const end = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
  const base = weeklyEntries({ rows: 12, weeks: 1, seed: 5 + i, lastMonday: end })[0];
  const e = { ...base, period: { start: `${m}-01`, end } };
  e.capturedAt = new Date(Date.parse(`${end}T10:00:00Z`) + 9 * 86_400_000).toISOString();
  // A month's figures are about four weeks' worth.
  e.rows = e.rows.map((r) => ({ ...r, spend: r.spend * 4.3, conversions: r.conversions * 4, conversionValue: r.conversionValue * 4.3 }));
  e.totals = e.totals.map((t) => ({ ...t, spend: t.spend * 4.3, conversions: t.conversions * 4, conversionValue: t.conversionValue * 4.3 }));
  e.id = ['google-ads', '123-456-7890', 'campaigns', e.period.start, e.period.end, e.filter].join('|');
  return e;
});
const meta = weeklyEntries({ platform: 'meta', accountId: '1234567890', rows: 8, weeks: 12, seed: 9, filter: 'results from # campaigns' }).map((e) => ({
  ...e,
  totals: e.totals.map((t) => ({ ...t, label: 'Results from 8 campaigns' })),
}));

const browser = await launchWithExtension({ viewport: { width: 1200, height: 900 } });
const page = await browser.context.newPage();
await page.goto(`chrome-extension://${browser.extensionId}/history.html`);
await writeEntries(page, [...google, ...months, ...meta]);
for (const language of ['en', 'fr']) {
  await seedSettings(browser.worker, settings(language));
  await page.reload();
  await page.locator('[data-history-entry]').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  const file = path.join(ROOT, `docs/screenshots/history-${language}.png`);
  await page.screenshot({ path: file, fullPage: false });
  console.log('written:', path.relative(ROOT, file));
}
await browser.close();
