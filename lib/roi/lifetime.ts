/** Lifetime value and lead value, beside the table (model, "Beside the table"). */

export interface LifetimeInput {
  /** Average order value. */
  aov: number;
  purchasesPerYear: number;
  years: number;
  /** Margin rate m (fraction). */
  margin: number;
  /** Customer acquisition cost. */
  cac: number;
}

export interface LifetimeResult {
  clv: number;
  /** (CLV × m − CAC) / CAC; null when CAC is 0. */
  lifetimeRoi: number | null;
  /** CLV × m: the acquisition cost at which a customer breaks even. */
  maxCac: number;
  /** Months of margin needed to repay the CAC; null when no margin is earned. */
  paybackMonths: number | null;
}

export function lifetimeRoi({ aov, purchasesPerYear, years, margin, cac }: LifetimeInput): LifetimeResult {
  const clv = aov * purchasesPerYear * years;
  const monthlyMargin = (aov * purchasesPerYear * margin) / 12;
  return {
    clv,
    lifetimeRoi: cac > 0 ? (clv * margin - cac) / cac : null,
    maxCac: clv * margin,
    paybackMonths: monthlyMargin > 0 ? cac / monthlyMargin : null,
  };
}

export function leadValue({ closeRate, dealValue }: { closeRate: number; dealValue: number }): number {
  return closeRate * dealValue;
}
