// The Meta bench page's own script (window.__bench, see bench-meta-page.mjs):
// plain ES5, serialized into the page. It draws the virtualized grid with
// core.js and shell(), scrolls it, and watches the overlay's badges.
/** Everything the page runs, as a function of core.js, shell() and the campaigns; serialized into the page. */
export function benchMain(core, shell, campaigns, o) {
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
  var tpl = document.createElement('div');
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
      var data = campaigns(n, SPEC.act);
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
