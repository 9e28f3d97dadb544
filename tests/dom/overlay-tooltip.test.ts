/**
 * The breakdown tooltip shows the figures of the badge it belongs to: a pass
 * that changes that row's figures while the tooltip is open changes it too
 * (a breakdown left from before is a stale, wrong figure beside its badge).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startOnFixture, stopOverlays } from './overlay-start';

const DATA_ROW = '.particle-table-row[role="row"]:not(.particle-table-header):not(.particle-table-summary-row)';

afterEach(stopOverlays);

describe('breakdown tooltip (happy-dom)', () => {
  it('follows its row when a pass changes the row while it is open, and only its own row', () => {
    const { overlay, window, document } = startOnFixture('google-ads/campaigns_en_usd.html');
    const [first, second] = Array.from(document.querySelectorAll(DATA_ROW));
    const open = (row: Element) => {
      const button = row.querySelector('[data-real-roi-row]')!.shadowRoot!.querySelector('button')!;
      button.dispatchEvent(new (window as unknown as typeof globalThis).FocusEvent('focus'));
    };
    const tip = () => document.querySelector('real-roi-tooltip')?.shadowRoot?.textContent ?? '';
    const cost = (row: Element) => row.querySelector('ess-cell[essfield="stats.cost"] span, ess-cell[essfield="stats.cost"] .ess-cell-ellipsis')!;
    open(first!);
    const before = tip();
    expect(before).toContain(cost(first!).textContent!.trim());
    cost(first!).textContent = '$1,234.56';
    overlay.flush();
    expect(tip()).toContain('1,234.56');
    expect(tip()).not.toBe(before);
    // Another row's change leaves the open breakdown as it is.
    const shown = tip();
    cost(second!).textContent = '$2,222.22';
    overlay.flush();
    expect(tip()).toBe(shown);
  });
});
