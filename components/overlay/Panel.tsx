import { useState } from 'preact/hooks';
import { cornerStyle } from '../../lib/overlay/panel-layout';
import { formatPercent, formatPeriod, formatRoas } from '../../lib/format';
import type { OverlayMessageKey as MessageKey } from '../../lib/i18n/overlay';
import { unreadableText } from '../../lib/overlay/unreadable-text';
import type { Basis, OverlayModel, PageProblem } from '../../lib/overlay/view-model';
import type { Unreadable } from '../../lib/settings/unreadable';
import type { Period } from '../../lib/roi/types';
import type { PanelSteering } from '../../lib/steering/panel';
import type { TableState } from '../../lib/platforms/contract/types';
import { Badge } from './Badge';
import type { Fmt } from './format-context';
import { PeriodForm } from './PeriodForm';
import { collapseOnEscape, PanelChip, PanelControls, useDrag, useLayout } from './PanelFrame';
import type { PanelLayoutStore } from './panel-layout-store';

export interface PanelProps {
  fmt: Fmt;
  state: TableState;
  model: OverlayModel | null;
  period: Period | null;
  currency: string | null;
  profileName: string;
  targetRoi: number;
  /** Where the period comes from: the page, the user (typed here), or nowhere. */
  periodSource: 'page' | 'entered' | 'unknown';
  onSetPeriod?: (period: Period) => void;
  /** Open the options page, or with `history` the progress page. */
  onOpenOptions?: (page?: 'history') => void;
  /** Export the enriched table as CSV; resolves false when it failed. */
  onExport?: () => Promise<boolean>;
  /** Chip or open, and in which corner: per platform, remembered. */
  layout: PanelLayoutStore;
  /** Badges show the lifetime ROI (where a row has one). */
  lifetime?: boolean;
  /** Present when the profile has a lifetime view: the one-click switch. */
  onToggleLifetime?: () => void;
  /** Drift and same period last year, as written by the background. */
  steering?: PanelSteering;
  onOpenSetup?: () => void;
  /** What the figures rest on; with `blocked`, what could not be read. */
  basis: Basis;
  unreadable: readonly Unreadable[];
  /** The margin assumed while nothing is set up. */
  assumedMargin: number;
}

function problemText(fmt: Fmt, p: PageProblem): string {
  if (p.code === 'state') return p.params.text ?? '';
  const fix = `fix.${p.code}` as MessageKey;
  const reason = `reason.${p.code}` as MessageKey;
  if (p.code === 'currency-assumed') return fmt.t(fix, p.params);
  return `${fmt.t(reason)} — ${fmt.t(fix, p.params)}`;
}

/**
 * The page summary: a chip with the total real ROI until the user opens it
 * (so that it hides no column on a small window), then totals, real ROI
 * against platform ROAS, and what was not recognised. It docks in a corner.
 */
export function Panel(props: PanelProps) {
  const { fmt, state, model, period, currency, profileName, targetRoi, periodSource, onSetPeriod, onOpenOptions, onExport, lifetime, steering } = props;
  const [layout, setLayout] = useLayout(props.layout);
  const [exported, setExported] = useState(true);
  const drag = useDrag((corner) => setLayout({ ...layout, corner }));
  const { t } = fmt;
  const totals = model?.totals ?? null;
  // Figures resting on assumed settings are marked where they show, as on the badges.
  const approx = totals?.basis === 'assumed' ? '≈ ' : '';
  const stateText: Partial<Record<TableState, MessageKey>> = { loading: 'panel.loading', empty: 'panel.empty', absent: 'panel.absent' };
  const problems: PageProblem[] = [
    ...(stateText[state] ? [{ code: 'state' as const, params: { text: t(stateText[state]!) } }] : []),
    ...(model?.problems ?? []),
  ];
  if (!layout.expanded) {
    // Provisional or blocked figures count as something to read in the panel.
    const notes = problems.length + (props.basis === 'saved' ? 0 : 1);
    return <PanelChip fmt={fmt} totals={totals} targetRoi={targetRoi} problems={notes} lifetime={lifetime} layout={layout} onChange={setLayout} />;
  }
  return (
    <section
      ref={drag.ref}
      class="panel"
      aria-label={t('panel.title')}
      data-real-roi-panel=""
      data-corner={layout.corner}
      style={cornerStyle(layout.corner)}
      onKeyDown={collapseOnEscape(layout, setLayout)}
    >
      <header onPointerDown={drag.start}>
        <strong>{t('panel.title')}</strong>
        {totals && <Badge view={totals} fmt={fmt} targetRoi={targetRoi} isTotal lifetime={lifetime} />}
        <PanelControls fmt={fmt} layout={layout} onChange={setLayout} />
      </header>
      <div class="body">
        <dl>
          {totals && totals.roi !== null && totals.result.status === 'ok' && (
            <>
              <dt>{t('panel.realRoi')}</dt>
              <dd data-panel="roi">{approx + fmt.roi(totals.roi)}</dd>
              <dt>{t('panel.netProfit')}</dt>
              <dd data-panel="net-profit">{approx + fmt.money(totals.result.netProfit)}</dd>
            </>
          )}
          {totals?.lifetimeRoi != null && (
            <>
              <dt>{t('breakdown.lifetimeRoi')}</dt>
              <dd data-panel="lifetime-roi">{approx + fmt.roi(totals.lifetimeRoi)}</dd>
            </>
          )}
          {totals?.result.platformRoas != null && (
            <>
              <dt>{t('panel.platformRoas')}</dt>
              <dd data-panel="roas">{formatRoas(totals.result.platformRoas, fmt.locale)}</dd>
            </>
          )}
          <dt>{t('panel.period')}</dt>
          <dd data-panel="period">
            {!period
              ? t('panel.periodUnknown')
              : periodSource === 'entered'
                ? t('panel.periodEntered', { period: formatPeriod(period, fmt.locale) })
                : formatPeriod(period, fmt.locale)}
          </dd>
          <dt>{t('panel.currency')}</dt>
          <dd>{currency ?? fmt.currency}</dd>
          <dt>{t('panel.profile')}</dt>
          <dd data-panel="profile">{profileName}</dd>
          <dt>{t('panel.rows')}</dt>
          <dd data-panel="rows">{model?.rows.length ?? 0}</dd>
        </dl>
        {props.onToggleLifetime && (
          <button type="button" class="switch" aria-pressed={lifetime === true} data-panel="lifetime-switch" onClick={props.onToggleLifetime}>
            {t('panel.lifetimeSwitch')}
          </button>
        )}
        {/* Drift and last year are recomputed with the settings: not from defaults nor from unreadable ones. */}
        {props.basis === 'saved' && steering?.drift && (
          <p class="steer" data-panel="drift">
            {steering.drift}
          </p>
        )}
        {props.basis === 'saved' && steering?.lastYear && (
          <p class="steer" data-panel="last-year">
            {steering.lastYear}
          </p>
        )}
        <BasisNote {...props} />
        {periodSource !== 'page' && onSetPeriod && <PeriodForm fmt={fmt} period={period} onSetPeriod={onSetPeriod} />}
        {problems.length > 0 && (
          <div class="problems" role="status">
            <h3>{t('panel.problems')}</h3>
            <ul>
              {problems.map((p, i) => (
                <li key={i} data-problem={p.code}>
                  {problemText(fmt, p)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {(onOpenOptions || onExport) && (
          <div class="actions">
            {onExport && (model?.rows.length ?? 0) > 0 && (
              <button type="button" data-panel="export" onClick={() => void onExport().then(setExported)}>
                {t('panel.exportCsv')}
              </button>
            )}
            {onOpenOptions && (
              <button type="button" data-real-roi-open-options="" onClick={() => onOpenOptions()}>
                {t('panel.openOptions')}
              </button>
            )}
            {onOpenOptions && (
              <button type="button" data-real-roi-open-history="" onClick={() => onOpenOptions('history')}>
                {t('panel.openHistory')}
              </button>
            )}
            {!exported && <p role="alert">{t('panel.exportFailed')}</p>}
          </div>
        )}
      </div>
    </section>
  );
}

/** Provisional figures say what they assume; unreadable settings say what could not be read. */
function BasisNote({ fmt, basis, unreadable, assumedMargin, onOpenOptions, onOpenSetup }: PanelProps) {
  const { t } = fmt;
  if (basis === 'assumed') {
    return (
      <div class="basis" data-basis="assumed" role="status">
        <p>{t('basis.assumedPanel', { margin: formatPercent(assumedMargin, fmt.locale, 0) })}</p>
        {onOpenSetup && (
          <button type="button" data-action="set-up" onClick={onOpenSetup}>
            {t('basis.setUp')}
          </button>
        )}
      </div>
    );
  }
  if (basis !== 'blocked') return null;
  return (
    <div class="basis blocked" data-problem="settings-repaired" role="alert">
      <p>{t('unreadable.intro')}</p>
      <ul>
        {unreadable.map((u) => (
          <li key={u.path} data-unreadable={u.path}>
            {unreadableText(t, u)}
          </li>
        ))}
      </ul>
      {onOpenOptions && (
        <button type="button" data-action="fix-settings" onClick={() => onOpenOptions()}>
          {t('unreadable.fix')}
        </button>
      )}
    </div>
  );
}
