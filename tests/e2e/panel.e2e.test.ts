/**
 * The summary panel on a small window (800×600): a chip that covers no
 * badge, opened and moved with the keyboard, remembered per platform under
 * its own storage key.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFixture, setSettings, waitForBadges, type Harness } from './harness';
import { metaUsdProfile, settingsWith, usdProfile } from './settings-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await setSettings(h, settingsWith([usdProfile, metaUsdProfile]));
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

const box = (page: Page, selector: string) => page.locator(selector).boundingBox();

async function small(rel: string) {
  const page = await openFixture(h, rel);
  await page.setViewportSize({ width: 800, height: 600 });
  await waitForBadges(page, ['total']);
  return page;
}

describe('summary panel on a small window', () => {
  it('starts as a small chip in the bottom-right corner that covers no badge', async () => {
    const page = await small('google-ads/campaigns_en_usd.html');
    const chip = (await box(page, 'real-roi-panel [data-panel="chip"]'))!;
    expect(chip.width).toBeLessThan(220);
    expect(chip.height).toBeLessThan(40);
    expect(chip.x + chip.width).toBeGreaterThan(700);
    expect(chip.y + chip.height).toBeGreaterThan(500);
    const badgeBoxes = await page.locator('[data-real-roi-row]').evaluateAll((hosts) =>
      hosts.map((x) => {
        const r = x.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    const overlaps = badgeBoxes.filter((b) => b.x < chip.x + chip.width && chip.x < b.x + b.width && b.y < chip.y + chip.height && chip.y < b.y + b.height);
    expect(overlaps).toEqual([]);
    expect(await page.locator('real-roi-panel .body').count()).toBe(0);
    await page.close();
  });

  it('opens, moves and closes with the keyboard, and comes back as left on the next visit', async () => {
    const page = await small('google-ads/campaigns_en_usd.html');
    await page.locator('real-roi-panel [data-panel="chip"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('real-roi-panel .panel .body').waitFor();
    expect(await page.evaluate(() => document.querySelector('real-roi-panel')!.shadowRoot!.activeElement?.getAttribute('data-panel'))).toBe('collapse');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    const panel = page.locator('real-roi-panel .panel');
    await expect.poll(() => panel.getAttribute('data-corner')).toBe('bottom-left');
    const left = (await panel.boundingBox())!;
    expect(left.x).toBeLessThan(100);

    await page.reload();
    await expect.poll(() => page.locator('real-roi-panel .panel').getAttribute('data-corner')).toBe('bottom-left');
    const stored = await h.worker.evaluate(() => chrome.storage.local.get(null));
    expect(stored['overlayPanel']).toEqual({ 'google-ads': { expanded: true, corner: 'bottom-left' } });
    // A view preference, not part of the settings file.
    expect(JSON.stringify(stored['settings'])).not.toContain('corner');
    await page.close();

    // Per platform: Meta still starts as a chip.
    const meta = await small('meta/campaigns_en_usd.html');
    await meta.locator('real-roi-panel [data-panel="chip"]').waitFor();
    expect(await meta.locator('real-roi-panel .body').count()).toBe(0);
    await meta.close();
  });

  it('docks in the corner nearest to where it is dragged', async () => {
    const page = await small('google-ads/campaigns_en_usd.html');
    const header = page.locator('real-roi-panel .panel header strong');
    await header.waitFor();
    // The open panel grows upward from its bottom corner as the complete read and the steering answer
    // arrive: grab the header once it has settled, or the press lands on the body and nothing is dragged.
    await page.waitForFunction(() => Number(document.querySelector('real-roi-panel')?.getAttribute('data-real-roi-complete') ?? 0) > 0);
    let start = (await header.boundingBox())!;
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(150);
      const now = (await header.boundingBox())!;
      if (now.x === start.x && now.y === start.y) break;
      start = now;
    }
    await page.mouse.move(start.x + 5, start.y + 5);
    await page.mouse.down();
    await page.mouse.move(700, 60, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.locator('real-roi-panel .panel').getAttribute('data-corner')).toBe('top-right');
    const b = (await page.locator('real-roi-panel .panel').boundingBox())!;
    expect(b.y).toBeLessThan(40);
    expect(b.x + b.width).toBeGreaterThan(760);
    await page.close();
  });

  it('Escape in the open panel closes it to the chip, which gets the focus', async () => {
    // The stored layout is open (the tests above): focus a control inside it and press Escape.
    const page = await small('google-ads/campaigns_en_usd.html');
    await page.locator('real-roi-panel .panel [data-panel="move"]').focus();
    await page.keyboard.press('Escape');
    await page.locator('real-roi-panel [data-panel="chip"]').waitFor();
    expect(await page.locator('real-roi-panel .body').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelector('real-roi-panel')!.shadowRoot!.activeElement?.getAttribute('data-panel'))).toBe('chip');
    await page.close();
  });
});
