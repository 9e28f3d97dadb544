/**
 * The options page and the popup of the built extension in Chromium: the
 * worked example entered through the UI, import and export, refusals,
 * validation, French, and axe.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, ROOT, setSettings, type Harness } from './harness';
import { expectFullProfileClean, openOptions, openPopup, plain, seriousViolations, storedSettings, wipeStorage } from './extension-pages';
import { clothingProfile, settingsWith, smallShopProfile, usdProfile } from './settings-fixtures';

async function addCost(page: Page, kind: string, fields: Record<string, string>) {
  const index = await page.locator('fieldset.cost').count();
  await page.selectOption('#new-cost-kind', kind);
  await page.getByRole('button', { name: 'Add this cost' }).click();
  for (const [field, value] of Object.entries(fields)) {
    await page.fill(`#f-profiles-0-costs-${index}-${field}`, value);
  }
}

async function roiIn(popup: Page, figures: { spend: string; revenue: string; conversions: string }) {
  await popup.fill('#in-spend', figures.spend);
  await popup.fill('#in-revenue', figures.revenue);
  await popup.fill('#in-conversions', figures.conversions);
  const roi = popup.locator('[data-result="roi"] .value');
  await roi.waitFor();
  return plain(await roi.textContent());
}

async function importFile(page: Page, name: string, content: string | Buffer) {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

describe('options page and popup (English)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    expect(h.pageErrors).toEqual([]);
    // Nothing but the extension's own pages was requested.
    expect(h.requests.filter((u) => !u.startsWith('chrome-extension://'))).toEqual([]);
    await h.close();
  });

  it('worked example 1 entered in the options page gives ROI 107.1% in the popup', async () => {
    const page = await openOptions(h);
    await page.getByText('Welcome! Start with your margin and your costs, then save.').waitFor();
    await page.fill('#f-profiles-0-margin-default', '60');
    await addCost(page, 'staffTime', { label: 'Campaign management', hoursPerMonth: '15', hourlyRate: '45' });
    await addCost(page, 'monthly', { label: 'Bid tool', amount: '120' });
    // Dated today by default: inside the popup's default period, the current month.
    await addCost(page, 'oneOff', { label: 'Product photos', amount: '300' });
    await addCost(page, 'percentOfRevenue', { label: 'Payment fees', rate: '2' });
    await addCost(page, 'perConversion', { label: 'Shipping', amount: '6' });
    expect(await page.getByTestId('fixed-total').textContent()).toBe('€1,095.00 of fixed costs');
    await page.getByTestId('save').click();
    await page.getByTestId('save-status').filter({ hasText: 'All changes saved.' }).waitFor();

    const saved = (await storedSettings(h)) as { profiles: { margin: unknown; costs: Record<string, unknown>[] }[] };
    expect(saved.profiles[0]!.margin).toEqual({ default: 0.6, rules: [] });
    expect(saved.profiles[0]!.costs.map(({ id: _id, date: _date, ...rest }) => rest)).toEqual([
      { kind: 'staffTime', label: 'Campaign management', hoursPerMonth: 15, hourlyRate: 45 },
      { kind: 'monthly', label: 'Bid tool', amount: 120 },
      { kind: 'oneOff', label: 'Product photos', amount: 300 },
      { kind: 'percentOfRevenue', label: 'Payment fees', rate: 0.02 },
      { kind: 'perConversion', label: 'Shipping', amount: 6 },
    ]);
    await page.close();

    const popup = await openPopup(h);
    expect(await roiIn(popup, { spend: '2500', revenue: '15000', conversions: '75' })).toBe('107.1%');
    expect(plain(await popup.locator('[data-result="netProfit"] .value').textContent())).toBe('€4,655.00');
    expect(await popup.locator('[data-testid="results"]').getAttribute('aria-live')).toBe('polite');
    await popup.close();
  });

  it('an invalid field blocks saving, with its reason next to it', async () => {
    const before = await storedSettings(h);
    const page = await openOptions(h);
    await page.fill('#f-profiles-0-margin-default', '140');
    const reason = page.locator('#f-profiles-0-margin-default-error');
    expect(await reason.textContent()).toBe('Must be 100% or less.');
    expect(await page.getAttribute('#f-profiles-0-margin-default', 'aria-invalid')).toBe('true');
    await page.getByTestId('save').click();
    await page.getByTestId('save-status').filter({ hasText: 'Not saved: 1 field to fix first.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-profiles-0-margin-default');
    expect(await storedSettings(h)).toEqual(before);
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.close();
  });

  it('keeps unsaved edits when the page is closed by mistake', async () => {
    const page = await openOptions(h);
    await page.fill('#f-profiles-0-name', 'Clothing shop');
    await page.waitForTimeout(500);
    await page.close();
    const again = await openOptions(h);
    await again.getByText(/Your unsaved changes from .* were restored/).waitFor();
    expect(await again.inputValue('#f-profiles-0-name')).toBe('Clothing shop');
    // The edit discarded in the previous test is not part of it.
    expect(await again.inputValue('#f-profiles-0-margin-default')).toBe('60');
    await again.getByRole('button', { name: 'Discard these changes' }).click();
    expect(await again.inputValue('#f-profiles-0-name')).toBe('My shop');
    await again.close();
  });

  it('export, wipe, import restores exactly the same settings', async () => {
    await setSettings(h, settingsWith([clothingProfile, smallShopProfile], { targetRoi: 0.4, display: 'ratio' }));
    const original = await storedSettings(h);
    const page = await openOptions(h);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^real-roi-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toEqual(original);

    await wipeStorage(h);
    expect(await storedSettings(h)).toBeUndefined();
    await importFile(page, 'backup.json', exported);
    await page.getByText('Importing “backup.json” will make these changes:').waitFor();
    expect(await page.getByTestId('import-changes').textContent()).toContain('New profile “Clothing shop”');
    await page.getByRole('button', { name: 'Replace my settings' }).click();
    await page.getByText('Settings imported from “backup.json”.').waitFor();
    expect(await storedSettings(h)).toEqual(original);
    await page.close();
  });

  it('refuses malformed files with a visible reason and leaves the settings untouched', async () => {
    const before = await storedSettings(h);
    const page = await openOptions(h);
    const refusal = page.locator('[data-testid="import-outcome"] [role="alert"]');

    await importFile(page, 'broken.json', '{"version": 1, "profiles": [');
    await refusal.filter({ hasText: 'This file is not valid JSON.' }).waitFor();

    const wrongTypes = { ...(before as object), targetRoi: 'high', profiles: [{ ...clothingProfile, margin: { default: '60%', rules: [] } }] };
    await importFile(page, 'types.json', JSON.stringify(wrongTypes));
    await refusal.filter({ hasText: 'Target ROI: Must be a number.' }).waitFor();
    expect(await refusal.textContent()).toContain('Profile “Clothing shop” › Default margin: Must be a number.');

    await importFile(page, 'huge.json', Buffer.alloc(1_100_000, 0x20));
    await refusal.filter({ hasText: 'The file is too large (1.1 MB; the limit is 1 MB).' }).waitFor();
    expect(await refusal.textContent()).toContain('“huge.json” cannot be imported; your settings are unchanged');

    expect(await storedSettings(h)).toEqual(before);
    await page.close();
  });

  it('axe finds no serious or critical violation on the options page and the popup', async () => {
    const page = await openOptions(h);
    // Also with an error and the import preview on screen.
    await page.fill('#f-profiles-0-margin-default', '140');
    await importFile(page, 'x.json', '{');
    await page.locator('[role="alert"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
    const popup = await openPopup(h);
    await roiIn(popup, { spend: '2500', revenue: '15000', conversions: '75' });
    await popup.locator('details.costs-details > summary').click();
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('axe finds no serious or critical violation with accounts, rules and every cost kind listed', async () => {
    // No draft left by earlier tests: the saved profile is what the page shows.
    await wipeStorage(h);
    await setSettings(h, settingsWith([usdProfile, clothingProfile]));
    const page = await openOptions(h);
    await expectFullProfileClean(page, 'Remove account 1');
    await page.close();
  });

  it('is usable with the keyboard alone, with a visible focus', async () => {
    const popup = await openPopup(h);
    await popup.locator('body').focus();
    const focused = async () =>
      popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { id: el.id || el.getAttribute('name') || el.textContent, outline: getComputedStyle(el).outlineStyle };
      });
    const seen: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await popup.keyboard.press('Tab');
      const f = await focused();
      seen.push(String(f.id));
      expect(f.outline).not.toBe('none');
    }
    expect(seen).toContain('in-spend');
    // Modes switch with the arrow keys, as native radios do.
    await popup.focus('input[name="mode"][value="ecommerce"]');
    await popup.keyboard.press('ArrowRight');
    await popup.locator('#in-leads').waitFor();
    await popup.close();
  });

  it('screenshots for the README', async () => {
    if (!process.env['UPDATE_SCREENSHOTS']) return;
    const dir = path.join(ROOT, 'docs/screenshots');
    mkdirSync(dir, { recursive: true });
    // The worked example with the photos dated this month, so this month's figures are the model's.
    const today = await h.worker.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const shop = structuredClone(clothingProfile);
    shop.costs = shop.costs.map((c) => (c.kind === 'oneOff' ? { ...c, date: today } : c));
    (shop.margin as { rules: unknown[] }).rules = [{ match: 'contains', pattern: 'Baby bottles', margin: 0.18 }];
    // No draft left by earlier tests: the page as a user sees it after saving.
    await wipeStorage(h);
    await setSettings(h, settingsWith([shop, smallShopProfile]));
    const page = await openOptions(h);
    await page.screenshot({ path: path.join(dir, 'options.png') });
    await page.close();
    const popup = await openPopup(h, 600);
    await roiIn(popup, { spend: '2500', revenue: '15000', conversions: '75' });
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await popup.screenshot({ path: path.join(dir, 'popup.png'), fullPage: true });
    await popup.close();
  });
});
