// Benchmark pages: a Google Ads–like campaigns shell whose table the page
// itself inserts on demand, element by element as a framework does
// (docs/platform-dom.md §1.2 structure), so the page's own insert time is
// measured in the same run as the overlay's work.
export const GOOGLE_BENCH_URL = 'https://ads.google.com/aw/campaigns?ocid=1000001&__c=2000002&authuser=0';

export function googleBenchHtml() {
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Campaigns - Bench - Google Ads</title>
<style>
body{margin:0;font:13px Roboto,Arial,sans-serif}
.particle-table-row,.particle-table-header{display:flex;border-bottom:1px solid #e0e0e0;height:38px;align-items:center}
.particle-row-scroll-container{display:flex}
ess-cell,tools-cell,.particle-table-header-cell,header-tools-cell{display:block;width:110px;padding:0 8px;white-space:nowrap;overflow:hidden}
ess-cell[essfield="campaign.name"]{width:240px}
</style></head><body>
<div class="top-bar"><div class="account-info">123-456-7890 Bench account</div>
<div class="dropdown-and-comparison"><span class="button-text">Custom  Nov 1 – 30, 2025</span></div></div>
<tableview><ess-table><ess-particle-table><div id="grid" class="ess-table-canvas" role="grid" aria-label="Campaigns"></div></ess-particle-table></ess-table></tableview>
<script>
const COLS = [
  ['stats.impressions','Impr.'],['stats.clicks','Clicks'],['stats.cost','Cost'],['stats.conversions','Conversions'],
  ['stats.conversion_value','Conv. value'],['stats.conversion_value_per_cost','Conv. value / cost'],
  ['stats.cost_per_conversion','Cost / conv.'],['stats.conversion_rate','Conv. rate'],
];
const money = (c) => '$' + (c / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const el = (tag, attrs, text) => { const e = document.createElement(tag); for (const k in attrs) e.setAttribute(k, attrs[k]); if (text != null) e.textContent = text; return e; };
function figures(i, version) {
  const cost = 5000 + ((i * 7919 + version * 104729) % 400000);
  const conv = 100 + ((i * 31 + version * 17) % 9000);
  const value = Math.round(cost * (0.5 + ((i * 13 + version) % 70) / 10));
  return { cost, conv, value };
}
function cellTexts(i, version) {
  const f = figures(i, version);
  return {
    'stats.impressions': (1000 + i * 37).toLocaleString('en-US'), 'stats.clicks': (50 + i % 900).toLocaleString('en-US'),
    'stats.cost': money(f.cost), 'stats.conversions': (f.conv / 100).toFixed(2), 'stats.conversion_value': money(f.value),
    'stats.conversion_value_per_cost': (f.value / f.cost).toFixed(2), 'stats.cost_per_conversion': money(Math.round(f.cost * 100 / f.conv)),
    'stats.conversion_rate': ((i % 50) / 10).toFixed(2) + '%',
  };
}
function row(i, version) {
  const r = el('div', { class: 'particle-table-row', role: 'row' });
  const tools = el('tools-cell', { role: 'gridcell' }); tools.append(el('mat-checkbox', { role: 'checkbox', 'aria-checked': 'false' })); r.append(tools);
  const name = el('ess-cell', { role: 'gridcell', essfield: 'campaign.name', class: 'resizable' });
  const cn = el('campaign-name', { 'navi-id': 'campaign-table-campaign-name-cell' });
  cn.append(el('a', { class: 'ess-cell-link', href: '/aw/adgroups?campaignId=' + (900000 + i) + '&ocid=1000001' }, 'Campaign ' + i));
  name.append(document.createComment(''), cn); r.append(name);
  const scroll = el('div', { class: 'particle-row-scroll-container' });
  const texts = cellTexts(i, version);
  for (const [f] of COLS) {
    const c = el('ess-cell', { role: 'gridcell', essfield: f, class: 'resizable data-numeric' });
    const t = el('text-field', { class: 'text-field' }); t.append(el('span', {}, texts[f])); c.append(document.createComment(''), t, el('tooltip'));
    scroll.append(c);
  }
  r.append(scroll);
  return r;
}
function header() {
  const h = el('div', { class: 'particle-table-header particle-table-first-header', role: 'row' });
  h.append(el('header-tools-cell', { role: 'columnheader' }), el('div', { role: 'columnheader', class: 'particle-table-header-cell', essfield: 'campaign.name', 'aria-label': 'Campaign' }, 'Campaign'));
  const scroll = el('div', { class: 'particle-row-scroll-container' });
  for (const [f, label] of COLS) {
    const c = el('div', { role: 'columnheader', class: 'particle-table-header-cell data-numeric resizable', essfield: f, 'aria-label': label });
    const t = el('aw-header-cell'); t.append(el('span', { class: 'particle-header-title' }, label), el('i', { 'aria-hidden': 'true' }, 'help_outline'));
    c.append(t); scroll.append(c);
  }
  h.append(scroll);
  return h;
}
function totals(n, label) {
  let cost = 0, conv = 0, value = 0;
  for (let i = 0; i < n; i++) { const f = figures(i, 0); cost += f.cost; conv += f.conv; value += f.value; }
  const r = el('div', { class: 'particle-table-row particle-table-summary-row particle-table-summary-row-table', role: 'row' });
  const lc = el('div', { class: 'particle-table-summary-label-container', role: 'gridcell' });
  const l = el('div', { class: 'particle-table-summary-label' }); l.append(el('span', { class: 'particle-table-segmented-summary-label-text' }, label)); lc.append(l); r.append(lc);
  const scroll = el('div', { class: 'particle-row-scroll-container' });
  const texts = { 'stats.cost': money(cost), 'stats.conversions': (conv / 100).toFixed(2), 'stats.conversion_value': money(value), 'stats.conversion_value_per_cost': (value / cost).toFixed(2) };
  for (const [f] of COLS) { const c = el('ess-cell', { role: 'gridcell', essfield: f }); c.append(el('span', {}, texts[f] ?? '')); scroll.append(c); }
  r.append(scroll);
  return r;
}
window.__bench = {
  /** The page's own insert: build every row, attach, and lay out. Returns ms. */
  insert(n) {
    const grid = document.getElementById('grid');
    const t0 = performance.now();
    const frag = document.createDocumentFragment();
    frag.append(header());
    for (let i = 0; i < n; i++) frag.append(row(i, 0));
    frag.append(totals(n, 'Total: Campaigns'));
    grid.replaceChildren(frag);
    void document.body.offsetHeight;
    return performance.now() - t0;
  },
  /** Change the figures of k rows spread over the table, as a refresh would. Totals stay. */
  change(k, version) {
    const t0 = performance.now();
    const rows = document.querySelectorAll('.particle-table-row:not(.particle-table-summary-row)');
    const step = Math.floor(rows.length / k);
    for (let j = 0; j < k; j++) {
      const i = j * step;
      const texts = cellTexts(i, version);
      for (const cell of rows[i].querySelectorAll('ess-cell[essfield^="stats."] span')) {
        const f = cell.closest('ess-cell').getAttribute('essfield');
        cell.textContent = texts[f];
      }
    }
    void document.body.offsetHeight;
    return performance.now() - t0;
  },
};
</script></body></html>`;
}
