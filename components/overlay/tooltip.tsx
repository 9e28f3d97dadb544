/**
 * The breakdown tooltip: one fixed host for the whole page, filled with the
 * hovered or focused badge's breakdown and placed below it (above when
 * there is no room).
 */
import { render } from 'preact';
import type { BadgeView } from '../../lib/overlay/view-model';
import { Breakdown } from './Breakdown';
import type { Fmt } from './format-context';
import { createHost, type Host } from './hosts';
import { PANEL_CSS } from './styles';

export interface Tooltip {
  show(view: BadgeView, fmt: Fmt, badge: Element, target: EventTarget | null): void;
  hide(): void;
  /** Take the host out of the page (the overlay stops). */
  remove(): void;
}

export function createTooltip(doc: Document): Tooltip {
  let tip: Host | null = null;
  return {
    show(view, fmt, badge, target) {
      if (!tip) {
        tip = createHost(doc, 'real-roi-tooltip', 'tooltip', 'position: fixed; top: 0; left: 0; z-index: 2147483646;', PANEL_CSS);
        doc.documentElement.append(tip.host);
      }
      const id = 'real-roi-breakdown';
      (target as Element | null)?.setAttribute?.('aria-describedby', id);
      render(<Breakdown view={view} fmt={fmt} id={id} />, tip.root);
      const box = tip.root.querySelector('.tip') as HTMLElement | null;
      if (!box) return;
      // Read the badge's box once, on user action only: no layout work per pass.
      const r = badge.getBoundingClientRect();
      const view_h = doc.documentElement.clientHeight;
      const h = box.offsetHeight;
      const top = r.bottom + 6 + h > view_h ? Math.max(4, r.top - 6 - h) : r.bottom + 6;
      const left = Math.max(4, Math.min(r.left, doc.documentElement.clientWidth - box.offsetWidth - 4));
      box.style.top = `${top}px`;
      box.style.left = `${left}px`;
    },
    hide() {
      if (tip) render(null, tip.root);
    },
    remove() {
      tip?.host.remove();
      tip = null;
    },
  };
}
