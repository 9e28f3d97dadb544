/**
 * The badges of one table: one shadow host per row, placed in the
 * platform's way, re-rendered only when what it shows changed (its
 * signature), moved (not re-rendered) when its anchor cell changed, and
 * removed when its row is gone. With a visibility watcher, a row's badge is
 * created only once the row comes near the viewport: laying out thousands of
 * badges nobody sees was most of the overlay's cost.
 */
import { render } from 'preact';
import type { TableAdapter } from '../../lib/platforms/contract/adapter';
import { primaryTotals, TOTALS_KEY, type BadgeView, type OverlayModel } from '../../lib/overlay/view-model';
import type { TableContext } from '../../lib/platforms/contract/adapter';
import type { ExtractedTotals } from '../../lib/platforms/contract/types';
import type { PageRead } from './loop';
import { Badge } from './Badge';
import type { Fmt } from './format-context';
import { createHost, type Host } from './hosts';
import { BADGE_CSS } from './styles';
import type { Visibility } from './visibility';

/**
 * In the cell's flow, after the platform's figure. (Measured: out-of-flow or
 * content-visibility variants cost more on scroll or overlap the next column.)
 */
const BADGE_HOST_STYLE = 'display: inline-block; margin: 0 0 0 6px; vertical-align: middle; line-height: 0;';
/**
 * `badgePlacement: 'cell-start'` (fixed-size, positioned cells such as Meta's):
 * out of the cell's flow, at its start edge, vertically centred, so the
 * cell keeps its size and its end-aligned figure stays where it is.
 */
const BADGE_HOST_STYLE_CELL_START =
  'display: block; position: absolute; top: 50%; inset-inline-start: 6px; z-index: 1; ' + 'margin: 0; transform: translateY(-50%); line-height: 0;';

export interface BadgeHost extends Host {
  sig: string;
  /** The latest view, for the breakdown: a row's numbers can change without its badge text changing. */
  view: BadgeView | null;
}

/** What every badge of a pass is painted with; `version` changes when the settings do. */
export interface Paint {
  fmt: Fmt;
  targetRoi: number;
  version: number;
  /** Badges show the lifetime ROI where the row has one. */
  lifetime: boolean;
}

export interface Badges {
  /** Start a pass: `sweep` removes what is not placed from here on. */
  begin(): void;
  /**
   * Put one badge for `row` in `anchor` for this pass (the totals badge is
   * always drawn; a row's, once the row is near the viewport).
   */
  place(row: Element, anchor: Element | null, view: BadgeView, isTotal: boolean, paint: Paint, kept?: boolean): void;
  /** End of a pass: remove the badges not placed in it. */
  sweep(): void;
  /** Remove every badge. */
  clear(): void;
  /**
   * Rows that just came near: draw their badge from their latest placement.
   * True when one of them has none (it was not read yet: a pass is due).
   */
  drawNear(rows: readonly Element[]): boolean;
}

interface Placed {
  anchor: Element;
  view: BadgeView;
  isTotal: boolean;
  paint: Paint;
  /** The figures use a value kept from a cell out of view. */
  kept: boolean;
}

export function createBadges(
  doc: Document,
  placement: TableAdapter['badgePlacement'],
  onShow: (badge: BadgeHost, target: EventTarget | null) => void,
  onHide: () => void,
  visibility: Visibility | null = null,
): Badges {
  const byRow = new WeakMap<Element, BadgeHost>();
  let live = new Set<Element>();
  let used = new Set<Element>();
  /** Rows placed but not yet near the viewport: their latest placement, drawn when they come near. */
  const waiting = new Map<Element, Placed>();
  const hostStyle = placement === 'cell-start' ? BADGE_HOST_STYLE_CELL_START : BADGE_HOST_STYLE;
  /** The badge whose breakdown the tooltip shows: a new view of it shows again, its removal hides it. */
  let shown: BadgeHost | null = null;
  const show = (b: BadgeHost, target: EventTarget | null) => onShow((shown = b), target);
  const hide = () => {
    shown = null;
    onHide();
  };

  function remove(row: Element) {
    const b = byRow.get(row);
    byRow.delete(row);
    if (!b) return;
    if (b === shown) hide();
    render(null, b.root);
    b.host.remove();
  }

  function draw(row: Element, { anchor, view, isTotal, paint, kept }: Placed) {
    let b = byRow.get(row);
    if (!b) {
      b = { ...createHost(doc, 'real-roi-badge', 'badge', hostStyle, BADGE_CSS), sig: '', view: null };
      byRow.set(row, b);
    }
    if (b.host.parentNode !== anchor) anchor.append(b.host);
    const changed = b.view !== view;
    b.view = view;
    if (changed && b === shown) show(b, null);
    // A value kept from a cell out of view is marked on the host (CSS), not re-rendered.
    b.host.toggleAttribute('data-roi-kept', kept);
    const sig = `${paint.version}|${view.key}|${view.roiAttr}|${view.lifetimeAttr}|${paint.lifetime}|${view.reasons.join(',')}|${view.basis}|${isTotal}`;
    if (b.sig === sig) return;
    b.sig = sig;
    b.host.setAttribute('data-real-roi-row', view.key);
    b.host.setAttribute('data-roi', view.roiAttr);
    if (view.roiAttr === 'na') b.host.setAttribute('data-roi-reason', view.reasons[0] ?? 'value-missing');
    else b.host.removeAttribute('data-roi-reason');
    if (view.lifetimeAttr === null) b.host.removeAttribute('data-lifetime-roi');
    else b.host.setAttribute('data-lifetime-roi', view.lifetimeAttr);
    // The testable mark of a provisional number (the badge itself shows "≈" and a dashed outline).
    if (view.basis === 'assumed' && view.roi !== null) b.host.setAttribute('data-roi-basis', 'assumed');
    else b.host.removeAttribute('data-roi-basis');
    const host = b;
    render(
      <Badge
        view={view}
        fmt={paint.fmt}
        targetRoi={paint.targetRoi}
        isTotal={isTotal}
        lifetime={paint.lifetime}
        onShow={(target) => show(host, target)}
        onHide={hide}
      />,
      b.root,
    );
  }

  return {
    begin() {
      used = new Set();
    },
    place(row, anchor, view, isTotal, paint, kept = false) {
      if (!anchor) return;
      used.add(row);
      live.add(row);
      const placed = { anchor, view, isTotal, paint, kept };
      if (!isTotal && visibility && !visibility.isNear(row)) {
        waiting.set(row, placed);
        return;
      }
      waiting.delete(row);
      draw(row, placed);
    },
    sweep() {
      for (const row of live) if (!used.has(row)) remove(row);
      for (const row of waiting.keys()) {
        if (!used.has(row)) {
          waiting.delete(row);
          visibility?.forget(row);
        }
      }
      live = used;
      used = new Set();
    },
    drawNear(rows) {
      let unplaced = false;
      for (const row of rows) {
        const p = waiting.get(row);
        if (!p) {
          unplaced ||= !byRow.has(row);
          continue;
        }
        waiting.delete(row);
        if (p.anchor.isConnected) draw(row, p);
      }
      return unplaced;
    },
    clear() {
      for (const row of live) remove(row);
      for (const row of waiting.keys()) visibility?.forget(row);
      waiting.clear();
      live = new Set();
      used = new Set();
    },
  };
}

/**
 * One pass's badges: the views `built` for the rows `picked` (indices into
 * the page's rows; null: all of them), marked where they use a kept value,
 * and the totals badge when `withTotals`.
 */
export function placeAll(
  badges: Badges,
  page: { read: PageRead<TableContext>; totals: readonly ExtractedTotals[]; kept: ReadonlySet<string> },
  built: OverlayModel | null,
  picked: readonly number[] | null,
  withTotals: boolean,
  paint: Paint,
) {
  badges.begin();
  if (!built) return;
  const { read, totals, kept } = page;
  // Views are kept from pass to pass (the model cache): marked on the badge, never on the view.
  built.rows.forEach((view, j) => {
    const i = picked ? picked[j]! : j;
    badges.place(read.rowElements[i]!, read.rowAnchors[i] ?? null, view, false, paint, kept.has(view.key));
  });
  const primary = primaryTotals(totals);
  if (built.totals && primary && withTotals) {
    const i = totals.indexOf(primary);
    badges.place(read.totalsElements[i]!, read.totalsAnchors[i] ?? null, built.totals, true, paint, kept.has(TOTALS_KEY));
  }
}
