// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Breakdown } from '../../components/overlay/Breakdown';
import { makeFmt } from '../../components/overlay/format-context';
import { overlayTranslator } from '../../lib/i18n/overlay';
import { buildModel } from '../../lib/overlay/view-model';
import type { ExtractedRow } from '../../lib/platforms/contract/types';
import { NOVEMBER, profileWith } from '../shared/profile';

const profile = profileWith([
  { kind: 'monthly', label: 'Tool', amount: 300 },
  { kind: 'perConversion', label: 'Ship', amount: 5 },
]);
const columns = { spend: true, conversions: true, conversionValue: true, roas: true };
const row = (over: Partial<ExtractedRow>): ExtractedRow => ({
  key: 'a',
  name: 'Shoes',
  spend: 100,
  conversions: 10,
  conversionValue: 600,
  roas: null,
  pending: [],
  ...over,
});
const fmt = makeFmt(overlayTranslator('en'), 'en-US', 'EUR', 'percent');

function viewOf(r: ExtractedRow, pageCurrency = 'EUR') {
  return buildModel({
    meta: { columns, currency: pageCurrency, period: NOVEMBER, periodText: '' },
    columnLabels: {},
    rows: [r],
    totals: [],
    profile,
    profileName: 'Shop',
    targetRoi: 0.5,
  }).rows[0]!;
}
const text = () => document.querySelector('.tip')?.textContent?.replace(/[\u00a0\u202f]/g, ' ') ?? '';

afterEach(cleanup);

describe('breakdown', () => {
  it('a complete row lists where the money goes', () => {
    render(<Breakdown view={viewOf(row({}))} fmt={fmt} />);
    // G = 300; C = 100 + 50 + 300 × 100/100 = 450; π = −150.
    expect(text()).toContain('Net profit');
    expect(text()).toContain('-€150.00');
    expect(text()).toContain('Real ROI');
  });

  it('zero purchases (Meta\'s "—") shows the loss and says no purchase was recorded', () => {
    render(<Breakdown view={viewOf(row({ conversions: 0, conversionValue: 0 }))} fmt={fmt} />);
    expect(text()).toContain('No purchase recorded in this period.');
    expect(document.querySelector('[data-note="no-purchase"]')).not.toBeNull();
    cleanup();
    render(<Breakdown view={viewOf(row({}))} fmt={fmt} />);
    expect(text()).not.toContain('No purchase recorded');
  });

  it('an incomplete row shows what was read and why, and no computed figure', () => {
    render(<Breakdown view={viewOf(row({ conversions: null }))} fmt={fmt} />);
    const t = text();
    expect(t).toContain('conversions not readable in this row');
    expect(t).toContain('€600.00'); // the value read
    expect(t).toContain('€100.00'); // the spend read
    for (const word of ['Net profit', 'Total cost', 'Gross margin', 'Real ROI', 'Break-even', 'Tool', 'Ship']) expect(t).not.toContain(word);
  });

  it("a page in another currency than the profile: its amounts are not shown in the profile's currency", () => {
    // The page says $600 and $100; printing "€600.00" would be a figure the page never showed.
    render(<Breakdown view={viewOf(row({ roas: 6 }), 'USD')} fmt={fmt} />);
    const t = text();
    expect(t).toContain('page currency differs from the cost profile');
    expect(t).not.toContain('€');
    expect(t).toContain('6.00'); // the platform ROAS has no currency
  });

  it('a row that spent nothing says so, with what was read and neither the missing-input nor the no-purchase note', () => {
    // Beside a row with spend, the idle row gets no share of the tool: it cost nothing at all.
    const idle = row({ key: 'idle', name: 'Paused', spend: 0, conversions: 0, conversionValue: 0 });
    const model = buildModel({
      meta: { columns, currency: 'EUR', period: NOVEMBER, periodText: '' },
      columnLabels: {},
      rows: [idle, row({})],
      totals: [],
      profile,
      profileName: 'Shop',
      targetRoi: 0.5,
    });
    render(<Breakdown view={model.rows[0]!} fmt={fmt} />);
    expect(document.querySelector('.tip .reason')?.textContent).toBe('nothing spent in this period');
    expect(text()).toContain('Ad spend€0.00');
    expect(document.querySelectorAll('.tip .note')).toHaveLength(0);
    expect(text()).not.toContain('Real ROI');
    cleanup();
    render(<Breakdown view={model.rows[0]!} fmt={makeFmt(overlayTranslator('fr'), 'fr-FR', 'EUR', 'percent')} />);
    expect(document.querySelector('.tip .reason')?.textContent).toBe('rien dépensé sur cette période');
  });
});
