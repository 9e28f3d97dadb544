import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, openFixture, openPanel, setSettings, waitForBadges, type Harness } from './harness';
import { clothingProfile, settingsWith } from './settings-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await launch({ locale: 'fr-FR' });
});
afterAll(async () => {
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

it('a French browser gets French texts and French number formats in the overlay', async () => {
  await setSettings(h, settingsWith([clothingProfile]));
  const page = await openFixture(h, 'google-ads/campaigns_worked_example.html');
  const [row] = await waitForBadges(page, ['campaign:22334455667']);
  expect(row!.text.replace(/[\u00a0\u202f]/g, ' ')).toBe('107,1 %');
  await openPanel(page);
  const panel = page.locator('real-roi-panel .panel');
  await expect.poll(() => panel.textContent()).toContain('ROI réel');
  expect((await panel.textContent())!.replace(/[\u00a0\u202f]/g, ' ')).toContain('4 655,00 €');
  await page.locator('[data-real-roi-row="campaign:22334455667"] button').hover();
  const tip = await page.locator('real-roi-tooltip .tip').textContent();
  expect(tip).toContain('Bénéfice net');
  expect(tip).toContain('ROAS de rentabilité');
  await page.close();
});

it('the language chosen in the settings wins over the browser’s', async () => {
  await setSettings(h, settingsWith([clothingProfile], { language: 'en' }));
  const page = await openFixture(h, 'google-ads/campaigns_worked_example.html');
  await openPanel(page);
  const panel = page.locator('real-roi-panel .panel');
  await expect.poll(() => panel.textContent()).toContain('Real ROI');
  await expect.poll(() => panel.textContent()).toContain('Net profit');
  await page.close();
});
