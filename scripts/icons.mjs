#!/usr/bin/env node
// Renders public/icon/{16,32,48,96,128}.png from assets/icon.svg with the
// Chromium the tests already drive (nothing to download). The 128 px icon is
// 96 px of artwork in 16 px of transparent padding, as the Chrome Web Store
// asks; the others fill their square.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchPlain, ROOT } from './browser.mjs';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8');
const outDir = path.join(ROOT, 'public/icon');
mkdirSync(outDir, { recursive: true });

const browser = await launchPlain();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    const pad = size === 128 ? 16 : 0;
    const art = size - 2 * pad;
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">
      <img src="${src}" width="${art}" height="${art}" style="display:block;margin:${pad}px"></body></html>`);
    await page.waitForFunction(() => document.images[0]?.complete);
    const file = path.join(outDir, `${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(path.relative(ROOT, file));
  }
} finally {
  await browser.close();
}
