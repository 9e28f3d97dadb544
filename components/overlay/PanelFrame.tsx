/**
 * The panel's frame: the chip it starts as, the controls that open, close
 * and move it, and dragging by the title bar to dock it in another corner.
 * Everything is reachable with the keyboard: the chip and the controls are
 * buttons, and "Move" steps through the corners.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { cornerStyle, nearestCorner, nextCorner, type Corner, type PanelLayout } from '../../lib/overlay/panel-layout';
import type { BadgeView } from '../../lib/overlay/view-model';
import { badgeLook } from './Badge';
import type { Fmt } from './format-context';
import type { PanelLayoutStore } from './panel-layout-store';

/** Focus follows the user's own open/close, never a change that came from storage. */
let focusPending = false;

export function useLayout(store: PanelLayoutStore): [PanelLayout, (next: PanelLayout) => void] {
  const [layout, setLayout] = useState(store.get());
  // A layout effect, and a sync once subscribed: storage may answer between the render and the subscription.
  useLayoutEffect(() => {
    const unsubscribe = store.subscribe(() => setLayout(store.get()));
    setLayout(store.get());
    return unsubscribe;
  }, [store]);
  return [
    layout,
    (next) => {
      if (next.expanded !== layout.expanded) focusPending = true;
      store.set(next);
    },
  ];
}

function useFocusOnUserToggle<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (focusPending) {
      focusPending = false;
      ref.current?.focus();
    }
  }, []);
  return ref;
}

interface ChipProps {
  fmt: Fmt;
  totals: BadgeView | null;
  targetRoi: number;
  problems: number;
  /** The total's lifetime ROI instead, labelled (the badges' switch). */
  lifetime?: boolean;
  layout: PanelLayout;
  onChange(next: PanelLayout): void;
}

/** The closed panel: the total real ROI, and how many things to check, as one button. */
export function PanelChip({ fmt, totals, targetRoi, problems, lifetime, layout, onChange }: ChipProps) {
  const ref = useFocusOnUserToggle<HTMLButtonElement>();
  const look = totals && badgeLook(totals, fmt, targetRoi, true, lifetime);
  return (
    <div class="chip-dock" data-real-roi-panel="" data-state="chip" data-corner={layout.corner} style={cornerStyle(layout.corner)}>
      <button
        ref={ref}
        type="button"
        class="chip"
        aria-expanded="false"
        title={fmt.t('panel.chipTitle')}
        data-panel="chip"
        onClick={() => onChange({ ...layout, expanded: true })}
      >
        <span class="chip-title">{fmt.t('panel.title')}</span>
        {look && (
          <span class={look.cls} data-panel="chip-roi">
            {look.tag}
            {look.text}
          </span>
        )}
        {problems > 0 && <span class="chip-note">{fmt.t('panel.chipProblems', { n: String(problems) })}</span>}
      </button>
    </div>
  );
}

/** Move (to the next corner) and close (back to the chip), in the open panel's title bar. */
export function PanelControls({ fmt, layout, onChange }: { fmt: Fmt; layout: PanelLayout; onChange(next: PanelLayout): void }) {
  const ref = useFocusOnUserToggle<HTMLButtonElement>();
  return (
    <>
      <button
        type="button"
        class="link"
        title={fmt.t('panel.moveTitle')}
        data-panel="move"
        onClick={() => onChange({ ...layout, corner: nextCorner(layout.corner) })}
      >
        {fmt.t('panel.move')}
      </button>
      <button ref={ref} type="button" class="link" aria-expanded="true" data-panel="collapse" onClick={() => onChange({ ...layout, expanded: false })}>
        {fmt.t('panel.collapse')}
      </button>
    </>
  );
}

/**
 * Escape anywhere in the open panel closes it back to the chip, as Escape hides the tooltip;
 * `onChange` marks it a user toggle, so the focus goes back to the chip. The key stops here:
 * it was meant for the panel, not for the ad page's own shortcuts (closing its dialogs).
 */
export function collapseOnEscape(layout: PanelLayout, onChange: (next: PanelLayout) => void) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !layout.expanded) return;
    e.stopPropagation();
    onChange({ ...layout, expanded: false });
  };
}

/** Drag the panel by its title bar; it docks in the corner nearest to where it is let go. */
export function useDrag(onDock: (corner: Corner) => void) {
  const ref = useRef<HTMLElement>(null);
  const start = (e: PointerEvent) => {
    const el = ref.current;
    const win = el?.ownerDocument.defaultView;
    if (!el || !win || e.button !== 0 || (e.target as Element | null)?.closest('button, a, input')) return;
    const rect = el.getBoundingClientRect();
    const dx = e.clientX - rect.left;
    const dy = e.clientY - rect.top;
    const move = (m: PointerEvent) => {
      Object.assign(el.style, { top: `${m.clientY - dy}px`, left: `${m.clientX - dx}px`, right: '', bottom: '' });
    };
    const end = (u: PointerEvent) => {
      win.removeEventListener('pointermove', move);
      win.removeEventListener('pointerup', end);
      const box = el.getBoundingClientRect();
      const corner = nearestCorner(box.left + box.width / 2, box.top + box.height / 2, win.innerWidth, win.innerHeight);
      Object.assign(el.style, { top: '', left: '', right: '', bottom: '' }, cornerStyle(corner));
      if (u.clientX !== e.clientX || u.clientY !== e.clientY) onDock(corner);
    };
    win.addEventListener('pointermove', move);
    win.addEventListener('pointerup', end);
    e.preventDefault();
  };
  return { ref, start };
}
