import { localeFor, resolveLanguage } from '../../lib/i18n/language';
import { pageTotals } from '../../lib/overlay/page-totals';
import { buildModel, createModelCache, TOTALS_KEY, type Basis, type OverlayModel } from '../../lib/overlay/view-model';
import type { TableContext } from '../../lib/platforms/contract/adapter';
import type { Period } from '../../lib/roi/types';
import { blocking, SAVED_STATE, type SettingsState } from '../../lib/settings/blocking';
import { profileFor } from '../../lib/settings/profile-for';
import type { Settings } from '../../lib/settings/schema';
import { createKeeper, keepAll } from '../../lib/overlay/kept';
import { standAlone } from '../../lib/overlay/stand-alone';
import { createBadges, placeAll } from './badges';
import { makeFmt, type Fmt } from './format-context';
import { createReadLoop } from './loop';
import { Panel } from './Panel';
import { createPanelHost } from './panel-host';
import { createPanelLayoutStore } from './panel-layout-store';
import { createTooltip } from './tooltip';
import type { BasisInfo, Overlay, OverlayOptions, PeriodSource } from './overlay-api';
import { createSteeringLink } from './steering-link';
import { createVisibility, nearPick } from './visibility';

export type { Overlay, OverlayOptions };
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

  const visibility = opts.watchRows ? createVisibility(doc, opts.watchRows) : null;
  const steering = createSteeringLink(opts.onSteer, () => loop.schedule());
  const loop = createReadLoop(adapter, doc, opts.debounceMs ?? 40, pass, visibility ? (row) => visibility.isNear(row) : undefined);
  const tooltip = createTooltip(doc);
  const badges = createBadges(
    doc,
    adapter.badgePlacement,
    (badge, target) => {
      if (badge.view && fmt) tooltip.show(badge.view, fmt, badge.host, target);
    },
    () => tooltip.hide(),
    visibility,
  );
  // Rows that come near get their badge from their last placement; rows never read yet, or changed since, need a pass.
  visibility?.onNear((rows) => (badges.drawNear(rows.filter((r) => !loop.due(r))) || rows.some((r) => loop.due(r))) && loop.schedule());
  const [keeper, cache] = [createKeeper(), createModelCache()];
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
      if (settings) panel.showReadError(opts.texts(resolveLanguage(settings.language, opts.browserLanguage)));
    }
  }

  function runPass() {
    loop.cancel();
    if (!settings) return;
    const url = opts.getUrl();
    if (!adapter.matchesUrl(url)) return clearAll();
    let page = readPage(url, visibility !== null);
    const { ctx } = page.read;
    const entered = ctx.meta.period ? null : (enteredPeriods.get(ctx.meta.periodText ?? '') ?? null);
    const meta = entered ? { ...ctx.meta, period: entered } : ctx.meta;
    const profile = profileFor(settings, adapter.platform, ctx.meta.accountId);
    const unreadable = blocking(settingsState.unreadable, profile.id);
    const basis: Basis = unreadable.length > 0 ? 'blocked' : settingsState.stored ? 'saved' : 'assumed';
    // Rows far from the viewport may be left unread: fine where the near rows can be computed alone.
    const alone = page.read.complete ? null : standAlone(profile, meta.period, page.totals);
    const picked = alone ? nearPick(page.read.rowElements, page.rows, visibility!, alone) : null;
    if (!page.read.complete && !picked) page = readPage(url, false);
    const { read, rows, totals } = page;
    const language = resolveLanguage(settings.language, opts.browserLanguage);
    fmt = makeFmt(opts.texts(language), localeFor(language, opts.browserLanguage), profile.currency, settings.display);
    const built =
      ctx.meta.state === 'ready' || rows.length > 0
        ? buildModel({
            meta,
            columnLabels: ctx.columnLabels,
            columnName: (m) => adapter.columnName(m, ctx.meta.locale),
            totals,
            profile,
            basis,
            rows: picked && !read.complete ? picked.map((i) => rows[i]!) : rows,
            profileName: profile.name,
            targetRoi: settings.targetRoi,
            cache,
          })
        : null;
    if (read.complete) model = built;
    panel.markComplete(read.complete && built !== null);
    // The history gets what the page shows, never a kept value.
    if (built && read.complete) opts.onRead?.(meta, read.rows, read.totals);
    const paint = { fmt, targetRoi: settings.targetRoi, version: settingsVersion, lifetime: lifetimeShown() };
    placeAll(badges, page, built, read.complete ? null : picked, read.complete || !!alone?.totals, paint);
    if (!read.complete) return;
    badges.sweep();
    lastPeriod = meta.period;
    steering.ask({
      platform: adapter.platform,
      accountId: ctx.meta.accountId,
      level: ctx.meta.level,
      period: meta.period,
      roi: model?.totals?.roi ?? null,
      // Counted on saved settings only: a count from the assumed 30 % margin would be a silent number on the toolbar.
      below: basis === 'saved' ? (model?.rows.filter((v) => v.roi !== null && v.roi < settings!.targetRoi).length ?? 0) : 0,
    });
    const basisInfo = { basis, unreadable, assumedMargin: profile.margin.default };
    renderPanel(ctx, profile.name, meta.period, ctx.meta.period ? 'page' : entered ? 'entered' : 'unknown', basisInfo);
  }

  /** Read the page, with the figures of cells scrolled out of view filled from what they showed (this scope only). */
  function readPage(url: URL, lazy: boolean) {
    const read = loop.read(url, lazy);
    return { read, ...keepAll(keeper, `${settingsVersion}|${url.href}|${read.ctx.meta.periodText}|${read.ctx.headerSignature}`, read.rows, read.totals) };
  }

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
      // Every figure the panel and its total badge's breakdown show (the net profit moves while a −100 % ROI does not).
      model?.totals?.result,
      model?.rows.length,
      model?.problems,
      steering.current(),
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
        steering={steering.current()}
        onOpenSetup={opts.onOpenSetup ?? opts.onOpenOptions}
        {...b}
      />
    ));
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
    if (steering.asked()) steering.ask({ platform: adapter.platform, accountId: null, level: '', period: null, roi: null, below: 0 });
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
      // Rows need no re-read: the views kept per row are dropped, and the version in each badge's signature re-renders them all.
      cache.clear();
      steering.again();
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
      visibility?.stop();
      clearAll();
      tooltip.remove();
    },
    lastModel: () => model,
    pageTotals: () => {
      const ctx = loop.context();
      // The period the total was computed over: the page's, or the one typed in the panel.
      const profile = settings && ctx ? profileFor(settings, adapter.platform, ctx.meta.accountId) : null;
      return ctx ? pageTotals({ ...ctx.meta, period: lastPeriod }, model, profile) : null;
    },
  };
}

export { TOTALS_KEY };
