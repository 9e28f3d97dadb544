import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { alignCells, declaredGeometry, LEFT_TOLERANCE_PX, rectGeometry, type CellSlot, type HeaderSlot } from '../../../lib/platforms/meta/geometry';

const H = (group: number, index: number, left: number | null): HeaderSlot => ({ group, index, left });
const C = (group: number, index: number, groupSize: number, left: number | null): CellSlot => ({ group, index, groupSize, left });

// Frozen: checkbox 0, toggle 40, name 104; scrolling (group offset 404): five columns 130 px wide.
const HEADERS = [H(0, 0, 0), H(0, 1, 40), H(0, 2, 104), ...[0, 1, 2, 3, 4].map((i) => H(1, i, 404 + i * 130))];

describe('alignCells: left edge first', () => {
  it('matches each cell to the header whose left edge is within ±15 px', () => {
    const cells = [C(0, 0, 3, 0), C(0, 1, 3, 41), C(0, 2, 3, 103), C(1, 0, 2, 404 + 260 + 15), C(1, 1, 2, 404 + 390 - 15)];
    expect(alignCells(HEADERS, cells)).toEqual([0, 1, 2, 5, 6]);
  });

  it('a cell more than 15 px from every header has no column (never the nearest guess)', () => {
    expect(alignCells(HEADERS, [C(1, 0, 1, 404 + 130 + LEFT_TOLERANCE_PX + 1)])).toEqual([null]);
  });

  it('takes the closest header when two are within tolerance, and gives a header to one cell only', () => {
    const narrow = [H(1, 0, 100), H(1, 1, 112)];
    expect(alignCells(narrow, [C(1, 0, 2, 110), C(1, 1, 2, 111)])).toEqual([1, null]);
  });

  it('compares only within the same group (frozen vs scrolling)', () => {
    // A scrolled-under cell of the scrolling group at the same x as the frozen name column.
    expect(alignCells(HEADERS, [C(1, 0, 1, 104)])).toEqual([null]);
  });

  it('horizontally virtualized rows: the rendered cells map to their own columns, whatever their position among siblings', () => {
    const cells = [C(1, 0, 2, 404 + 390), C(1, 1, 2, 404 + 520)];
    expect(alignCells(HEADERS, cells)).toEqual([6, 7]);
  });
});

describe('alignCells: relative index when there is no geometry', () => {
  it('aligns by position inside the group when the group renders every column', () => {
    const cells = [C(0, 0, 3, null), C(0, 1, 3, null), C(0, 2, 3, null), ...[0, 1, 2, 3, 4].map((i) => C(1, i, 5, null))];
    expect(alignCells(HEADERS, cells)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses when the group renders fewer cells than the header has columns (virtualized)', () => {
    expect(alignCells(HEADERS, [C(1, 0, 2, null), C(1, 1, 2, null)])).toEqual([null, null]);
    // …while the complete frozen group still aligns.
    expect(alignCells(HEADERS, [C(0, 2, 3, null)])).toEqual([2]);
  });

  it('uses the index when the headers have no position even if the cells do', () => {
    const unplaced = HEADERS.map((h) => ({ ...h, left: null }));
    expect(alignCells(unplaced, [C(0, 1, 3, 40)])).toEqual([1]);
  });
});

describe('geometry functions', () => {
  const window = new Window();
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = `
    <div id="group" style="position:absolute;left:404px;width:940px">
      <div id="track" style="transform:translate3d(-300px,0px,0px)">
        <div id="cell" style="left:560px;width:110px;height:100%"></div>
        <div id="data" data-left="12" style="left:999px"></div>
        <div id="plain"></div>
      </div>
    </div>
    <div id="row" style="transform:translate3d(0px,104px,0px)"><div id="y" style="left:7px"></div></div>`;

  it('declaredGeometry adds up inline left and translateX over the ancestors', () => {
    expect(declaredGeometry(doc.getElementById('cell')!)).toBe(404 - 300 + 560);
    expect(declaredGeometry(doc.getElementById('data')!)).toBe(404 - 300 + 12);
    expect(declaredGeometry(doc.getElementById('y')!)).toBe(7);
  });

  it('declaredGeometry: an element that declares nothing has no position', () => {
    expect(declaredGeometry(doc.getElementById('plain')!)).toBeNull();
  });

  it('rectGeometry: an element without a box (no layout) has no position, not 0', () => {
    expect(rectGeometry(doc.getElementById('cell')!)).toBeNull();
  });
});
