import { afterEach, describe, expect, it } from 'vitest';
import type { PanelLayoutStorage } from '../../components/overlay/panel-layout-store';
import { defaultSettings } from '../../lib/settings';
import { loadFixture } from './load-fixture';
import { overlayOn, stopOverlays } from './overlay-start';

afterEach(stopOverlays);

/** A storage.local stand-in holding the panel's key. */
function memoryStorage(initial: unknown) {
  const box = { value: initial, saves: 0 };
  const storage: PanelLayoutStorage = {
    load: async () => structuredClone(box.value),
    save: async (v) => {
      box.value = structuredClone(v);
      box.saves++;
    },
  };
  return { box, storage };
}

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

async function start(storage?: PanelLayoutStorage, stored = true) {
  const page = loadFixture('google-ads/campaigns_en_usd.html');
  const { document } = page;
  const s = defaultSettings();
  s.profiles[0]!.currency = 'USD';
  const overlay = overlayOn(page, { panelLayout: storage });
  overlay.setSettings(s, { stored, unreadable: [] });
  overlay.flush();
  await tick();
  const root = document.querySelector('real-roi-panel')!.shadowRoot!;
  return { document, root, q: <T extends Element>(sel: string) => root.querySelector(sel) as T | null };
}

describe('summary panel: chip, open, move, remembered per platform', () => {
  it('starts as a chip with the total real ROI, and opens and closes on demand with the focus following', async () => {
    const { root, q } = await start();
    const chip = q<HTMLButtonElement>('[data-panel="chip"]')!;
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    const total = root.ownerDocument.querySelector('[data-real-roi-row="total"]')!.shadowRoot!.textContent!.trim();
    expect(q('[data-panel="chip-roi"]')!.textContent).toBe(total);
    expect(q('.body')).toBeNull();
    chip.click();
    await tick();
    expect(q('.body')).not.toBeNull();
    const collapse = q<HTMLButtonElement>('[data-panel="collapse"]')!;
    expect(root.activeElement).toBe(collapse);
    collapse.click();
    await tick();
    expect(q('.body')).toBeNull();
    expect(root.activeElement).toBe(q('[data-panel="chip"]'));
  });

  it('Escape anywhere in the open panel closes it to the chip and gives the focus back to the chip', async () => {
    const { box, storage } = memoryStorage({});
    const { root, q } = await start(storage);
    q<HTMLButtonElement>('[data-panel="chip"]')!.click();
    await tick();
    // From a control that is not the close button: the key works wherever the focus is in the panel.
    const move = q<HTMLButtonElement>('[data-panel="move"]')!;
    move.focus();
    const { KeyboardEvent } = root.ownerDocument.defaultView! as unknown as typeof globalThis;
    const key = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true });
    let reachedPage = false;
    root.ownerDocument.addEventListener('keydown', () => (reachedPage = true), { once: true });
    move.dispatchEvent(key);
    await tick();
    expect(q('.body')).toBeNull();
    expect(root.activeElement).toBe(q('[data-panel="chip"]'));
    expect(reachedPage).toBe(false);
    expect(box.value).toEqual({ 'google-ads': { expanded: false, corner: 'bottom-right' } });
    // Other keys leave the panel alone.
    q<HTMLButtonElement>('[data-panel="chip"]')!.click();
    await tick();
    q<HTMLButtonElement>('[data-panel="collapse"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    await tick();
    expect(q('.body')).not.toBeNull();
  });

  it('"Move" steps through the corners, and the layout is saved under its own key for this platform only', async () => {
    const { box, storage } = memoryStorage({ meta: { expanded: true, corner: 'top-left' } });
    const { q } = await start(storage);
    q<HTMLButtonElement>('[data-panel="chip"]')!.click();
    await tick();
    const panel = () => q<HTMLElement>('[data-real-roi-panel]')!;
    expect(panel().dataset['corner']).toBe('bottom-right');
    q<HTMLButtonElement>('[data-panel="move"]')!.click();
    await tick();
    expect(panel().dataset['corner']).toBe('bottom-left');
    expect(panel().style.left).toBe('16px');
    expect(panel().style.bottom).toBe('16px');
    expect(box.value).toEqual({ meta: { expanded: true, corner: 'top-left' }, 'google-ads': { expanded: true, corner: 'bottom-left' } });
  });

  it('a stored layout is how the panel comes back', async () => {
    const { storage } = memoryStorage({ 'google-ads': { expanded: true, corner: 'top-right' } });
    const { q } = await start(storage);
    const panel = q<HTMLElement>('[data-real-roi-panel]')!;
    expect(q('.body')).not.toBeNull();
    expect(panel.dataset['corner']).toBe('top-right');
    expect(panel.style.top).toBe('16px');
    expect(panel.style.right).toBe('16px');
  });

  it('while nothing is saved, the open panel marks its figures provisional (≈) as the badges do', async () => {
    const { root, q } = await start(undefined, false);
    q<HTMLButtonElement>('[data-panel="chip"]')!.click();
    await tick();
    const total = root.ownerDocument.querySelector('[data-real-roi-row="total"]')!.shadowRoot!.textContent!.trim();
    expect(total).toMatch(/^≈ /);
    expect(q('[data-panel="roi"]')!.textContent).toBe(total);
    expect(q('[data-panel="net-profit"]')!.textContent).toMatch(/^≈ /);
  });

  it('with saved settings the same figures carry no ≈', async () => {
    const { q } = await start();
    q<HTMLButtonElement>('[data-panel="chip"]')!.click();
    await tick();
    expect(q('[data-panel="roi"]')!.textContent).toMatch(/^-?\d/);
    expect(q('[data-panel="net-profit"]')!.textContent).not.toContain('≈');
  });
});

describe('summary panel: its figures follow the table', () => {
  it('shows the net profit of the latest pass when the ROI does not move (no conversion value: −100 % at any spend)', async () => {
    const { document, q } = await start();
    const cell = (field: string) =>
      document.querySelector(
        `.particle-table-summary-row-table ess-cell[essfield="${field}"] span, .particle-table-summary-row-table ess-cell[essfield="${field}"] .ess-cell-ellipsis`,
      )!;
    const tableTotals = document.querySelector('.particle-table-summary-row-table')!;
    // A day without sales: the total's ROI is −100 % whatever was spent.
    cell('stats.conversion_value').textContent = '$0.00';
    cell('stats.conversions').textContent = '0.00';
    cell('stats.conversion_value_per_cost').textContent = '0.00';
    q<HTMLButtonElement>('[data-panel="chip"]')!.click();
    await tick(300);
    expect(q('[data-panel="roi"]')!.textContent).toContain('-100');
    const before = q('[data-panel="net-profit"]')!.textContent;
    // The page refreshes its figures: more spent, still nothing sold.
    cell('stats.cost').textContent = '$9,000.00';
    await tick(300);
    expect(tableTotals.querySelector('[data-real-roi-row="total"]')!.getAttribute('data-roi')).toBe('-1');
    expect(q('[data-panel="net-profit"]')!.textContent).not.toBe(before);
    expect(q('[data-panel="net-profit"]')!.textContent).toContain('9,000.00');
  });
});
