import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { formsEn } from '../../../lib/i18n/forms.en';
import { formsFr } from '../../../lib/i18n/forms.fr';
import { fr } from '../../../lib/i18n/fr';
import { lifetimeEn } from '../../../lib/i18n/lifetime.en';
import { lifetimeFr } from '../../../lib/i18n/lifetime.fr';
import { popupEn } from '../../../lib/i18n/popup.en';
import { popupFr } from '../../../lib/i18n/popup.fr';
import { overlayEn } from '../../../lib/i18n/overlay.en';
import { overlayFr } from '../../../lib/i18n/overlay.fr';
import { steeringEn } from '../../../lib/i18n/steering.en';
import { steeringFr } from '../../../lib/i18n/steering.fr';

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('English and French catalogs', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(formsFr).sort()).toEqual(Object.keys(formsEn).sort());
    expect(Object.keys(popupFr).sort()).toEqual(Object.keys(popupEn).sort());
    expect(Object.keys(overlayFr).sort()).toEqual(Object.keys(overlayEn).sort());
    expect(Object.keys(lifetimeFr).sort()).toEqual(Object.keys(lifetimeEn).sort());
    expect(Object.keys(steeringFr).sort()).toEqual(Object.keys(steeringEn).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, params(fr[key])]).toEqual([key, params(en[key])]);
    }
  });

  it('have no empty text, and the parts do not overwrite each other', () => {
    for (const text of [...Object.values(en), ...Object.values(fr)]) expect(text.trim()).not.toBe('');
    const formsKeys = [...Object.keys(formsEn), ...Object.keys(lifetimeEn)];
    const popupKeys = new Set(Object.keys(popupEn));
    expect(formsKeys.filter((k) => popupKeys.has(k))).toEqual([]);
    expect(new Set(formsKeys).size).toBe(formsKeys.length);
    const overlayKeys = Object.keys(en).length - formsKeys.length - popupKeys.size;
    expect(overlayKeys).toBeGreaterThan(0);
  });

  it('name the payback months as the CAC being paid back, in the popup as in the breakdown', () => {
    // In French "retour sur investissement" is the ROI itself: a label that says ROI over a count of months.
    expect(popupFr['result.payback']).not.toMatch(/retour sur investissement/i);
    for (const [popup, overlay] of [
      [popupEn, overlayEn],
      [popupFr, overlayFr],
    ] as const) {
      expect(popup['result.payback']).toContain('CAC');
      expect(overlay['breakdown.payback']).toContain('CAC');
    }
  });
});
