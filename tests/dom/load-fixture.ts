/** Load a committed fixture page into a happy-dom Window at its real URL. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function fixtureUrlOf(html: string): string {
  const m = /<meta\s+name="fixture-url"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error('fixture without <meta name="fixture-url">');
  return m[1]!.replace(/&amp;/g, '&');
}

export function loadFixture(rel: string, options: { scripts?: boolean } = {}) {
  const html = readFileSync(path.join(FIXTURES, rel), 'utf8');
  const url = fixtureUrlOf(html);
  const window = new Window({
    url,
    settings: {
      // Only pages that carry their own behaviour (virtualized, SPA harnesses) run scripts.
      enableJavaScriptEvaluation: options.scripts ?? /<script[\s>]/.test(html),
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return { window, document: window.document as unknown as Document, url: new URL(url) };
}
