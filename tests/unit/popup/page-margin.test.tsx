// @vitest-environment happy-dom
/**
 * "Use this page's totals" must give the popup the figure the table's total
 * badge shows: with per-campaign margin rules the total uses the margin
 * blended over its rows, not the profile's default.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PopupDeps } from '../../../components/popup/deps';
import { asPageTotals } from '../../../lib/messages';
import { pageTotals } from '../../../lib/overlay/page-totals';
import { buildModel } from '../../../lib/overlay/view-model';
import type { ExtractedRow } from '../../../lib/platforms/contract/types';
import { exampleSettings } from '../options/fixtures';

const settings = exampleSettings();
settings.profiles[0]!.margin.rules = [{ match: 'contains', pattern: 'Baby', margin: 0.15 }];
const period = { start: '2025-11-01', end: '2025-11-30' };
const row = (key: string, spend: number, n: number, v: number): ExtractedRow => ({
  key,
  name: key,
  spend,
  conversions: n,
  conversionValue: v,
  roas: null,
  pending: [],
});

function tableTotals(babyValue = 6000, coatsValue = 9000, read: typeof period | null = period) {
  const model = buildModel({
    meta: { columns: { spend: true, conversions: true, conversionValue: true, roas: false }, currency: 'EUR', period: read, periodText: 'Nov 1 – 30, 2025' },
    columnLabels: {},
    profile: settings.profiles[0]!,
    profileName: 'Clothing shop',
    targetRoi: settings.targetRoi,
    rows: [row('Baby bottles', 1500, 40, babyValue), row('Coats', 1000, 35, coatsValue)],
    totals: [{ scope: 'table', label: 'Total', spend: 2500, conversions: 75, conversionValue: babyValue + coatsValue, roas: null }],
  });
  // Through the message check, as the popup receives it.
  const totals = asPageTotals(
    JSON.parse(JSON.stringify(pageTotals({ platform: 'google-ads', accountId: '321-654-0987', currency: 'EUR', period: read }, model))),
  );
  return { badge: Number(model.totals!.roiAttr), totals };
}

afterEach(cleanup);

describe('popup filled from a table whose total carries a share of the fixed costs', () => {
  it('says that its figure differs from the total badge, and why', async () => {
    const { totals } = tableTotals();
    const deps: PopupDeps = {
      getItem: async () => settings,
      getPageTotals: async () => (totals ? { ...totals, fixedCostsShared: true } : null),
      openOptions: () => {},
      browserLanguage: 'fr-FR',
      now: () => new Date(2025, 10, 20, 12),
    };
    render(<PopupApp deps={deps} />);
    const button = await screen.findByRole('button', { name: 'Utiliser les totaux de la page' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    expect(document.getElementById('fill-note')?.textContent).not.toContain('coûts fixes');
    fireEvent.click(button);
    await waitFor(() => expect(document.getElementById('fill-note')?.textContent).toContain('ne compte que la part de ce tableau dans vos coûts fixes'));
  });
});

describe('popup filled from a table with margin rules', () => {
  it('shows the real ROI of the table’s total badge', async () => {
    const { badge, totals } = tableTotals();
    const deps: PopupDeps = {
      getItem: async () => settings,
      getPageTotals: async () => totals,
      openOptions: () => {},
      browserLanguage: 'en-US',
      now: () => new Date(2025, 10, 20, 12),
    };
    render(<PopupApp deps={deps} />);
    const button = await screen.findByRole('button', { name: 'Use this page’s totals' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    const shown = () => document.querySelector('[data-result="roi"] .value')?.textContent;
    await waitFor(() => expect(shown()).toBe(`${(badge * 100).toFixed(1)}%`));
  });

  it('carries the blended margin when the total waits for a period the page did not give (the popup asks for it)', () => {
    const { totals } = tableTotals(6000, 9000, null);
    expect(settings.profiles[0]!.costs.some((c) => ['monthly', 'staffTime', 'oneOff'].includes(c.kind))).toBe(true);
    expect(totals!.period).toBeNull();
    expect(totals!.margin).toBe(tableTotals(6000, 9000).totals!.margin);
    expect(totals!.margin).not.toBe(settings.profiles[0]!.margin.default);
  });

  it('shows the blended margin rounded, with a note, and keeps it exact for the result until edited', async () => {
    // Values whose blend has many decimals.
    const { badge, totals } = tableTotals(7000, 4000);
    const blend = totals!.margin!;
    // A blend with more than 2 decimals in percent, else the rounding is not exercised.
    expect(Number((blend * 100).toFixed(2))).not.toBe(blend * 100);
    const deps: PopupDeps = {
      getItem: async () => ({ ...settings, language: 'fr' }),
      getPageTotals: async () => totals,
      openOptions: () => {},
      browserLanguage: 'fr-FR',
      now: () => new Date(2025, 10, 20, 12),
    };
    render(<PopupApp deps={deps} />);
    const button = await screen.findByRole('button', { name: 'Utiliser les totaux de la page' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    const input = (await screen.findByLabelText('Marge (%)')) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe((blend * 100).toFixed(2).replace('.', ',')));
    const note = () => document.getElementById('in-margin-hint')?.textContent ?? null;
    expect(note()).toBe('moyenne des marges du tableau');
    expect(input.getAttribute('aria-describedby')).toContain('in-margin-hint');
    // The result still comes from the exact blend: the total badge's figure.
    const shown = () => document.querySelector('[data-result="roi"] .value')?.textContent;
    await waitFor(() => expect(shown()).toBe(`${(badge * 100).toFixed(1).replace('.', ',')}\u00a0%`));
    // Edited: the user's text stays as typed and the note goes.
    fireEvent.input(input, { target: { value: '40,125' } });
    await waitFor(() => expect(note()).toBeNull());
    expect(input.value).toBe('40,125');
  });
});
