/**
 * The overlay's rendering loop, shared by every platform: observe the page,
 * re-read only the rows a mutation touched, run the engine once per pass,
 * and update only the badges whose content changed. Rendering is idempotent:
 * one host per anchor cell, re-keyed when the page re-uses a row element,
 * removed when its row is gone.
 */
import { render } from 'preact';
import { localeFor, resolveLanguage } from '../../lib/i18n/language';
import { overlayTranslator } from '../../lib/i18n/overlay';
import type { PageTotals } from '../../lib/messages';
import { pageTotals } from '../../lib/overlay/page-totals';
import { buildModel, primaryTotals, TOTALS_KEY, type BadgeView, type OverlayModel } from '../../lib/overlay/view-model';
import { profileFor } from '../../lib/settings/profile-for';
import type { Settings } from '../../lib/settings/schema';
import type { RowRead, TableAdapter, TableContext } from '../../lib/platforms/contract/adapter';
import type { Period } from '../../lib/roi/types';
import type { ExtractedRow, ExtractedTotals } from '../../lib/platforms/contract/types';
import { Badge } from './Badge';
import { Breakdown } from './Breakdown';
import { makeFmt, type Fmt } from './format-context';
import { createHost, isOverlayNode, type Host } from './hosts';
import { Panel } from './Panel';
import { BADGE_CSS, PANEL_CSS } from './styles';

export interface OverlayOptions<Ctx extends TableContext> {
  adapter: TableAdapter<Ctx>;
  doc: Document;
  getUrl: () => URL;
  browserLanguage?: string;
  onOpenOptions?: () => void;
  /** Coalesce mutation bursts (the platforms re-render in several steps). */
  debounceMs?: number;
  /** After each pass that built a model: what was read (the history's recorder debounces it). */
  onRead?: (meta: TableContext['meta'], rows: readonly ExtractedRow[], totals: readonly ExtractedTotals[]) => void;
}

export interface Overlay {
  setSettings(settings: Settings): void;
  /** Re-read everything soon (navigation, settings). */
  invalidate(): void;
  /** Run a pass now (tests, first paint). */
  flush(): void;
  stop(): void;
  /** The last model, for tests and the popup's "use the page's totals". */
  lastModel(): OverlayModel | null;
  /** The page's totals as read, or null when the overlay shows none. */
  pageTotals(): PageTotals | null;
}

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
const BADGE_HOST_STYLE_CELL_START = 'display: block; position: absolute; top: 50%; inset-inline-start: 6px; z-index: 1; '
  + 'margin: 0; transform: translateY(-50%); line-height: 0;';

interface BadgeHost extends Host {
  sig: string;
  /** The latest view, for the breakdown: a row's numbers can change without its badge text changing. */
  view: BadgeView | null;
}

export function createOverlay<Ctx extends TableContext>(opts: OverlayOptions<Ctx>): Overlay {
  const { adapter, doc } = opts;
  const debounceMs = opts.debounceMs ?? 40;
  let settings: Settings | null = null;
  let settingsVersion = 0;
  let ctx: Ctx | null = null;
  let full = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let model: OverlayModel | null = null;
  const dirty = new Set<Element>();
  const reads = new WeakMap<Element, RowRead>();
  const badgeByAnchor = new WeakMap<Element, BadgeHost>();
  let liveBadges = new Set<BadgeHost>();
  let panel: Host | null = null;
  let tip: Host | null = null;
  let fmt: Fmt | null = null;
  let panelSig = '';
  // Periods the user typed for a date text the adapter could not read, for this page's life.
  const enteredPeriods = new Map<string, Period>();

  // The document's own realm: content scripts and test windows alike.
  const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    let relevant = false;
    for (const rec of records) {
      if (isOverlayNode(rec.target)) continue;
      if (rec.type === 'childList' && onlyOurs(rec)) continue;
      relevant = true;
      const row = ctx ? adapter.rowOf(ctx, rec.target) : null;
      if (row) dirty.add(row);
    }
    if (relevant) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'href', 'essfield', 'aria-busy'] });

  function onlyOurs(rec: MutationRecord): boolean {
    const nodes = [...Array.from(rec.addedNodes), ...Array.from(rec.removedNodes)];
    return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && (n as Element).hasAttribute('data-real-roi'));
  }

  function schedule() {
    if (timer === null) timer = setTimeout(pass, debounceMs);
  }

  /**
   * One broken read (a page the adapter has never seen) must not leave
   * stale or wrong badges: everything is removed and the panel says so.
   */
  function pass() {
    try {
      runPass();
    } catch (error) {
      console.error('[Real ROI] could not read this table', error);
      for (const b of liveBadges) removeBadge(b);
      liveBadges = new Set();
      model = null;
      full = true;
      renderFailure();
    }
  }

  function runPass() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!settings) return;
    const url = opts.getUrl();
    if (!adapter.matchesUrl(url)) {
      clearAll();
      return;
    }
    const next = adapter.readContext(doc, url);
    if (!ctx || next.grid !== ctx.grid || next.headerSignature !== ctx.headerSignature) full = true;
    ctx = next;

    const rows: ExtractedRow[] = [];
    const rowAnchors: (Element | null)[] = [];
    const totals: ExtractedTotals[] = [];
    const totalsAnchors: (Element | null)[] = [];
    for (const el of adapter.rowElements(ctx)) {
      let read = reads.get(el);
      if (!read || full || dirty.has(el)) {
        read = adapter.readRow(ctx, el);
        reads.set(el, read);
      }
      if (read.type === 'data') {
        rows.push(read.row);
        rowAnchors.push(read.anchor);
      } else if (read.type === 'totals') {
        totals.push(read.totals);
        totalsAnchors.push(read.anchor);
      }
    }
    dirty.clear();
    full = false;

    const entered = ctx.meta.period ? null : enteredPeriods.get(ctx.meta.periodText ?? '') ?? null;
    const meta = entered ? { ...ctx.meta, period: entered } : ctx.meta;
    const profile = profileFor(settings, adapter.platform, ctx.meta.accountId);
    const language = resolveLanguage(settings.language, opts.browserLanguage);
    fmt = makeFmt(overlayTranslator(language), localeFor(language, opts.browserLanguage), profile.currency, settings.display);
    model = ctx.meta.state === 'ready' || rows.length > 0
      ? buildModel({
        meta,
        columnLabels: ctx.columnLabels,
        columnName: (m) => adapter.columnName(m, ctx!.meta.locale),
        rows,
        totals,
        profile,
        profileName: profile.name,
        targetRoi: settings.targetRoi,
      })
      : null;

    if (model) opts.onRead?.(meta, rows, totals);
    const used = new Set<BadgeHost>();
    if (model) {
      model.rows.forEach((view, i) => placeBadge(rowAnchors[i] ?? null, view, false, used));
      const primary = primaryTotals(totals);
      if (model.totals && primary) placeBadge(totalsAnchors[totals.indexOf(primary)] ?? null, model.totals, true, used);
    }
    for (const b of liveBadges) if (!used.has(b)) removeBadge(b);
    liveBadges = used;
    renderPanel(profile.name, meta.period, ctx.meta.period ? 'page' : entered ? 'entered' : 'unknown');
  }

  function placeBadge(anchor: Element | null, view: BadgeView, isTotal: boolean, used: Set<BadgeHost>) {
    if (!anchor || !fmt) return;
    let b = badgeByAnchor.get(anchor);
    if (!b || used.has(b)) {
      const hostStyle = adapter.badgePlacement === 'cell-start' ? BADGE_HOST_STYLE_CELL_START : BADGE_HOST_STYLE;
      b = { ...createHost(doc, 'real-roi-badge', 'badge', hostStyle, BADGE_CSS), sig: '', view: null };
      badgeByAnchor.set(anchor, b);
    }
    if (b.host.parentNode !== anchor) anchor.append(b.host);
    used.add(b);
    b.view = view;
    const sig = `${settingsVersion}|${view.key}|${view.roiAttr}|${view.reasons.join(',')}`;
    if (b.sig === sig) return;
    b.sig = sig;
    b.host.setAttribute('data-real-roi-row', view.key);
    b.host.setAttribute('data-roi', view.roiAttr);
    if (view.roiAttr === 'na') b.host.setAttribute('data-roi-reason', view.reasons[0] ?? 'value-missing');
    else b.host.removeAttribute('data-roi-reason');
    const host = b;
    render(
      <Badge view={view} fmt={fmt} targetRoi={settings!.targetRoi} isTotal={isTotal}
        onShow={(target) => showTip(host, target)} onHide={hideTip} />,
      b.root,
    );
  }

  function removeBadge(b: BadgeHost) {
    render(null, b.root);
    b.host.remove();
  }

  function showTip(badge: BadgeHost, target: EventTarget | null) {
    const { view, host } = badge;
    if (!view || !fmt) return;
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
    const r = host.getBoundingClientRect();
    const view_h = doc.documentElement.clientHeight;
    const h = box.offsetHeight;
    const top = r.bottom + 6 + h > view_h ? Math.max(4, r.top - 6 - h) : r.bottom + 6;
    const left = Math.max(4, Math.min(r.left, doc.documentElement.clientWidth - box.offsetWidth - 4));
    box.style.top = `${top}px`;
    box.style.left = `${left}px`;
  }

  function hideTip() {
    if (tip) render(null, tip.root);
  }

  function renderPanel(profileName: string, period: Period | null, periodSource: 'page' | 'entered' | 'unknown') {
    if (!ctx || !fmt || !settings) return;
    const sig = JSON.stringify([settingsVersion, ctx.meta.state, period, periodSource, ctx.meta.currency, profileName,
      model?.totals?.roiAttr, model?.totals?.result.platformRoas, model?.rows.length, model?.problems]);
    if (panel && sig === panelSig && panel.host.isConnected) return;
    panelSig = sig;
    if (!panel) panel = createHost(doc, 'real-roi-panel', 'panel', 'position: fixed; z-index: 2147483645;', PANEL_CSS);
    if (!panel.host.isConnected) (doc.body ?? doc.documentElement).append(panel.host);
    render(
      <Panel fmt={fmt} state={ctx.meta.state} model={model} period={period} currency={ctx.meta.currency}
        profileName={profileName} targetRoi={settings.targetRoi} onOpenOptions={opts.onOpenOptions}
        periodSource={periodSource} onSetPeriod={setPeriod} />,
      panel.root,
    );
  }

  function renderFailure() {
    if (!settings) return;
    const language = resolveLanguage(settings.language, opts.browserLanguage);
    const t = overlayTranslator(language);
    if (!panel) panel = createHost(doc, 'real-roi-panel', 'panel', 'position: fixed; z-index: 2147483645;', PANEL_CSS);
    if (!panel.host.isConnected) (doc.body ?? doc.documentElement).append(panel.host);
    panelSig = 'failure';
    render(
      <section class="panel" aria-label={t('panel.title')} data-real-roi-panel="">
        <header><strong>{t('panel.title')}</strong></header>
        <div class="body"><div class="problems" role="status" data-problem="read-error">{t('panel.readError')}</div></div>
      </section>,
      panel.root,
    );
  }

  function setPeriod(period: Period) {
    if (!ctx) return;
    enteredPeriods.set(ctx.meta.periodText ?? '', period);
    schedule();
  }

  function clearAll() {
    for (const b of liveBadges) removeBadge(b);
    liveBadges = new Set();
    if (panel) {
      render(null, panel.root);
      panel.host.remove();
      panel = null;
    }
    hideTip();
    model = null;
    ctx = null;
    full = true;
  }

  return {
    setSettings(next) {
      settings = next;
      // Rows need no re-read: the model is rebuilt every pass, and the
      // version in each badge's signature re-renders them all.
      settingsVersion++;
      schedule();
    },
    invalidate() {
      full = true;
      schedule();
    },
    flush: pass,
    stop() {
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      clearAll();
      tip?.host.remove();
      tip = null;
    },
    lastModel: () => model,
    pageTotals: () => (ctx ? pageTotals(ctx.meta, model) : null),
  };
}

export { TOTALS_KEY };
