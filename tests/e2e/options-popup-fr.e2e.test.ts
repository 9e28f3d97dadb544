/**
 * The options page and the popup in a French browser (fr-FR): French texts,
 * French number formats, and axe on the French pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, setSettings, type Harness } from './harness';
import { expectFullProfileClean, openOptions, openPopup, plain, seriousViolations } from './extension-pages';
import { clothingProfile, settingsWith, usdProfile } from './settings-fixtures';

describe('in French (browser language fr-FR)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ locale: 'fr-FR' });
    await setSettings(h, settingsWith([clothingProfile]));
  });
  afterAll(async () => {
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('the extension pages follow the browser language', async () => {
    const page = await openOptions(h);
    expect(await page.evaluate(() => navigator.language)).toBe('fr-FR');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByRole('heading', { name: 'Real ROI : votre marge et vos coûts cachés' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer' }).waitFor();
    await page.fill('#f-profiles-0-margin-default', '140');
    expect(plain(await page.locator('#f-profiles-0-margin-default-error').textContent())).toBe('Doit être au plus 100 %.');
    await page.close();
  });

  it('axe finds no serious or critical violation with accounts, rules and every cost kind listed (French)', async () => {
    await setSettings(h, settingsWith([usdProfile, clothingProfile]));
    const page = await openOptions(h);
    try {
      await expectFullProfileClean(page, 'Supprimer le compte 1');
    } finally {
      await page.close();
      // The next test works on the clothing shop alone, as set up in beforeAll.
      await setSettings(h, settingsWith([clothingProfile]));
    }
  });

  it('the popup shows French texts and French number formats', async () => {
    const popup = await openPopup(h);
    await popup.getByRole('heading', { name: 'Calculatrice Real ROI' }).waitFor();
    await popup.fill('#in-spend', '2 500');
    await popup.fill('#in-revenue', '15000,00');
    await popup.fill('#in-conversions', '75');
    const roi = popup.locator('[data-result="roi"] .value');
    await roi.waitFor();
    // The photos are dated 2025-11-10: take the model's period, November 2025.
    await popup.locator('details.costs-details > summary').click();
    await popup.fill('#period-start', '2025-11-01');
    await popup.fill('#period-end', '2025-11-30');
    await popup.locator('[data-result="roi"] .value', { hasText: '107,1' }).waitFor();
    expect(plain(await roi.textContent())).toBe('107,1 %');
    expect(plain(await popup.locator('[data-result="netProfit"] .value').textContent())).toBe('4 655,00 €');
    expect(plain(await popup.locator('[data-result="gainRatio"] .value').textContent())).toBe('2,07 : 1');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });
});
