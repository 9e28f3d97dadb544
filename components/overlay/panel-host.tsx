/**
 * The panel's host: one fixed shadow host per page, re-rendered only when
 * what it shows changed (its signature), and the read-error panel that
 * replaces it when a pass fails.
 */
import { render, type VNode } from 'preact';
import type { OverlayTranslate } from '../../lib/i18n/overlay';
import { cornerStyle, DEFAULT_PANEL_LAYOUT } from '../../lib/overlay/panel-layout';
import { createHost, type Host } from './hosts';
import { PANEL_CSS } from './styles';

export interface PanelHost {
  /** Render `panel()` unless the panel already shows signature `sig`. */
  show(sig: string, panel: () => VNode): void;
  /** The table could not be read: say so, in place of the panel. */
  showReadError(t: OverlayTranslate): void;
  remove(): void;
  /**
   * Whether the panel shows a complete read of the table: attribute
   * `data-real-roi-complete` on its host, numbering complete reads (rows far
   * from the viewport are read in idle time). The controller counts only reads
   * of a table: a pass over a page without one (the steering answer's, say)
   * must not answer a probe waiting for the read of a table inserted since.
   */
  markComplete(complete: boolean): void;
}

export function createPanelHost(doc: Document): PanelHost {
  let panel: Host | null = null;
  let panelSig = '';
  let completeReads = 0;

  function mounted(): Host {
    if (!panel) panel = createHost(doc, 'real-roi-panel', 'panel', 'position: fixed; z-index: 2147483645;', PANEL_CSS);
    if (!panel.host.isConnected) (doc.body ?? doc.documentElement).append(panel.host);
    return panel;
  }

  return {
    show(sig, vnode) {
      if (panel && sig === panelSig && panel.host.isConnected) return;
      panelSig = sig;
      render(vnode(), mounted().root);
    },
    showReadError(t) {
      const host = mounted();
      panelSig = 'failure';
      render(
        <section class="panel" aria-label={t('panel.title')} data-real-roi-panel="" style={cornerStyle(DEFAULT_PANEL_LAYOUT.corner)}>
          <header>
            <strong>{t('panel.title')}</strong>
          </header>
          <div class="body">
            <div class="problems" role="status" data-problem="read-error">
              {t('panel.readError')}
            </div>
          </div>
        </section>,
        host.root,
      );
    },
    markComplete(complete) {
      if (!complete) panel?.host.removeAttribute('data-real-roi-complete');
      else mounted().host.setAttribute('data-real-roi-complete', String(++completeReads));
    },
    remove() {
      if (panel) {
        render(null, panel.root);
        panel.host.remove();
        panel = null;
      }
    },
  };
}
