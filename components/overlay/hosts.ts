/**
 * Shadow-root hosts for the overlay: styles leak neither in (shadow DOM, and
 * `all: initial` inline on the host against page rules that target it) nor
 * out. One constructed stylesheet is shared by every root.
 */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();

function sharedSheet(doc: Document, css: string): CSSStyleSheet | null {
  let byCss = sheets.get(doc);
  if (!byCss) sheets.set(doc, (byCss = new Map()));
  if (!byCss.has(css)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
      sheet = new Ctor();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    byCss.set(css, sheet);
  }
  return byCss.get(css) ?? null;
}

export interface Host {
  host: HTMLElement;
  root: ShadowRoot;
}

/** A new host element (not yet attached) with an open shadow root carrying the overlay CSS. */
export function createHost(doc: Document, tag: string, kind: string, hostStyle: string, css: string): Host {
  const host = doc.createElement(tag);
  host.setAttribute('data-real-roi', kind);
  host.style.cssText = `all: initial; ${hostStyle}`;
  const root = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc, css);
  try {
    if (!sheet) throw new Error('no constructable stylesheet');
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Some content-script worlds refuse adopted sheets: fall back to a <style>.
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}

/** Is this node one of ours (a host or inside one, in the light DOM)? */
export function isOverlayNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest('[data-real-roi]');
}
