/** "Use this page's totals": enabled only when the active tab is an ad table with the overlay. */
import type { PageTotals } from '../../lib/messages';
import { formatPeriod } from '../../lib/format';
import type { PopupFmt } from './shared';

export interface PageFillProps {
  fmt: PopupFmt;
  totals: PageTotals | null | 'checking';
  filled: PageTotals | null;
  onFill: () => void;
}

export function PageFill({ fmt, totals, filled, onFill }: PageFillProps) {
  const { t, locale } = fmt;
  const available = totals !== null && totals !== 'checking';
  let note: string;
  if (filled) note = filled.period ? t('popup.filled', { period: formatPeriod(filled.period, locale) }) : t('popup.filledNoPeriod');
  else if (available) note = t('popup.fillHint');
  else note = t('popup.fillUnavailable');
  // Never a silent difference: the popup counts every fixed cost in full, the total badge maybe a share.
  if (filled?.fixedCostsShared) note = `${note} ${t('popup.filledShared')}`;
  return (
    <div class="fill">
      <button type="button" onClick={onFill} disabled={!available} aria-describedby="fill-note" data-testid="fill">
        {t('popup.fill')}
      </button>
      <p id="fill-note" class="hint">
        {note}
      </p>
    </div>
  );
}
