/** What the overlay's figures rest on: provisional, saved, or blocked by a setting that could not be read. */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, readStored } from '../../lib/settings';
import { loadFixture } from './load-fixture';
import { overlayOn, settings, startOnFixture, stopOverlays } from './overlay-start';

afterEach(stopOverlays);

describe('what the figures rest on (happy-dom)', () => {
  const badgeText = (h: Element) => h.shadowRoot?.querySelector('.badge')?.textContent ?? '';

  /** The panel starts as a chip; what it says is inside the open panel. */
  async function openPanel(document: Document) {
    const root = document.querySelector('real-roi-panel')!.shadowRoot!;
    (root.querySelector('[data-panel="chip"]') as HTMLButtonElement | null)?.click();
    await new Promise((r) => setTimeout(r, 20));
    return root;
  }

  it('nothing saved yet: every number is marked as provisional, on the badge; a save removes the marks', async () => {
    const { overlay, hosts, document } = startOnFixture('google-ads/campaigns_en_usd.html');
    const usd = defaultSettings();
    usd.profiles[0]!.currency = 'USD';
    overlay.setSettings(usd, { stored: false, unreadable: [] });
    overlay.flush();
    const numbered = hosts().filter((h) => h.getAttribute('data-roi') !== 'na');
    expect(numbered.length).toBeGreaterThan(1);
    for (const h of numbered) {
      expect(h.getAttribute('data-roi-basis')).toBe('assumed');
      expect(badgeText(h)).toMatch(/^≈ /);
      expect(h.shadowRoot?.querySelector('.badge')?.classList.contains('assumed')).toBe(true);
    }
    const panel = await openPanel(document);
    expect(panel.querySelector('[data-basis="assumed"]')?.textContent).toContain('assume a 30% margin and no hidden cost');

    overlay.setSettings(usd);
    overlay.flush();
    for (const h of hosts()) {
      expect(h.hasAttribute('data-roi-basis')).toBe(false);
      expect(badgeText(h)).not.toContain('≈');
    }
    expect(panel.querySelector('[data-basis]')).toBeNull();
  });

  it('the toolbar count of rows below target rests on saved settings only', () => {
    const asked: number[] = [];
    const overlay = overlayOn(loadFixture('google-ads/campaigns_en_usd.html'), {
      onSteer: (request) => {
        asked.push(request.below);
        return Promise.resolve({});
      },
    });
    const usd = defaultSettings();
    usd.profiles[0]!.currency = 'USD';
    usd.targetRoi = 100; // every row is below such a target
    overlay.setSettings(usd, { stored: false, unreadable: [] });
    overlay.flush();
    expect(asked.at(-1)).toBe(0);
    overlay.setSettings(usd);
    overlay.flush();
    expect(asked.at(-1)).toBeGreaterThan(0);
  });

  it('a cost that could not be read: no number anywhere, and the panel names it', async () => {
    const { overlay, hosts, document } = startOnFixture('google-ads/campaigns_en_usd.html');
    const raw = structuredClone(settings()) as unknown as { profiles: { costs: { amount: number }[] }[] };
    raw.profiles[0]!.costs[0]!.amount = -300;
    const read = readStored(raw);
    overlay.setSettings(read.settings, read);
    overlay.flush();
    expect(hosts().length).toBeGreaterThan(1);
    for (const h of hosts()) {
      expect(h.getAttribute('data-roi')).toBe('na');
      expect(h.getAttribute('data-roi-reason')).toBe('settings-repaired');
      expect(badgeText(h)).not.toMatch(/\d/);
    }
    const panel = await openPanel(document);
    const note = panel.querySelector('[data-problem="settings-repaired"]')!;
    expect(note.textContent).toContain('the cost “Tools” has a negative amount');
    expect(note.querySelector('[data-action="fix-settings"]')).not.toBeNull();
    expect(panel.querySelector('[data-panel="roi"]')).toBeNull();
  });
});
