import { describe, expect, it } from 'vitest';
import { CORNERS, DEFAULT_PANEL_LAYOUT, nearestCorner, nextCorner, readPanelLayout, withPanelLayout } from '../../../lib/overlay/panel-layout';

describe('panel layout', () => {
  it('reads anything unexpected as the default (a chip, bottom right), field by field', () => {
    for (const stored of [undefined, null, 3, 'x', [], { 'google-ads': 'open' }, { 'google-ads': [] }]) {
      expect(readPanelLayout(stored, 'google-ads')).toEqual(DEFAULT_PANEL_LAYOUT);
    }
    expect(readPanelLayout({ 'google-ads': { expanded: 'yes', corner: 'top-left' } }, 'google-ads')).toEqual({ expanded: false, corner: 'top-left' });
    expect(readPanelLayout({ 'google-ads': { expanded: true, corner: 'middle' } }, 'google-ads')).toEqual({ expanded: true, corner: 'bottom-right' });
    expect(readPanelLayout({ meta: { expanded: true, corner: 'top-left' } }, 'google-ads')).toEqual(DEFAULT_PANEL_LAYOUT);
  });

  it('writes one platform and keeps the others', () => {
    const stored = { meta: { expanded: true, corner: 'top-left' }, other: 1 };
    expect(withPanelLayout(stored, 'google-ads', { expanded: true, corner: 'top-right' })).toEqual({
      meta: { expanded: true, corner: 'top-left' },
      other: 1,
      'google-ads': { expanded: true, corner: 'top-right' },
    });
    expect(withPanelLayout('junk', 'meta', DEFAULT_PANEL_LAYOUT)).toEqual({ meta: DEFAULT_PANEL_LAYOUT });
  });

  it('"move" visits every corner and comes back', () => {
    const seen = new Set<string>();
    let c = DEFAULT_PANEL_LAYOUT.corner;
    for (let i = 0; i < CORNERS.length; i++) {
      seen.add(c);
      c = nextCorner(c);
    }
    expect(c).toBe(DEFAULT_PANEL_LAYOUT.corner);
    expect([...seen].sort()).toEqual([...CORNERS].sort());
  });

  it('a dragged panel docks in the nearest corner', () => {
    expect(nearestCorner(10, 10, 800, 600)).toBe('top-left');
    expect(nearestCorner(790, 10, 800, 600)).toBe('top-right');
    expect(nearestCorner(10, 590, 800, 600)).toBe('bottom-left');
    expect(nearestCorner(700, 500, 800, 600)).toBe('bottom-right');
  });
});
