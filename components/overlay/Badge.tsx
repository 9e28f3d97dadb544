import { verdict } from '../../lib/format';
import type { BadgeView } from '../../lib/overlay/view-model';
import type { Fmt } from './format-context';

interface Props {
  view: BadgeView;
  fmt: Fmt;
  targetRoi: number;
  isTotal?: boolean;
  onShow?: (target: EventTarget | null) => void;
  onHide?: () => void;
}

/** A badge's text and colour class: shared by the badge and the panel's chip. */
export function badgeLook(view: BadgeView, fmt: Fmt, targetRoi: number, isTotal = false) {
  const { roi } = view;
  const na = roi === null;
  const loading = view.reasons[0] === 'loading';
  const text = loading ? fmt.t('badge.pending') : na ? fmt.t('badge.na') : fmt.roi(roi);
  const cls = `badge ${na ? 'na' : verdict(roi, targetRoi)}${isTotal ? ' total' : ''}`;
  return { text, cls, na };
}

/** The compact real-ROI badge placed in a table cell. */
export function Badge({ view, fmt, targetRoi, isTotal, onShow, onHide }: Props) {
  const { text, cls, na } = badgeLook(view, fmt, targetRoi, isTotal);
  const label = na
    ? fmt.t('badge.titleNa', { reason: fmt.t(`reason.${view.reasons[0] ?? 'value-missing'}`) })
    : fmt.t('badge.title', { value: text });
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
      {text}
    </button>
  );
}
