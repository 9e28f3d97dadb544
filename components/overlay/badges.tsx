/**
 * The badges of one table: one shadow host per anchor cell, placed in the
 * platform's way, re-rendered only when what it shows changed (its
 * signature), and removed when its row is gone.
 */
import { render } from 'preact';
import type { TableAdapter } from '../../lib/platforms/contract/adapter';
import type { BadgeView } from '../../lib/overlay/view-model';
import { Badge } from './Badge';
import type { Fmt } from './format-context';
import { createHost, type Host } from './hosts';
import { BADGE_CSS } from './styles';

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
  /** Put one badge in `anchor` for this pass. */
  place(anchor: Element | null, view: BadgeView, isTotal: boolean, paint: Paint): void;
  /** End of a pass: remove the badges not placed in it. */
  sweep(): void;
  /** Remove every badge. */
  clear(): void;
}

export function createBadges(
  doc: Document,
  placement: TableAdapter['badgePlacement'],
  onShow: (badge: BadgeHost, target: EventTarget | null) => void,
  onHide: () => void,
): Badges {
  const byAnchor = new WeakMap<Element, BadgeHost>();
  let live = new Set<BadgeHost>();
  let used = new Set<BadgeHost>();

  function remove(b: BadgeHost) {
    render(null, b.root);
    b.host.remove();
  }

  return {
    place(anchor, view, isTotal, paint) {
      if (!anchor) return;
      let b = byAnchor.get(anchor);
      if (!b || used.has(b)) {
        const hostStyle = placement === 'cell-start' ? BADGE_HOST_STYLE_CELL_START : BADGE_HOST_STYLE;
        b = { ...createHost(doc, 'real-roi-badge', 'badge', hostStyle, BADGE_CSS), sig: '', view: null };
        byAnchor.set(anchor, b);
      }
      if (b.host.parentNode !== anchor) anchor.append(b.host);
      used.add(b);
      b.view = view;
      const sig = `${paint.version}|${view.key}|${view.roiAttr}|${view.lifetimeAttr}|${paint.lifetime}|${view.reasons.join(',')}|${view.basis}`;
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
          onShow={(target) => onShow(host, target)}
          onHide={onHide}
        />,
        b.root,
      );
    },
    sweep() {
      for (const b of live) if (!used.has(b)) remove(b);
      live = used;
      used = new Set();
    },
    clear() {
      for (const b of live) remove(b);
      live = new Set();
      used = new Set();
    },
  };
}
