/**
 * The lifetime view of one row (model, "Lifetime view of a row"):
 * acquisition is paid once, margin and order costs recur with every order.
 * Built on the row's first-order result, so the table, the totals and the
 * popup all go through this one function and agree by construction.
 */
import type { CostLine, LifetimeProfile, MissingInput, RoiResult } from './types';

export type RowLifetime =
  | {
      status: 'ok';
      /** o: orders per new customer over the relationship (at least 1). */
      ordersPerCustomer: number;
      /** n: share of the conversions that are new customers. */
      newCustomerShare: number;
      /** k = 1 + n (o − 1): orders per conversion over the lifetime. */
      ordersPerConversion: number;
      /** G_life = k × G. */
      grossMargin: number;
      /** C_life = S (1 + a) + F + k (p V + c N). */
      totalCost: number;
      netProfit: number;
      /** (G_life − C_life) / C_life; null when C_life = 0. */
      lifetimeRoi: number | null;
      /** All-in cost of one new customer, (S (1 + a) + F) / (n N); null when n N = 0. */
      cac: number | null;
      /** Revenue of one new customer over the relationship, AOV × o; null without N. */
      clv: number | null;
      /** The CAC at which a new customer breaks even: o × margin after order costs per order. */
      maxCac: number | null;
      /** Months of a new customer's margin (after order costs) to earn the CAC back; null: never, or unknown. */
      paybackMonths: number | null;
    }
  /** Whenever the first-order result is incomplete: no figure, only what is missing. */
  | { status: 'incomplete'; missing: MissingInput[] };

const total = (lines: readonly CostLine[], kinds: readonly CostLine['kind'][]) => lines.reduce((t, l) => (kinds.includes(l.kind) ? t + l.amount : t), 0);

export function lifetimeOfRow(first: RoiResult, lifetime: LifetimeProfile): RowLifetime {
  if (first.status !== 'ok') return { status: 'incomplete', missing: [...first.missing] };
  // The row's own order is the first of the relationship: never fewer.
  const o = Math.max(1, lifetime.purchasesPerYear * lifetime.years);
  const n = lifetime.newCustomerShare;
  const k = 1 + n * (o - 1);

  const S = first.spend ?? 0;
  const N = first.conversions;
  const acquisition = S + total(first.variableCosts, ['percentOfSpend']) + first.fixedTotal;
  const orderCosts = total(first.variableCosts, ['percentOfRevenue', 'perConversion']);
  const grossMargin = k * first.grossMargin;
  const totalCost = acquisition + k * orderCosts;
  const netProfit = grossMargin - totalCost;

  const newCustomers = N == null ? 0 : n * N;
  const cac = newCustomers > 0 ? acquisition / newCustomers : null;
  const perOrder = N != null && N > 0 ? (first.grossMargin - orderCosts) / N : null;
  const monthly = perOrder == null ? null : (perOrder * lifetime.purchasesPerYear) / 12;
  return {
    status: 'ok',
    ordersPerCustomer: o,
    newCustomerShare: n,
    ordersPerConversion: k,
    grossMargin,
    totalCost,
    netProfit,
    lifetimeRoi: totalCost > 0 ? netProfit / totalCost : null,
    cac,
    clv: first.aov == null ? null : first.aov * o,
    maxCac: perOrder == null ? null : o * perOrder,
    paybackMonths: cac != null && monthly != null && monthly > 0 ? cac / monthly : null,
  };
}
