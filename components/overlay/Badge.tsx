import { verdict } from '../../lib/format';
import type { BadgeView } from '../../lib/overlay/view-model';
import type { Fmt } from './format-context';

interface Props {
  view: BadgeView;
  fmt: Fmt;
  targetRoi: number;
  isTotal?: boolean;
  /** Show the lifetime ROI where the row has one (the display setting, or the panel's switch). */
  lifetime?: boolean;
  onShow?: (target: EventTarget | null) => void;
  onHide?: () => void;
}

/**
 * A badge's text and colour class: shared by the badge and the panel's chip.
 * A lifetime figure never stands alone: `tag` labels it wherever it is shown.
 */
export function badgeLook(view: BadgeView, fmt: Fmt, targetRoi: number, isTotal = false, lifetime = false) {
  const life = lifetime && view.lifetimeRoi !== null;
  const roi = life ? view.lifetimeRoi : view.roi;
  const na = roi === null;
  const loading = view.reasons[0] === 'loading';
  // A number computed from settings nobody entered is provisional, on the badge itself.
  const assumed = !na && view.basis === 'assumed';
  const text = loading ? fmt.t('badge.pending') : na ? fmt.t('badge.na') : assumed ? `≈ ${fmt.roi(roi)}` : fmt.roi(roi);
  const cls = `badge ${na ? 'na' : verdict(roi, targetRoi)}${assumed ? ' assumed' : ''}${isTotal ? ' total' : ''}`;
  return { text, cls, na, life, assumed, tag: life ? <span class="tag">{fmt.t('badge.lifetimeTag')}</span> : null };
}

/** The compact real-ROI badge placed in a table cell. */
export function Badge({ view, fmt, targetRoi, isTotal, lifetime, onShow, onHide }: Props) {
  const { text, cls, na, life, assumed, tag } = badgeLook(view, fmt, targetRoi, isTotal, lifetime);
  const label = na
    ? fmt.t('badge.titleNa', { reason: fmt.t(`reason.${view.reasons[0] ?? 'value-missing'}`) })
    : fmt.t(life ? 'badge.titleLifetime' : assumed ? 'badge.titleAssumed' : 'badge.title', { value: text });
  return (
    <button
      type="button"
      class={cls}
      aria-label={label}
      onMouseEnter={(e) => onShow?.(e.currentTarget)}
      onFocus={(e) => onShow?.(e.currentTarget)}
      onMouseLeave={() => onHide?.()}
      onBlur={() => onHide?.()}
      onKeyDown={(e) => e.key === 'Escape' && onHide?.()}
    >
      {tag}
      {text}
    </button>
  );
}
