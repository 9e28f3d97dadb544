#!/usr/bin/env node
// The stores' listing images, made from the built extension on the demo
// pages (npm run build first): 1280×800 screenshots in English and French,
// and the 440×280 promo tile drawn from assets/icon.svg. Written to
// docs/store/. Nothing leaves the machine: the demo pages are routed locally.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchPlain, launchWithExtension, ROOT, routeFile, seedSettings } from './browser.mjs';

const OUT = path.join(ROOT, 'docs/store');
const SIZE = { width: 1280, height: 800 };
const settings = JSON.parse(readFileSync(path.join(ROOT, 'demo/sample-settings.json'), 'utf8'));
mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });

async function screenshots(lang, locale) {
  const browser = await launchWithExtension({ locale, viewport: SIZE });
  try {
    await seedSettings(browser.worker, settings);
    // The Google Ads shot shows the summary open; the Meta one shows it as the chip it starts as.
    await browser.worker.evaluate(() => chrome.storage.local.set({ overlayPanel: { 'google-ads': { expanded: true, corner: 'bottom-left' } } }));
    const shot = (page, n) => page.screenshot({ path: path.join(OUT, 'screenshots', `${lang}-${n}.png`) });

    const google = await browser.context.newPage();
    await google.goto(await routeFile(browser.context, 'demo/google-ads-campaigns.html'));
    await google.waitForSelector('[data-real-roi-row="total"][data-roi]');
    await google.waitForSelector('real-roi-panel .panel .body');
    await google.locator('[data-real-roi-row]').nth(1).locator('button').hover();
    await google.waitForSelector('real-roi-tooltip .tip');
    await shot(google, 1);

    const meta = await browser.context.newPage();
    await meta.goto(await routeFile(browser.context, 'demo/meta-campaigns.html'));
    await meta.waitForSelector('[data-real-roi-row="total"][data-roi]');
    await meta.waitForSelector('real-roi-panel [data-panel="chip"]');
    await meta.waitForTimeout(200);
    await shot(meta, 2);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid="save"]').waitFor();
    await shot(options, 3);
  } finally {
    await browser.close();
  }
}

async function promoTiles() {
  const svg = readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8');
  const browser = await launchPlain();
  try {
    const page = await browser.newPage({ viewport: { width: 440, height: 280 } });
    const texts = {
      en: ['Real ROI', 'The real return of your ads, next to the ROAS', 'Google Ads · Meta Ads Manager'],
      fr: ['Real ROI', 'La vraie rentabilité de vos pubs, à côté du ROAS', 'Google Ads · Meta Ads Manager'],
    };
    for (const [lang, [title, line, platforms]] of Object.entries(texts)) {
      await page.setContent(`<html><body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:22px;
        padding:0 28px;box-sizing:border-box;background:linear-gradient(135deg,#f0fdf4,#dcfce7);font-family:Roboto,'DejaVu Sans',Arial,sans-serif;color:#052e16">
        <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="120" height="120">
        <div><div style="font-size:38px;font-weight:700;letter-spacing:-.5px">${title}</div>
        <div style="font-size:19px;line-height:25px;margin-top:8px">${line}</div>
        <div style="font-size:13px;margin-top:12px;color:#166534">${platforms}</div></div></body></html>`);
      await page.screenshot({ path: path.join(OUT, `promo-tile-440x280.${lang}.png`) });
    }
  } finally {
    await browser.close();
  }
}

await screenshots('en', 'en-US');
await screenshots('fr', 'fr-FR');
await promoTiles();
console.log('docs/store: screenshots/{en,fr}-{1,2,3}.png (1280×800), promo-tile-440x280.{en,fr}.png');
