/**
 * The overlay of one page, shared by every platform: each pass reads the
 * table (loop.ts: only the rows a mutation touched), runs the engine once
 * through the view model, and updates only the badges (badges.tsx) and the
 * panel (panel-host.tsx) whose content changed. Rendering is idempotent:
 * one host per anchor cell, re-keyed when the page re-uses a row element,
 * removed when its row is gone.
 */
import type { TableExportRequest } from '../../lib/export/types';
import type { PanelSteering, SteerRequest } from '../../lib/steering/panel';
import { localeFor, resolveLanguage } from '../../lib/i18n/language';
import { overlayTranslator } from '../../lib/i18n/overlay';
import type { PageTotals } from '../../lib/messages';
import { pageTotals } from '../../lib/overlay/page-totals';
import { buildModel, primaryTotals, TOTALS_KEY, type Basis, type OverlayModel } from '../../lib/overlay/view-model';
import type { TableAdapter, TableContext } from '../../lib/platforms/contract/adapter';
import type { ExtractedRow, ExtractedTotals } from '../../lib/platforms/contract/types';
import type { Period } from '../../lib/roi/types';
import { blocking, SAVED_STATE, type SettingsState } from '../../lib/settings/blocking';
import { profileFor } from '../../lib/settings/profile-for';
import type { Settings } from '../../lib/settings/schema';
import { createBadges } from './badges';
import { makeFmt, type Fmt } from './format-context';
import { createReadLoop } from './loop';
import { Panel } from './Panel';
import { createPanelHost } from './panel-host';
import { createPanelLayoutStore, type PanelLayoutStorage } from './panel-layout-store';
import { createTooltip } from './tooltip';

export interface OverlayOptions<Ctx extends TableContext> {
  adapter: TableAdapter<Ctx>;
  doc: Document;
  getUrl: () => URL;
  browserLanguage?: string;
  onOpenOptions?: () => void;
  /** Export what the badges show (the panel's button); resolves false when it failed. */
  onExport?: (request: TableExportRequest) => Promise<boolean>;
  /** Where the panel's layout (chip or open, corner) is kept; in memory only without it. */
  panelLayout?: PanelLayoutStorage;
  /**
   * The table's steering (toolbar badge count, drift, same period last
   * year), asked when what it depends on changed; the answer is panel text.
   */
  onSteer?: (request: SteerRequest) => Promise<PanelSteering>;
  /** Open the guided first set-up (default: the options page). */
  onOpenSetup?: () => void;
  /** Coalesce mutation bursts (the platforms re-render in several steps). */
  debounceMs?: number;
  /**
   * After each complete pass that built a model: what was read, with the
   * period in force (the history's recorder debounces it).
   */
  onRead?: (meta: TableContext['meta'], rows: readonly ExtractedRow[], totals: readonly ExtractedTotals[]) => void;
}

export interface Overlay {
  /** `state`: whether they were stored, and what could not be read (default: stored, all read). */
  setSettings(settings: Settings, state?: SettingsState): void;
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

type PeriodSource = 'page' | 'entered' | 'unknown';

export function createOverlay<Ctx extends TableContext>(opts: OverlayOptions<Ctx>): Overlay {
  const { adapter, doc } = opts;
  let settings: Settings | null = null;
  let settingsState: SettingsState = SAVED_STATE;
  let settingsVersion = 0;
  // The panel's one-click switch, for this page; a new saved choice wins again.
  let badgeRoiHere: Settings['badgeRoi'] | null = null;
  const lifetimeShown = () => (badgeRoiHere ?? settings?.badgeRoi) === 'lifetime';
  let model: OverlayModel | null = null;
  let fmt: Fmt | null = null;
  // Periods the user typed for a date text the adapter could not read, for this page's life.
  const enteredPeriods = new Map<string, Period>();
  let lastPeriod: Period | null = null;
  let steerSig = '';
  let steering: PanelSteering = {};

  const loop = createReadLoop(adapter, doc, opts.debounceMs ?? 40, pass);
  const tooltip = createTooltip(doc);
  const badges = createBadges(
    doc,
    adapter.badgePlacement,
    (badge, target) => {
      if (badge.view && fmt) tooltip.show(badge.view, fmt, badge.host, target);
    },
    () => tooltip.hide(),
  );
  const panel = createPanelHost(doc);
  const layout = createPanelLayoutStore(adapter.platform, opts.panelLayout);

  /**
   * One broken read (a page the adapter has never seen) must not leave
   * stale or wrong badges: everything is removed and the panel says so.
   */
  function pass() {
    try {
      runPass();
    } catch (error) {
      console.error('[Real ROI] could not read this table', error);
      badges.clear();
      model = null;
      loop.invalidate();
      if (settings) panel.showReadError(overlayTranslator(resolveLanguage(settings.language, opts.browserLanguage)));
    }
  }

  function runPass() {
    loop.cancel();
    if (!settings) return;
    const url = opts.getUrl();
    if (!adapter.matchesUrl(url)) {
      clearAll();
      return;
    }
    const { ctx, rows, rowAnchors, totals, totalsAnchors } = loop.read(url);

    const entered = ctx.meta.period ? null : (enteredPeriods.get(ctx.meta.periodText ?? '') ?? null);
    const meta = entered ? { ...ctx.meta, period: entered } : ctx.meta;
    const profile = profileFor(settings, adapter.platform, ctx.meta.accountId);
    const unreadable = blocking(settingsState.unreadable, profile.id);
    const basis: Basis = unreadable.length > 0 ? 'blocked' : settingsState.stored ? 'saved' : 'assumed';
    const language = resolveLanguage(settings.language, opts.browserLanguage);
    fmt = makeFmt(overlayTranslator(language), localeFor(language, opts.browserLanguage), profile.currency, settings.display);
    model =
      ctx.meta.state === 'ready' || rows.length > 0
        ? buildModel({
            meta,
            columnLabels: ctx.columnLabels,
            columnName: (m) => adapter.columnName(m, ctx.meta.locale),
            rows,
            totals,
            profile,
            profileName: profile.name,
            targetRoi: settings.targetRoi,
            basis,
          })
        : null;

    if (model) opts.onRead?.(meta, rows, totals);
    if (model) {
      const paint = { fmt, targetRoi: settings.targetRoi, version: settingsVersion, lifetime: lifetimeShown() };
      model.rows.forEach((view, i) => badges.place(rowAnchors[i] ?? null, view, false, paint));
      const primary = primaryTotals(totals);
      if (model.totals && primary) badges.place(totalsAnchors[totals.indexOf(primary)] ?? null, model.totals, true, paint);
    }
    badges.sweep();
    lastPeriod = meta.period;
    steer({
      platform: adapter.platform,
      accountId: ctx.meta.accountId,
      level: ctx.meta.level,
      period: meta.period,
      roi: model?.totals?.roi ?? null,
      below: model?.rows.filter((v) => v.roi !== null && v.roi < settings!.targetRoi).length ?? 0,
    });
    const basisInfo = { basis, unreadable, assumedMargin: profile.margin.default };
    renderPanel(ctx, profile.name, meta.period, ctx.meta.period ? 'page' : entered ? 'entered' : 'unknown', basisInfo);
  }

  type BasisInfo = { basis: Basis; unreadable: SettingsState['unreadable']; assumedMargin: number };

  function renderPanel(ctx: Ctx, profileName: string, period: Period | null, periodSource: PeriodSource, b: BasisInfo) {
    if (!fmt || !settings) return;
    const sig = JSON.stringify([
      settingsVersion,
      ctx.meta.state,
      period,
      periodSource,
      ctx.meta.currency,
      profileName,
      model?.totals?.roiAttr,
      model?.totals?.lifetimeAttr,
      lifetimeShown(),
      model?.totals?.result.platformRoas,
      model?.rows.length,
      model?.problems,
      steering,
      b.basis,
    ]);
    const switchable = model?.rows.some((r) => r.lifetime) || model?.totals?.lifetime;
    const [f, s, m] = [fmt, settings, model];
    panel.show(sig, () => (
      <Panel
        fmt={f}
        state={ctx.meta.state}
        model={m}
        period={period}
        currency={ctx.meta.currency}
        profileName={profileName}
        targetRoi={s.targetRoi}
        onOpenOptions={opts.onOpenOptions}
        periodSource={periodSource}
        onSetPeriod={setPeriod}
        onExport={opts.onExport && exportTable}
        lifetime={lifetimeShown()}
        onToggleLifetime={switchable ? toggleLifetime : undefined}
        layout={layout}
        steering={steering}
        onOpenSetup={opts.onOpenSetup ?? opts.onOpenOptions}
        {...b}
      />
    ));
  }

  function steer(request: SteerRequest) {
    const sig = JSON.stringify(request);
    if (!opts.onSteer || sig === steerSig) return;
    steerSig = sig;
    opts.onSteer(request).then(
      (answer) => {
        // A later request has been sent meanwhile: its answer will come.
        if (sig !== steerSig) return;
        steering = answer;
        loop.schedule();
      },
      () => {},
    );
  }

  function exportTable(): Promise<boolean> {
    const ctx = loop.context();
    return model && ctx
      ? opts.onExport!({
          platform: adapter.platform,
          accountId: ctx.meta.accountId,
          currency: ctx.meta.currency,
          period: lastPeriod,
          rows: model.rows,
          totals: model.totals,
        })
      : Promise.resolve(false);
  }

  function toggleLifetime() {
    badgeRoiHere = lifetimeShown() ? 'firstOrder' : 'lifetime';
    loop.schedule();
  }

  function setPeriod(period: Period) {
    const ctx = loop.context();
    if (!ctx) return;
    enteredPeriods.set(ctx.meta.periodText ?? '', period);
    loop.schedule();
  }

  function clearAll() {
    if (steerSig) steer({ platform: adapter.platform, accountId: null, level: '', period: null, roi: null, below: 0 });
    badges.clear();
    panel.remove();
    tooltip.hide();
    model = null;
    loop.reset();
  }

  return {
    setSettings(next, state = SAVED_STATE) {
      if (next.badgeRoi !== settings?.badgeRoi) badgeRoiHere = null;
      settings = next;
      settingsState = state;
      // Rows need no re-read: the model is rebuilt every pass, and the
      // version in each badge's signature re-renders them all.
      settingsVersion++;
      loop.schedule();
    },
    invalidate() {
      loop.invalidate();
      loop.schedule();
    },
    flush: pass,
    stop() {
      loop.stop();
      clearAll();
      tooltip.remove();
    },
    lastModel: () => model,
    pageTotals: () => {
      const ctx = loop.context();
      return ctx ? pageTotals(ctx.meta, model) : null;
    },
  };
}

export { TOTALS_KEY };
