// The grid wrappers of the Meta bench page, `shell()`: a copy of the fixture
// generator's (tests/fixtures/meta/generator/grid.mjs `gridHtml` / `rowHtml`) as
// plain ES5 for the page, with the check that it still builds the fixture's grid.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './browser.mjs';

const FIXTURES = path.join(ROOT, 'tests/fixtures/meta');
/** As the fixture generator's (checked against the fixture). */
export const HEADER_H = 56;
export const ROW_H = 52;
export const CORE_EXPORTS = 'COLUMNS, WORDS, layout, cellHtml, headerCellHtml, rowGroupsHtml, totalsOf, esc';

export const read = (f) => readFileSync(path.join(FIXTURES, f), 'utf8');

/**
 * The grid wrappers of tests/fixtures/meta/generator/grid.mjs (`gridHtml`, `rowHtml`), as a plain
 * function of core.js so that it runs both here and in the page.
 */
export function shell(core, HEADER_H, ROW_H) {
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
    throw new Error(
      'scripts/bench-meta-page.mjs: shell() no longer builds the grid of tests/fixtures/meta/virtualized_scroll.html (tests/fixtures/meta/generator/grid.mjs changed?)',
    );
  }
}
