// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PopupDeps } from '../../../components/popup/deps';
import type { PageTotals } from '../../../lib/messages';
import { computeTable, lifetimeOfRow } from '../../../lib/roi';
import { exampleSettings } from '../options/fixtures';

function setup(opts: { settings?: unknown; totals?: PageTotals | null; language?: string } = {}) {
  const deps: PopupDeps = {
    getItem: async () => ('settings' in opts ? opts.settings : exampleSettings()),
    getPageTotals: async () => opts.totals ?? null,
    openOptions: () => {},
    browserLanguage: opts.language ?? 'en-US',
    // Worked example 1 is in November 2025: the default period is that month.
    now: () => new Date(2025, 10, 20, 12),
  };
  render(<PopupApp deps={deps} />);
}

const type = (id: string, value: string) => fireEvent.input(document.getElementById(id)!, { target: { value } });
const result = (key: string) => document.querySelector(`[data-result="${key}"] .value`)?.textContent?.replace(/[\u00a0\u202f]/g, ' ');

afterEach(cleanup);

describe('popup calculator', () => {
  it('e-commerce: worked example 1 shows ROI 107.1 % with each result explained', async () => {
    setup();
    await screen.findByLabelText('Ad spend');
    expect((document.getElementById('in-margin') as HTMLInputElement).value).toBe('60');
    screen.getByText('The results appear once these are filled in: Ad spend, Revenue.');
    type('in-spend', '2500');
    type('in-revenue', '15000');
    type('in-conversions', '75');
    await waitFor(() => expect(result('roi')).toBe('107.1%'));
    expect(result('netProfit')).toBe('€4,655.00');
    expect(result('gainRatio')).toBe('2.07 : 1');
    expect(result('poas')).toBe('3.30');
    expect(result('breakEvenRoas')).toBe('2.61');
    expect(result('platformRoas')).toBe('6.00');
    screen.getByText('Net profit per unit of total cost, every hidden cost included. Your target: 50%.');
    expect(screen.getByTestId('results').getAttribute('aria-live')).toBe('polite');
  });

  it('says what is missing instead of leaving a cost out', async () => {
    setup();
    await screen.findByLabelText('Ad spend');
    type('in-spend', '2500');
    type('in-revenue', '15000');
    await screen.findByText(/Not computed, so that no cost is left out: a cost is per conversion/);
    expect(result('roi')).toBeUndefined();
  });

  it('what if: an edited cost changes the result, and resets to the profile', async () => {
    setup();
    await screen.findByLabelText('Ad spend');
    type('in-spend', '2500');
    type('in-revenue', '15000');
    type('in-conversions', '75');
    type('cost-2-amount', '0');
    await waitFor(() => expect(result('roi')).toBe('122.5%'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset the costs to the profile' }));
    await waitFor(() => expect(result('roi')).toBe('107.1%'));
  });

  it('fills in the page’s totals and uses the profile of its account', async () => {
    setup({
      totals: {
        platform: 'google-ads',
        accountId: '3216540987',
        currency: 'EUR',
        period: { start: '2025-11-01', end: '2025-11-30' },
        spend: 2500,
        conversions: 75,
        conversionValue: 15000,
        platformRoas: 6,
        margin: null,
        fixedCostsShared: false,
      },
    });
    const button = await screen.findByRole('button', { name: 'Use this page’s totals' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(result('roi')).toBe('107.1%'));
    screen.getByText(/Filled with the page’s totals \(Nov 1 – 30, 2025\)/);
  });

  it('disables the page button off an ad page, with the reason', async () => {
    setup();
    const button = await screen.findByRole('button', { name: 'Use this page’s totals' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.getAttribute('aria-describedby')).toBe('fill-note');
    screen.getByText('On a Google Ads or Meta campaign table, this fills in its totals.');
  });

  it('leads and lifetime modes', async () => {
    setup();
    fireEvent.click(await screen.findByLabelText('Leads'));
    type('in-spend', '1000');
    type('in-leads', '40');
    type('in-closeRate', '25');
    type('in-dealValue', '1200');
    await waitFor(() => expect(result('valuePerLead')).toBe('€300.00'));
    expect(result('maxCostPerLead')).toMatch(/^€\d/);
  });

  it('lifetime mode: the worked example typed as one customer gives 188 %', async () => {
    const settings = exampleSettings();
    settings.profiles[0]!.costs = [];
    setup({ settings });
    fireEvent.click(await screen.findByLabelText('Lifetime value'));
    // One new customer won for a CAC of 150 with an order of 80, margin 45 %, 4 orders a year for 3 years.
    type('in-spend', '150');
    type('in-revenue', '80');
    type('in-conversions', '1');
    type('in-margin', '45');
    type('in-purchasesPerYear', '4');
    type('in-years', '3');
    await waitFor(() => expect(result('lifetimeRoi')).toBe('188.0%'));
    expect(result('firstOrderRoi')).toBe('-76.0%');
    expect(result('cac')).toBe('€150.00');
    expect(result('clv')).toBe('€960.00');
    expect(result('maxCac')).toBe('€432.00');
    expect(result('payback')).toBe('12.5 months');
    type('in-years', '0.1');
    await screen.findByText('Orders per year × years must come to at least 1 order: the first one.');
  });

  it('lifetime mode: the page’s totals give the figure the table’s LTV badge shows, through the same engine function', async () => {
    const settings = exampleSettings();
    const lifetime = { purchasesPerYear: 2, years: 3, newCustomerShare: 0.6 };
    settings.profiles[0]!.lifetime = lifetime;
    const totals = {
      platform: 'google-ads' as const,
      accountId: '3216540987',
      currency: 'EUR',
      period: { start: '2025-11-01', end: '2025-11-30' },
      spend: 2500,
      conversions: 75,
      conversionValue: 15000,
      platformRoas: 6,
      margin: null,
      fixedCostsShared: false,
    };
    setup({ settings, totals });
    fireEvent.click(await screen.findByLabelText('Lifetime value'));
    const button = await screen.findByRole('button', { name: 'Use this page’s totals' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    fireEvent.click(button);
    // The table's totals badge: the whole table is its own allocation base, so it carries every fixed cost.
    const table = computeTable({
      rows: [],
      totals: { spend: 2500, conversions: 75, conversionValue: 15000, platformRoas: 6 },
      profile: settings.profiles[0]!,
      period: totals.period,
      currency: 'EUR',
    });
    const life = lifetimeOfRow(table.totals!, lifetime);
    if (life.status !== 'ok' || life.lifetimeRoi === null) throw new Error('the engine gives no lifetime ROI');
    await waitFor(() => expect(result('lifetimeRoi')).toBe(`${(life.lifetimeRoi! * 100).toFixed(1)}%`));
    expect((document.getElementById('in-purchasesPerYear') as HTMLInputElement).value).toBe('2');
    expect((document.getElementById('in-newCustomerShare') as HTMLInputElement).value).toBe('60');
  });

  it('in French: texts and number formats', async () => {
    setup({ language: 'fr-FR' });
    await screen.findByLabelText('Dépenses publicitaires');
    type('in-spend', '2500');
    type('in-revenue', '15 000');
    type('in-conversions', '75');
    await waitFor(() => expect(result('roi')).toBe('107,1 %'));
    expect(result('netProfit')).toBe('4 655,00 €');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('shows an unreadable number as an error at its field', async () => {
    setup();
    await screen.findByLabelText('Ad spend');
    type('in-spend', 'abc');
    await screen.findByText('Enter a number, for example 12.5.');
    screen.getByText('Fix the fields marked in red to see the results.');
  });

  it('nothing saved yet: results are marked as provisional and say what they assume', async () => {
    setup({ settings: undefined });
    await screen.findByLabelText('Ad spend');
    type('in-spend', '1000');
    type('in-revenue', '5000');
    await waitFor(() => expect(result('roi')).toBe('≈ 50.0%'));
    const results = document.querySelector('section.results')!;
    expect(results.getAttribute('data-roi-basis')).toBe('assumed');
    expect(results.textContent).toContain('Assumed: 30% margin, no hidden cost entered.');
  });

  it('saved settings: no mark', async () => {
    setup();
    await screen.findByLabelText('Ad spend');
    type('in-spend', '2500');
    type('in-revenue', '15000');
    type('in-conversions', '75');
    await waitFor(() => expect(result('roi')).toBe('107.1%'));
    expect(document.querySelector('section.results')!.hasAttribute('data-roi-basis')).toBe(false);
    expect(document.querySelector('[data-basis]')).toBeNull();
  });

  it('a cost that could not be read: no result, and what could not be read', async () => {
    const raw = structuredClone(exampleSettings()) as unknown as { profiles: { costs: Record<string, unknown>[] }[] };
    raw.profiles[0]!.costs.push({ kind: 'commission', label: 'Marketplace', rate: 0.1 });
    setup({ settings: raw });
    await screen.findByLabelText('Ad spend');
    type('in-spend', '2500');
    type('in-revenue', '15000');
    type('in-conversions', '75');
    const note = await screen.findByRole('alert');
    expect(note.textContent).toContain('a cost of kind “commission” is unknown to this version');
    expect(document.querySelector('[data-result]')).toBeNull();
  });
});
