import { describe, expect, it } from 'vitest';
import { recompute } from '../../../lib/history';
import { answerSteer } from '../../../lib/steering/answer';
import { asSteerRequest, badgeText, panelSteering, type SteerRequest } from '../../../lib/steering/panel';
import { CLOTHING_SHOP } from '../../shared/worked-examples';
import { entry, settingsWith } from '../history/helpers';

const settings = settingsWith({ ...CLOTHING_SHOP, costs: [] });
const WEEK = { start: '2026-12-07', end: '2026-12-13' };
const req = (over: Partial<SteerRequest> = {}): SteerRequest => ({
  platform: 'google-ads',
  accountId: '123-456-7890',
  level: 'campaigns',
  period: WEEK,
  roi: 0.41,
  below: 2,
  ...over,
});
/** A recorded table whose real ROI is `roi` (margin 60 %, no other cost: ROI = 0.6 V / S − 1). */
function recorded(period: { start: string; end: string }, roi: number) {
  const value = ((roi + 1) * 1000) / 0.6;
  const e = entry({
    period,
    rows: [{ key: 'campaign:1', name: 'Shopping', spend: 1000, conversions: 10, conversionValue: value, roas: null, pending: [] }],
    totals: [{ scope: 'table', label: 'Total: Campaigns', spend: 1000, conversions: 10, conversionValue: value, roas: null }],
  });
  return { entry: e, rec: recompute(e, settings) };
}

describe("the panel's steering lines", () => {
  it('"this week: 18 % below your target"', () => {
    expect(panelSteering(req(), [], 0.5, 'en', 'en-US').drift).toBe('This week: 18% below your target (50%)');
    expect(panelSteering(req(), [], 0.5, 'fr', 'fr-FR').drift).toBe('Cette semaine : 18\u00a0% en dessous de votre cible (50\u00a0%)');
    expect(panelSteering(req({ roi: 0.46 }), [], 0.5, 'en', 'en-US').drift).toBe('This week: within 10 % of your target (50%)');
    expect(panelSteering(req({ period: { start: '2026-12-01', end: '2026-12-31' } }), [], 0.5, 'en', 'en-US').drift).toBeUndefined();
  });

  it('says there is no drift when the week has no real ROI, and why last year cannot be compared', () => {
    const none = panelSteering(req({ roi: null }), [], 0.5, 'en', 'en-US');
    expect(none.drift).toBe('This week: no comparison with your target (50%), the total has no real ROI (why: see above)');
    expect(panelSteering(req({ roi: null }), [], 0.5, 'fr', 'fr-FR').drift).toMatch(/^Cette semaine : pas de comparaison avec votre cible \(50\u00a0%\)/);
    const then = recorded({ start: '2025-12-07', end: '2025-12-13' }, 0.6);
    expect(panelSteering(req({ roi: null }), [then], 0.5, 'en', 'en-US').lastYear).toMatch(
      /^Same period last year \(Dec 7\s–\s13, 2025\): 60\.0%; no comparison while this table’s total has no real ROI$/,
    );
    const blind = entry({ period: { start: '2025-12-07', end: '2025-12-13' }, totals: [] });
    const noTotals = { entry: blind, rec: recompute(blind, settings) };
    expect(panelSteering(req(), [noTotals], 0.5, 'en', 'en-US').lastYear).toMatch(/is recorded but has no real ROI: the table showed no totals row$/);
    expect(panelSteering(req(), [noTotals], 0.5, 'fr', 'fr-FR').lastYear).toMatch(/sans ROI réel : le tableau n’affichait pas de ligne de total$/);
  });

  it('December 280 % against 260 %: +20 points, +7.7 %', () => {
    const december = { start: '2026-12-01', end: '2026-12-31' };
    const then = recorded({ start: '2025-12-01', end: '2025-12-31' }, 2.6);
    const s = panelSteering(req({ period: december, roi: 2.8 }), [then], 0.5, 'en', 'en-US');
    expect(s.lastYear).toBe('Same period last year: 260.0% → 280.0% (+20.0 points, +7.7%)');
  });

  it('February 65 % against 45 %: +20 points, +44.4 %; points only when the ROI then was ≤ 0', () => {
    const feb = { start: '2026-02-01', end: '2026-02-28' };
    const then = recorded({ start: '2025-02-01', end: '2025-02-28' }, 0.45);
    expect(panelSteering(req({ period: feb, roi: 0.65 }), [then], 0.5, 'fr', 'fr-FR').lastYear).toBe(
      'Même période l’an dernier : 45,0\u00a0% → 65,0\u00a0% (+20,0 points, +44,4\u00a0%)',
    );
    const loss = recorded({ start: '2025-02-01', end: '2025-02-28' }, -0.1);
    expect(panelSteering(req({ period: feb, roi: 0.65 }), [loss], 0.5, 'en', 'en-US').lastYear).toBe('Same period last year: -10.0% → 65.0% (+75.0 points)');
  });

  it('says which dates to open when last year is not recorded (29 February → 28 February)', () => {
    expect(panelSteering(req({ period: { start: '2028-02-23', end: '2028-02-29' } }), [], 0.5, 'en', 'en-US').lastYear).toMatch(
      /^To compare with last year, open Feb 23\s–\s28, 2027 once$/,
    );
  });

  it('sets the toolbar badge first, with the count below target', async () => {
    const texts: string[] = [];
    await answerSteer(req({ below: 3 }), { settings: async () => settings, entries: async () => [], setBadge: (t) => texts.push(t), browserLanguage: 'en-US' });
    await answerSteer(req({ below: 0, period: null }), {
      settings: async () => settings,
      entries: async () => [],
      setBadge: (t) => texts.push(t),
      browserLanguage: 'en-US',
    });
    expect(texts).toEqual(['3', '']);
    expect(badgeText(1500)).toBe('999');
  });

  it('checks the request it receives', () => {
    expect(asSteerRequest({ platform: 'bing' })).toBeNull();
    expect(asSteerRequest({ platform: 'meta', period: { start: 'x', end: 'y' }, roi: 'NaN', below: -1 })).toEqual({
      platform: 'meta',
      accountId: null,
      level: '',
      period: null,
      roi: null,
      below: 0,
    });
  });
});
