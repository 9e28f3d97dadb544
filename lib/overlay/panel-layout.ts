/**
 * Where the overlay's summary panel sits and whether it is open, per
 * platform. It starts as a small chip in the bottom-right corner so that
 * on a small window it covers no column; the user opens it, moves it to
 * another corner, and finds it so on the next visit. Stored apart from the
 * settings (it is a view preference, not a cost setup), and read
 * tolerantly: anything unexpected is the default, never an error.
 */

export const CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;
export type Corner = (typeof CORNERS)[number];

export interface PanelLayout {
  expanded: boolean;
  corner: Corner;
}

export const DEFAULT_PANEL_LAYOUT: PanelLayout = { expanded: false, corner: 'bottom-right' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** This platform's layout in the stored value (all platforms' layouts). */
export function readPanelLayout(stored: unknown, platform: string): PanelLayout {
  const entry = isRecord(stored) ? stored[platform] : undefined;
  if (!isRecord(entry)) return DEFAULT_PANEL_LAYOUT;
  const corner = CORNERS.find((c) => c === entry['corner']) ?? DEFAULT_PANEL_LAYOUT.corner;
  const expanded = typeof entry['expanded'] === 'boolean' ? entry['expanded'] : DEFAULT_PANEL_LAYOUT.expanded;
  return { expanded, corner };
}

/** The stored value with this platform's layout replaced and the others' kept as they were. */
export function withPanelLayout(stored: unknown, platform: string, layout: PanelLayout): Record<string, unknown> {
  return { ...(isRecord(stored) ? stored : {}), [platform]: { expanded: layout.expanded, corner: layout.corner } };
}

/** The next corner, clockwise: what the keyboard's "move" button does. */
export function nextCorner(corner: Corner): Corner {
  return CORNERS[(CORNERS.indexOf(corner) + 1) % CORNERS.length]!;
}

/** The corner nearest to a point of the viewport: where a dragged panel docks. */
export function nearestCorner(x: number, y: number, width: number, height: number): Corner {
  const top = y < height / 2;
  const left = x < width / 2;
  return `${top ? 'top' : 'bottom'}-${left ? 'left' : 'right'}` as Corner;
}

/** Inline position of the panel in a corner, 16 px from both edges. */
export function cornerStyle(corner: Corner): Record<string, string> {
  const [v, h] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  return { [v]: '16px', [h]: '16px' };
}
