import { afterEach, describe, expect, it, vi } from 'vitest';
import { googleAdsAdapter } from '../../lib/platforms/google-ads';
import { loadFixture } from './load-fixture';
import { overlayOn, settings, startOnFixture, stopOverlays } from './overlay-start';

afterEach(stopOverlays);

describe('overlay rendering loop (happy-dom)', () => {
  it('renders one badge per row plus the total, and a second pass adds nothing', () => {
    const { overlay, hosts, document } = startOnFixture('google-ads/campaigns_en_usd.html');
    const first = hosts();
    expect(first.map((h) => h.getAttribute('data-real-roi-row'))).toContain('total');
    overlay.invalidate();
    overlay.flush();
    expect(hosts()).toEqual(first);
    expect(document.querySelectorAll('real-roi-panel')).toHaveLength(1);
  });

  it('badges do not pollute the cell text the adapter reads', () => {
    const { overlay, document, window } = startOnFixture('google-ads/campaigns_en_usd.html');
    const before = JSON.stringify(
      googleAdsAdapter.readRow(
        googleAdsAdapter.readContext(document, new URL(window.location.href)),
        document.querySelector('.particle-table-row:not(.particle-table-header):not(.particle-table-summary-row)')!,
      ),
    );
    overlay.flush();
    const after = JSON.stringify(
      googleAdsAdapter.readRow(
        googleAdsAdapter.readContext(document, new URL(window.location.href)),
        document.querySelector('.particle-table-row:not(.particle-table-header):not(.particle-table-summary-row)')!,
      ),
    );
    expect(after).toBe(before);
  });

  it('re-reads a changed row and re-keys a re-used row element', async () => {
    const { document, hosts, roiOf } = startOnFixture('google-ads/campaigns_en_usd.html');
    const row = document.querySelector('.particle-table-row[role="row"]:not(.particle-table-header):not(.particle-table-summary-row)')!;
    const key = row.querySelector('[data-real-roi-row]')!.getAttribute('data-real-roi-row')!;
    const before = roiOf(key);
    const cost = row.querySelector('ess-cell[essfield="stats.cost"] span, ess-cell[essfield="stats.cost"] .ess-cell-ellipsis')!;
    cost.textContent = '$9,999.00';
    // The mutation observer's pass is debounced: wait for it rather than for a fixed time (flaky under load).
    await vi.waitFor(() => expect(roiOf(key)).not.toBe(before), { timeout: 5_000 });

    const link = row.querySelector('a[href*="campaignId="]')!;
    link.setAttribute('href', '/aw/adgroups?campaignId=777&ocid=1');
    await vi.waitFor(() => expect(row.querySelector('[data-real-roi-row]')!.getAttribute('data-real-roi-row')).toBe('campaign:777'), { timeout: 5_000 });
    expect(row.querySelectorAll('[data-real-roi-row]')).toHaveLength(1);
    expect(hosts().filter((h) => h.getAttribute('data-real-roi-row') === key)).toHaveLength(0);
  });

  it('removes the badges of rows that disappear, and everything off the table pages', () => {
    const { overlay, document, window, hosts } = startOnFixture('google-ads/campaigns_en_usd.html');
    const n = hosts().length;
    document.querySelector('.particle-table-row[role="row"]:not(.particle-table-header):not(.particle-table-summary-row)')!.remove();
    overlay.flush();
    expect(hosts()).toHaveLength(n - 1);
    window.history.pushState({}, '', '/aw/overview?ocid=1');
    overlay.flush();
    expect(hosts()).toHaveLength(0);
    expect(document.querySelector('real-roi-panel')).toBeNull();
  });

  it('a hidden Cost column gives n/a with the reason on every row', () => {
    const { hosts } = startOnFixture('google-ads/campaigns_no_cost.html');
    for (const h of hosts()) {
      expect(h.getAttribute('data-roi')).toBe('na');
      expect(h.getAttribute('data-roi-reason')).toBe('spend-column-missing');
    }
  });
});

describe('an unreadable period', () => {
  it('is never guessed: rows say why, and the period typed in the panel completes them', async () => {
    const page = loadFixture('google-ads/campaigns_en_usd.html');
    const { window, document } = page;
    const button = document.querySelector(
      '.dropdown-and-comparison .button-text, .menu-lookalike span.button-text, dropdown-button.menu-trigger.primary-range .button',
    )!;
    button.textContent = 'All time';
    const overlay = overlayOn(page);
    overlay.setSettings(settings());
    overlay.flush();
    const hosts = () => Array.from(document.querySelectorAll('[data-real-roi-row]'));
    expect(hosts().map((h) => h.getAttribute('data-roi'))).toEqual(hosts().map(() => 'na'));
    expect(hosts().filter((h) => h.getAttribute('data-roi-reason') === 'period-unknown').length).toBeGreaterThan(3);

    const root = document.querySelector('real-roi-panel')!.shadowRoot!;
    // The panel starts as a chip: the period form is inside the open panel.
    (root.querySelector('[data-panel="chip"]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 20));
    const [start, end] = Array.from(root.querySelectorAll('input[type="date"]')) as HTMLInputElement[];
    const type = (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    };
    type(start!, '2024-12-16');
    type(end!, '2024-12-01');
    root.querySelector('form')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }) as unknown as Event);
    await new Promise((r) => setTimeout(r, 60));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('on or before');
    expect(hosts().every((h) => h.getAttribute('data-roi') === 'na')).toBe(true);

    type(end!, '2025-01-14');
    root.querySelector('form')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }) as unknown as Event);
    await new Promise((r) => setTimeout(r, 80));
    overlay.flush();
    const roi = hosts().map((h) => h.getAttribute('data-roi'));
    expect(roi.filter((x) => x !== 'na').length).toBeGreaterThan(0);
    expect(root.querySelector('[data-panel="period"]')!.textContent).toContain('entered by you');
    // The popup's "use this page's totals" gets the period the total badge was computed over.
    expect(overlay.pageTotals()?.period).toEqual({ start: '2024-12-16', end: '2025-01-14' });
  });
});

describe('a page the adapter cannot read', () => {
  it('removes the badges and says so instead of breaking or leaving stale numbers', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const page = loadFixture('google-ads/campaigns_en_usd.html');
    const { document } = page;
    let broken = false;
    const adapter = {
      ...googleAdsAdapter,
      readRow: (ctx: Parameters<typeof googleAdsAdapter.readRow>[0], row: Element) => {
        if (broken) throw new Error('unexpected markup');
        return googleAdsAdapter.readRow(ctx, row);
      },
    };
    const overlay = overlayOn(page, { adapter });
    overlay.setSettings(settings());
    overlay.flush();
    expect(document.querySelectorAll('[data-real-roi-row]').length).toBeGreaterThan(0);
    broken = true;
    overlay.invalidate();
    expect(() => overlay.flush()).not.toThrow();
    expect(document.querySelectorAll('[data-real-roi-row]')).toHaveLength(0);
    const panel = document.querySelector('real-roi-panel')!.shadowRoot!;
    expect(panel.textContent).toContain('could not read this table');
    expect(errors).toHaveBeenCalled();
  });
});

describe('steering text and the settings', () => {
  it('is asked again after a settings change: the background writes it in the language and against the target of the settings', async () => {
    const page = loadFixture('google-ads/campaigns_en_usd.html');
    const onSteer = vi.fn(async () => ({}));
    const overlay = overlayOn(page, { onSteer, debounceMs: 60_000 });
    const s = settings();
    overlay.setSettings(s);
    overlay.flush();
    overlay.flush();
    expect(onSteer).toHaveBeenCalledTimes(1);
    // Same figures, other words: French; then the same with another target (the drift is measured against it).
    overlay.setSettings({ ...s, language: 'fr' });
    overlay.flush();
    expect(onSteer).toHaveBeenCalledTimes(2);
    overlay.setSettings({ ...s, language: 'fr', targetRoi: 100 });
    overlay.flush();
    expect(onSteer).toHaveBeenCalledTimes(3);
  });
});
