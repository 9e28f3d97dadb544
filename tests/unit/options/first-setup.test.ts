import { describe, expect, it } from 'vitest';
import { applySetup, setupAnswers, setupProblems } from '../../../lib/options/first-setup';
import { checkSettings, defaultSettings } from '../../../lib/settings';

const labels = { staff: 'Staff', tools: 'Tools', agency: 'Agency', payment: 'Payments', shipping: 'Shipping' };

describe('first set-up', () => {
  it('starts from the defaults, with no cost', () => {
    expect(setupAnswers(defaultSettings())).toMatchObject({ currency: 'EUR', margin: 0.3, targetRoi: 0.5, tools: null, shipping: null });
  });

  it('turns only the answers given into costs, and the result is valid settings', () => {
    const a = {
      ...setupAnswers(defaultSettings()),
      margin: 0.55,
      currency: 'usd',
      staffHours: 10,
      hourlyRate: 40,
      tools: 99,
      paymentRate: 0.02,
      targetRoi: 0.8,
    };
    expect(setupProblems(a)).toEqual({});
    const s = applySetup(defaultSettings(), a, labels);
    expect(checkSettings(s).ok).toBe(true);
    expect(s.targetRoi).toBe(0.8);
    expect(s.profiles[0]).toMatchObject({ currency: 'USD', margin: { default: 0.55, rules: [] } });
    expect(s.profiles[0]!.costs).toEqual([
      { kind: 'staffTime', label: 'Staff', hoursPerMonth: 10, hourlyRate: 40 },
      { kind: 'monthly', label: 'Tools', amount: 99 },
      { kind: 'percentOfRevenue', label: 'Payments', rate: 0.02 },
    ]);
  });

  it('refuses what cannot be saved: no margin, a rate over 100 %, hours without their cost', () => {
    const a = { ...setupAnswers(defaultSettings()), margin: null, agencyRate: 1.5, staffHours: 10, tools: Number.NaN };
    expect(setupProblems(a)).toEqual({ margin: 'required', agencyRate: 'range', hourlyRate: 'pair', tools: 'notNumber' });
  });

  it('names the built-in profile in the language of the set-up, and leaves a name the user chose', () => {
    const a = { ...setupAnswers(defaultSettings()), margin: 0.4 };
    expect(applySetup(defaultSettings(), a, { ...labels, profile: 'Ma boutique' }).profiles[0]!.name).toBe('Ma boutique');
    const named = defaultSettings();
    named.profiles[0]!.name = 'Bébé Douceur';
    expect(applySetup(named, a, { ...labels, profile: 'Ma boutique' }).profiles[0]!.name).toBe('Bébé Douceur');
  });
});
