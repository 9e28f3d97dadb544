// Benchmark page: a Meta Ads Manager campaigns table (FixedDataTable grid)
// that the page itself inserts on demand, horizontally virtualized (a row
// renders its frozen cells plus only the scrolling cells that intersect the
// 940 px viewport), with the exact markup of the Meta fixtures:
//   - the page chrome (styles, top bar, level tabs, toolbar with the date
//     text) is taken verbatim from tests/fixtures/meta/virtualized_scroll.html;
//   - cells, header cells and row groups come from tests/fixtures/meta/core.js,
//     embedded verbatim as the fixture generator embeds it in the harness page;
//   - the grid, header-row, row and footer wrappers are `shell()`
//     (bench-meta-shell.mjs), a copy of tests/fixtures/meta/generator/grid.mjs
//     `gridHtml` / `rowHtml`. `checkShellAgainstFixture()`
//     rebuilds virtualized_scroll.html's grid with it and requires a
//     byte-identical result, so the copy cannot drift from the fixtures.
//
// window.__bench (all timed functions force layout and return their own ms):
//   insert(n, { nodes })  build, attach and lay out the grid: n campaigns,
//                         `nodes` row elements (default n: every row attached;
//                         fewer: FixedDataTable's recycled row buffer, node k
//                         draws row r with r % nodes = k) + the footer.
//   scrollColumns(k)      scroll horizontally by k column steps (the next
//                         scrolling column's left edge, clamped to the end):
//                         cells that leave the viewport are removed, cells that
//                         enter it are created, in every row and the footer.
//   scrollRows(n)         scroll vertically by n rows (recycled nodes: the
//                         nodes of the rows that enter get their cells redrawn).
//   expectBadges(count)   window.__badgesDone: resolves (performance.now())
//                         once `count` badge hosts were added.
//   expectPass(idleMs)    window.__passDone: resolves once the overlay's pass
//                         has run: at the first badge attribute change
//                         (data-roi / data-real-roi-row), else idleMs after
//                         the step (call __bench.armIdle() right after it).
//   badgeReport()         badges present, `na` badges by reason, scroll state.
import { benchCampaigns } from './bench-meta-data.mjs';
import { benchMain } from './bench-meta-main.mjs';
import { CORE_EXPORTS, checkShellAgainstFixture, HEADER_H, read, ROW_H, shell } from './bench-meta-shell.mjs';

const FIXTURE_ACT = '1234567890123456';
export const META_BENCH_ACCOUNT = '1000000000000001';
export const META_BENCH_URL = `https://adsmanager.facebook.com/adsmanager/manage/campaigns?act=${META_BENCH_ACCOUNT}&nav_source=no_referrer`;
/** 18 header columns (3 frozen); Purchase ROAS is on screen at scroll 0 (scroll lefts 570–790 of 940). */
export const META_BENCH_COLUMNS = [
  'checkbox',
  'toggle',
  'name',
  'delivery',
  'spend',
  'purchases',
  'value',
  'roas',
  'results',
  'reach',
  'impressions',
  'cpr',
  'budget',
  'bid',
  'cpp',
  'linkClicks',
  'cpc',
  'end',
];

export function metaBenchHtml() {
  checkShellAgainstFixture();
  const fixture = read('virtualized_scroll.html');
  const grid = fixture.indexOf('<div class="_3h1i');
  // The chrome up to the grid's place in div._main (styles, top bar, tabs, toolbar with "Last 30 days: …").
  let chrome = fixture
    .slice(0, grid)
    .replace(/<meta name="fixture-url" content="[^"]*">/, `<meta name="fixture-url" content="${META_BENCH_URL.replace(/&/g, '&amp;')}">`)
    .replace(`Northwind Outdoor (${FIXTURE_ACT})`, `Bench account (${META_BENCH_ACCOUNT})`);
  if (chrome.includes(FIXTURE_ACT) || !chrome.includes('class="_1uz0"')) throw new Error('virtualized_scroll.html chrome changed');
  const opts = { act: META_BENCH_ACCOUNT, view: 940, columns: META_BENCH_COLUMNS, rowH: ROW_H };
  return `${chrome}</div>
</div>
<script>
(function () {
${read('core.js')}
var core = { ${CORE_EXPORTS.split(', ')
    .map((k) => `${k}: ${k}`)
    .join(', ')} };
var shell = (${shell.toString()})(core, ${HEADER_H}, ${ROW_H});
(${benchMain.toString()})(core, shell, ${benchCampaigns.toString()}, ${JSON.stringify(opts)});
})();
</script>
</body>
</html>
`;
}
