#!/usr/bin/env node
// The README's run command: the built extension on the bundled demo pages
// with the sample cost profile. With a display it opens a window and stays
// open until you close it; without one it runs headless, writes screenshots
// to artifacts/ and prints every row with its real ROI.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';
import { ROOT, launchWithExtension, routeFile, seedSettings } from './browser.mjs';

const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';
const locale = process.env.DEMO_LOCALE ?? 'fr-FR';
// One demo page per registered platform (lib/platforms/<id>/platform.ts), read through Vite since it is TypeScript.
const { module: registry } = await runnerImport(path.join(ROOT, 'lib/platforms/index.ts'));
const DEMOS = registry.PLATFORM_LIST.map((p) => ({ name: p.id, file: p.demo.page, row: p.demo.rowSelector }));
const settings = JSON.parse(readFileSync(path.join(ROOT, 'demo/sample-settings.json'), 'utf8'));
const outDir = path.join(ROOT, 'artifacts');
mkdirSync(outDir, { recursive: true });

const browser = await launchWithExtension({ headless, locale, viewport: { width: 1920, height: 1000 } });
await seedSettings(browser.worker, settings);

for (const demo of DEMOS) {
  const url = await routeFile(browser.context, demo.file);
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-real-roi-row="total"][data-roi]', { timeout: 15_000 });
  await page.waitForTimeout(200);
  const rows = await page.evaluate(
    (rowSelector) =>
      Array.from(document.querySelectorAll('[data-real-roi-row]')).map((host) => {
        const row = host.closest(rowSelector) ?? host.closest('[role="row"]');
        const name =
          row?.querySelector('a')?.textContent?.trim() ?? row?.querySelector('.particle-table-summary-label, [data-real-roi-name]')?.textContent?.trim() ?? '';
        return {
          key: host.getAttribute('data-real-roi-row'),
          name: host.getAttribute('data-real-roi-row') === 'total' ? 'TOTAL' : name,
          realRoi: host.shadowRoot?.textContent?.trim() ?? '',
          roi: host.getAttribute('data-roi'),
          reason: host.getAttribute('data-roi-reason') ?? '',
        };
      }),
    demo.row,
  );
  console.log(`\n${demo.name}: ${url}`);
  console.table(rows.map((r) => ({ row: r.name.slice(0, 32), 'real ROI': r.realRoi, 'data-roi': r.roi, reason: r.reason })));

  const shot = path.join(outDir, `demo-${demo.name}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  await page.locator('[data-real-roi-row]').first().locator('button').hover();
  await page.waitForSelector('real-roi-tooltip .tip');
  const tipShot = path.join(outDir, `demo-${demo.name}-breakdown.png`);
  await page.screenshot({ path: tipShot });
  await page.mouse.move(0, 0);
  console.log(`screenshots: ${path.relative(ROOT, shot)}, ${path.relative(ROOT, tipShot)}`);
}

if (headless) {
  await browser.close();
} else {
  console.log('\nChromium is open with the extension on the demo pages; close the window to finish.');
  await new Promise((resolve) => browser.context.on('close', resolve));
}
