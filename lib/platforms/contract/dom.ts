/** DOM reading helpers shared by the platform adapters. Read-only. */

/** Elements the overlay adds to the page: never read them as page content. */
export const OVERLAY_HOST_SELECTOR = '[data-real-roi]';

/**
 * Visible text of an element: text nodes joined, skipping icon ligatures and
 * other debris (`ignored`) and the overlay's own hosts. textContent, never
 * innerHTML: cells hold `<!---->` comments and tooltip markup (S-GAUTM).
 */
export function visibleText(el: Element, ignored?: string): string {
  const skip = ignored ? `${ignored}, ${OVERLAY_HOST_SELECTOR}` : OVERLAY_HOST_SELECTOR;
  if (!el.querySelector(skip)) return collapse(el.textContent ?? '');
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && !(child as Element).matches(skip)) {
        text += ' ';
        walk(child);
      }
    }
  };
  walk(el);
  return collapse(text);
}

export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

/** First element matching any selector of a list (oldest-first fallback chains). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** The page locale: `<html lang>`, else a `hl=` URL parameter, else English. */
export function pageLocale(doc: Document, url: URL): string {
  return doc.documentElement.getAttribute('lang')?.trim() || url.searchParams.get('hl') || 'en';
}
