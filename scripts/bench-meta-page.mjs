// Benchmark page: a Meta Ads Manager campaigns table (FixedDataTable grid)
// that the page itself inserts on demand, horizontally virtualized (a row
// renders its frozen cells plus only the scrolling cells that intersect the
// 940 px viewport), with the exact markup of the Meta fixtures:
//   - the page chrome (styles, top bar, level tabs, toolbar with the date
//     text) is taken verbatim from tests/fixtures/meta/virtualized_scroll.html;
//   - cells, header cells and row groups come from tests/fixtures/meta/core.js,
//     embedded verbatim as generate.mjs embeds it in the harness page;
//   - the grid, header-row, row and footer wrappers are `shell()` below, a
//     copy of generate.mjs `gridHtml` / `rowHtml`. `checkShellAgainstFixture()`
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
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './browser.mjs';

const FIXTURES = path.join(ROOT, 'tests/fixtures/meta');
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
/** As generate.mjs (checked against the fixture). */
const HEADER_H = 56;
const ROW_H = 52;
const CORE_EXPORTS = 'COLUMNS, WORDS, layout, cellHtml, headerCellHtml, rowGroupsHtml, totalsOf, esc';

const read = (f) => readFileSync(path.join(FIXTURES, f), 'utf8');

/**
 * The grid wrappers of generate.mjs (`gridHtml`, `rowHtml`), as a plain
 * function of core.js so that it runs both here and in the page.
 */
function shell(core, HEADER_H, ROW_H) {
  var COLUMNS = core.COLUMNS;
  function headerHtml(spec, lay) {
    var width = lay.frozenWidth + spec.viewWidth;
    var frozenHead = spec.columns
      .filter(function (id) {
        return COLUMNS[id].frozen;
      })
      .map(function (id) {
        return core.headerCellHtml(spec, id, lay);
      })
      .join('');
    var scrollHead = spec.columns
      .filter(function (id) {
        return !COLUMNS[id].frozen;
      })
      .map(function (id) {
        return core.headerCellHtml(spec, id, lay);
      })
      .join('');
    var sl = spec.scrollLeft == null ? 0 : spec.scrollLeft;
    return (
      '<div class="_1mmd _1mme" role="row" style="left:0px;width:' +
      width +
      'px;height:' +
      HEADER_H +
      'px">' +
      '<div class="_182x" style="left:0px;width:' +
      lay.frozenWidth +
      'px;z-index:2"><div class="_63jp">' +
      frozenHead +
      '</div></div>' +
      '<div class="_182x" style="left:' +
      lay.frozenWidth +
      'px;width:' +
      spec.viewWidth +
      'px"><div class="_63jp" style="transform:translate3d(' +
      -sl +
      'px,0px,0px)">' +
      scrollHead +
      '</div></div></div>'
    );
  }
  function rowHtml(spec, r, i, isTotal, lay, visible) {
    var width = lay.frozenWidth + spec.viewWidth;
    var box = isTotal ? '_1gd4 _4li _3h1b _1mic' : '_1gd4 _4li ' + (i % 2 ? '_52nn' : '_52no') + ' _5a1n _3c7k';
    var y = isTotal ? 0 : i * ROW_H;
    return (
      '<div class="_1gda _2djg" style="left:0px;width:' +
      width +
      'px;height:' +
      ROW_H +
      'px;transform:translate3d(0px,' +
      y +
      'px,0px)">' +
      '<div class="' +
      box +
      '" role="presentation" style="width:' +
      width +
      'px;height:' +
      ROW_H +
      'px">' +
      core.rowGroupsHtml(spec, r, isTotal, lay, visible, null) +
      '</div></div>'
    );
  }
  /** `rows`: the records drawn by the row nodes, in DOM order; `bodyRows`: the body viewport's height in rows. */
  function gridHtml(spec, rows, totals, bodyRows, visible, label) {
    var lay = core.layout(spec.columns);
    var width = lay.frozenWidth + spec.viewWidth;
    var bodyH = bodyRows * ROW_H;
    var height = HEADER_H + bodyH + (totals ? ROW_H : 0);
    var body = rows
      .map(function (r, i) {
        return rowHtml(spec, r, i, false, lay, visible);
      })
      .join('\n');
    var footer = totals
      ? '<div data-pagelet="FixedDataTableNew_footerRow" style="position:absolute;left:0px;top:' +
        (HEADER_H + bodyH) +
        'px;width:' +
        width +
        'px;height:' +
        ROW_H +
        'px">' +
        rowHtml(spec, totals, 0, true, lay, visible) +
        '</div>'
      : '';
    return (
      '<div class="_3h1i _1mie" role="table" aria-label="' +
      core.esc(label) +
      '" style="width:' +
      width +
      'px;height:' +
      height +
      'px">\n' +
      '<div class="_3h1j" style="width:' +
      width +
      'px;height:' +
      height +
      'px">\n' +
      headerHtml(spec, lay) +
      '\n' +
      '<div class="_3h1k" style="left:0px;top:' +
      HEADER_H +
      'px;width:' +
      width +
      'px;height:' +
      bodyH +
      'px">\n' +
      body +
      '\n</div>\n' +
      footer +
      '\n</div>\n</div>'
    );
  }
  return { headerHtml: headerHtml, rowHtml: rowHtml, gridHtml: gridHtml };
}

/**
 * Rebuild virtualized_scroll.html's grid (its SPEC, its genCampaigns, its 12
 * nodes, 10 body rows, scrolling columns visible at scroll 0) with `shell()`
 * and require the very bytes of the fixture.
 */
export function checkShellAgainstFixture() {
  const html = read('virtualized_scroll.html');
  const start = html.indexOf('<div class="_3h1i');
  const end = html.indexOf('\n</div>\n</div>\n<script>', start);
  const spec = JSON.parse(/var SPEC = (\{.*\});/.exec(html)[1]);
  const gen = /function genCampaigns\(n\) \{[\s\S]*?\n\}\n/.exec(html)[0];
  const core = new Function(`${read('core.js')}\n${gen}\nreturn { ${CORE_EXPORTS}, genCampaigns };`)();
  const data = core.genCampaigns(200).map((r) => ({ ...r, href: `/adsmanager/manage/adsets?act=${spec.act}&selected_campaign_ids=${r.id}` }));
  const lay = core.layout(spec.columns);
  const visible = (id) => core.COLUMNS[id].frozen || (lay.at[id].left < spec.viewWidth && lay.at[id].left + core.COLUMNS[id].width > 0);
  const ours = shell(core, HEADER_H, ROW_H).gridHtml(spec, data.slice(0, 12), core.totalsOf(spec, data), 10, visible, 'Campaigns');
  if (start < 0 || end < 0 || ours !== html.slice(start, end)) {
    throw new Error('scripts/bench-meta-page.mjs: shell() no longer builds the grid of tests/fixtures/meta/virtualized_scroll.html (generate.mjs changed?)');
  }
}

/** Everything the page runs, as a function of core.js and shell(); serialized into the page. */
function benchMain(core, shell, o) {
  var COLUMNS = core.COLUMNS;
  var SPEC = {
    ui: 'en',
    lang: 'en-US',
    sym: '$',
    currency: 'USD',
    level: 'campaigns',
    act: o.act,
    viewWidth: o.view,
    columns: o.columns,
    scrollLeft: 0,
    sortBy: null,
  };
  var LAY = core.layout(SPEC.columns);
  var SCROLLING = SPEC.columns.filter(function (id) {
    return !COLUMNS[id].frozen;
  });
  var VIEW = SPEC.viewWidth;
  var MAX_LEFT = Math.max(0, LAY.scrollWidth - VIEW);
  // Column steps: every scrolling column's left edge, clamped to the end.
  var STOPS = SCROLLING.map(function (id) {
    return Math.min(LAY.at[id].left, MAX_LEFT);
  }).filter(function (x, i, a) {
    return a.indexOf(x) === i;
  });
  var THEMES = ['Advantage+ Shopping', 'Retargeting', 'Lookalike', 'Interests', 'Catalog', 'Video views', 'Traffic'];
  var tpl = document.createElement('div');

  /** n campaigns, deterministic; every 10th a traffic campaign without purchases ("—": its badge shows the loss). */
  function campaigns(n) {
    var seed = 11,
      out = [];
    function rnd() {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    }
    for (var i = 0; i < n; i++) {
      var traffic = i % 10 === 9;
      var spend = 2000 + Math.floor(rnd() * 900000);
      var purchases = traffic ? 0 : 1 + Math.floor(rnd() * 300);
      var id = String(120216000000000 + i + 1);
      out.push({
        id: id,
        name: 'Campaign ' + (i + 1) + ' – ' + THEMES[i % THEMES.length],
        on: i % 11 !== 10,
        budget: 1000 + Math.floor(rnd() * 20) * 500,
        resultType: traffic ? 'clicks' : 'purchases',
        spend: spend,
        purchases: purchases,
        value: purchases ? Math.floor(spend * (0.4 + rnd() * 6)) : null,
        leads: 0,
        clicks: 50 + Math.floor(rnd() * 5000),
        reach: 1000 + Math.floor(rnd() * 200000),
        impr: 2000 + Math.floor(rnd() * 400000),
        atc: 0,
        atcValue: null,
        href: '/adsmanager/manage/adsets?act=' + SPEC.act + '&selected_campaign_ids=' + id,
      });
    }
    return out;
  }

  var state = null; // { data, totals, nodes, shown, first, footer, colStep }
  var cells = new Map(); // row node → { map: column id → cell, tracks: [frozen, scrolling] }

  function visible(id) {
    var c = COLUMNS[id],
      at = LAY.at[id];
    return c.frozen || (at.left < SPEC.scrollLeft + VIEW && at.left + c.width > SPEC.scrollLeft);
  }
  function index(node) {
    var map = {},
      i = 0,
      list = node.querySelectorAll('._4lg0');
    SPEC.columns.forEach(function (id) {
      if (visible(id)) map[id] = list[i++];
    });
    cells.set(node, { map: map, tracks: node.querySelectorAll('._1gd5 > ._3pzk > ._3pzj') });
  }
  function freshCell(id, r, isTotal) {
    tpl.innerHTML = core.cellHtml(SPEC, id, r, isTotal, LAY, false);
    return tpl.firstChild;
  }
  /** Bring a row node in line: cells in / out of the viewport; `redraw`: the node now draws another record. */
  function draw(node, r, isTotal, redraw) {
    var entry = cells.get(node),
      map = entry.map;
    SPEC.columns.forEach(function (id, j) {
      var cell = map[id];
      if (!visible(id)) {
        if (cell) {
          cell.remove();
          delete map[id];
        }
        return;
      }
      if (cell) {
        if (redraw) cell.replaceChild(freshCell(id, r, isTotal).firstChild, cell.firstChild);
        return;
      }
      var fresh = freshCell(id, r, isTotal),
        after = null;
      for (var k = j + 1; k < SPEC.columns.length && !after; k++) after = map[SPEC.columns[k]] || null;
      entry.tracks[COLUMNS[id].frozen ? 0 : 1].insertBefore(fresh, after);
      map[id] = fresh;
    });
    entry.tracks[1].style.transform = 'translate3d(' + -SPEC.scrollLeft + 'px,0px,0px)';
  }
  function place(node, r, slot) {
    node.style.transform = 'translate3d(0px,' + slot * o.rowH + 'px,0px)';
    var box = node.firstChild;
    box.className = box.className.replace(/_52n[no]/, r % 2 ? '_52nn' : '_52no');
  }

  var badgeMo = null;
  window.__bench = {
    columns: SPEC.columns.length,
    insert: function (n, opts) {
      var nodeCount = Math.min(n, (opts && opts.nodes) || n);
      var data = campaigns(n);
      var totals = core.totalsOf(SPEC, data);
      SPEC.scrollLeft = 0;
      var main = document.querySelector('._main');
      var t0 = performance.now();
      var html = shell.gridHtml(SPEC, data.slice(0, nodeCount), totals, nodeCount < n ? nodeCount - 2 : n, visible, 'Campaigns');
      main.insertAdjacentHTML('beforeend', html);
      var nodes = Array.prototype.slice.call(main.querySelectorAll('._3h1k > ._1gda'));
      var footer = main.querySelector('[data-pagelet="FixedDataTableNew_footerRow"] ._1gda');
      nodes.forEach(index);
      index(footer);
      void document.body.offsetHeight;
      var ms = performance.now() - t0;
      state = {
        data: data,
        totals: totals,
        nodes: nodes,
        shown: nodes.map(function (_, i) {
          return i;
        }),
        first: 0,
        footer: footer,
        colStep: 0,
      };
      return ms;
    },
    scrollColumns: function (k) {
      var t0 = performance.now();
      state.colStep = Math.max(0, Math.min(STOPS.length - 1, state.colStep + k));
      SPEC.scrollLeft = STOPS[state.colStep];
      document.querySelector('._1mmd ._182x + ._182x ._63jp').style.transform = 'translate3d(' + -SPEC.scrollLeft + 'px,0px,0px)';
      state.nodes.forEach(function (node, i) {
        draw(node, state.data[state.shown[i]], false, false);
      });
      draw(state.footer, state.totals, true, false);
      void document.body.offsetHeight;
      return performance.now() - t0;
    },
    scrollRows: function (n) {
      var t0 = performance.now();
      var count = state.nodes.length;
      state.first = Math.max(0, Math.min(state.data.length - count, state.first + n));
      for (var r = state.first; r < state.first + count; r++) {
        var k = r % count,
          node = state.nodes[k];
        if (state.shown[k] !== r) {
          draw(node, state.data[r], false, true);
          state.shown[k] = r;
        }
        place(node, r, r - state.first);
      }
      void document.body.offsetHeight;
      return performance.now() - t0;
    },
    columnSteps: function () {
      return STOPS.length - 1;
    },
    position: function () {
      return { colStep: state.colStep, scrollLeft: SPEC.scrollLeft, firstRow: state.first };
    },
    expectBadges: function (count) {
      window.__badgesDone = new Promise(function (resolve) {
        var seen = 0;
        new MutationObserver(function (records, mo) {
          records.forEach(function (rec) {
            rec.addedNodes.forEach(function (node) {
              if (node.nodeType === 1 && node.getAttribute('data-real-roi') === 'badge') seen++;
            });
          });
          if (seen >= count) {
            void document.body.offsetHeight;
            mo.disconnect();
            resolve(performance.now());
          }
        }).observe(document.querySelector('._main'), { childList: true, subtree: true });
      });
    },
    expectPass: function (idleMs) {
      // Attributes only: the page's own cell insertions and removals are no records here.
      if (badgeMo) badgeMo.disconnect();
      var done = false,
        timer = null;
      window.__passDone = new Promise(function (resolve) {
        badgeMo = new MutationObserver(function (records, mo) {
          if (timer !== null) clearTimeout(timer);
          void document.body.offsetHeight;
          var at = performance.now();
          mo.disconnect();
          done = true;
          resolve({ at: at, changes: records.length });
        });
        badgeMo.observe(document.querySelector('._main'), { attributes: true, subtree: true, attributeFilter: ['data-roi', 'data-real-roi-row'] });
        // Call right after the step: the overlay's pass timer (debounce) is set
        // after it, in its observer callback, and fires first.
        window.__bench.armIdle = function () {
          if (!done)
            timer = setTimeout(function () {
              badgeMo.disconnect();
              resolve({ at: null, changes: 0 });
            }, idleMs);
        };
      });
    },
    badgeReport: function () {
      var hosts = document.querySelectorAll('._main [data-real-roi="badge"]');
      var na = {},
        ok = 0;
      hosts.forEach(function (h) {
        if (h.getAttribute('data-roi') === 'na') {
          var why = h.getAttribute('data-roi-reason') || '?';
          na[why] = (na[why] || 0) + 1;
        } else ok++;
      });
      var onScreen = state.nodes.filter((node) => {
        var b = node.getBoundingClientRect();
        return b.bottom > 0 && b.top < innerHeight;
      });
      return {
        badges: hosts.length,
        ok: ok,
        na: na,
        onScreen: onScreen.length,
        onScreenBadged: onScreen.filter((node) => node.querySelectorAll('[data-real-roi-row]').length === 1).length,
        total: !!document.querySelector('[data-pagelet="FixedDataTableNew_footerRow"] [data-real-roi-row="total"]'),
        inRoas: Array.prototype.filter.call(hosts, function (h) {
          return h.parentElement && h.parentElement.style.left === LAY.at.roas.left + 'px';
        }).length,
        trafficRows: state.shown.filter(function (r) {
          return !state.data[r].purchases;
        }).length,
      };
    },
  };
  // Long tasks after a step: the end of the overlay's pass when no badge changes.
  window.__longTasks = [];
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        window.__longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
      });
    }).observe({ type: 'longtask' });
  } catch (e) {
    /* no Long Tasks API: wall latency only from badge changes */
  }
}

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
(${benchMain.toString()})(core, shell, ${JSON.stringify(opts)});
})();
</script>
</body>
</html>
`;
}
