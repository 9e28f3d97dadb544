/**
 * Which rows are in or near the viewport, for drawing badges only there.
 * An IntersectionObserver watches the rows that have no badge yet, with a
 * margin of two screens (scrollMargin extends it inside scrolling
 * containers, where rootMargin alone does not reach); a row that came near
 * once stays near (its badge stays), and is no longer watched.
 */
import type { StandAlone } from '../../lib/overlay/stand-alone';

export interface Visibility {
  /** Has this row come near the viewport? If not, it is watched from now on. */
  isNear(row: Element): boolean;
  /** Called (between passes) with rows that just came near. */
  onNear(listener: (rows: Element[]) => void): void;
  /** Stop watching a row that left the table. */
  forget(row: Element): void;
  stop(): void;
}

/** Two screens above and below, in px: a percentage in scrollMargin is of the scrolling box, not the screen. */
const margin = (win: Window | null) => `${2 * (win?.innerHeight || 800)}px 0px`;

type IOCtor = typeof IntersectionObserver;

/** Null where the document's realm has no IntersectionObserver (then every badge is drawn). */
export function createVisibility(doc: Document, Ctor?: IOCtor | null): Visibility | null {
  const IO = Ctor === undefined ? (doc.defaultView as (Window & typeof globalThis) | null)?.IntersectionObserver : Ctor;
  if (!IO) return null;
  const near = new WeakSet<Element>();
  const watched = new WeakSet<Element>();
  let listener: (rows: Element[]) => void = () => {};
  const observer = new IO(
    (entries) => {
      const came: Element[] = [];
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        near.add(e.target);
        watched.delete(e.target);
        observer.unobserve(e.target);
        came.push(e.target);
      }
      if (came.length) listener(came);
    },
    { rootMargin: margin(doc.defaultView), scrollMargin: margin(doc.defaultView) } as IntersectionObserverInit,
  );
  return {
    isNear(row) {
      if (near.has(row)) return true;
      if (!watched.has(row)) {
        watched.add(row);
        observer.observe(row);
      }
      return false;
    },
    onNear(l) {
      listener = l;
    },
    forget(row) {
      if (!watched.has(row)) return;
      watched.delete(row);
      observer.unobserve(row);
    },
    stop: () => observer.disconnect(),
  };
}

/**
 * The rows of a partial read that a pass can paint: those near the viewport
 * (indices into `rows`), or null when one of them cannot be computed alone
 * (then the pass needs every row).
 */
export function nearPick(elements: readonly Element[], rows: readonly { name: string | null }[], visibility: Visibility, alone: StandAlone): number[] | null {
  const picked: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (!visibility.isNear(elements[i]!)) continue;
    if (!alone.row(rows[i]!.name)) return null;
    picked.push(i);
  }
  return picked;
}
