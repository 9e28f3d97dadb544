/**
 * The four figures the engine needs, from the cells of one row (or the
 * footer), and the account's currency from a sample of rows.
 */
import { resolveCurrency } from '../../parse';
import type { MetricKey } from '../contract/types';
import { readCell, zeroIfDash, type CellRead } from './cells';
import { resultTypeOf, type MetaColumnRole } from './columns';
import type { MetaContext } from './context';
import { bodyRows, cellsByColumn } from './grid';

/** The four figures of a row (or the footer), with the metrics whose cell is not there yet. */
export function readFigures(ctx: MetaContext, cells: Map<number, Element>) {
  const at = (role: MetaColumnRole): CellRead | null => {
    const i = ctx.roleIndex[role];
    if (i === undefined) return null;
    const read = readCell(ctx.locale, cells.get(i));
    // §7.2: rows that did not deliver show "—" for spend too.
    return role === 'spend' || role === 'purchases' || role === 'leads' || role === 'conversionValue' ? zeroIfDash(read) : read;
  };
  const pending: MetricKey[] = [];
  const figure = (metric: MetricKey, read: CellRead | null): number | null => {
    if (read && read.state !== 'shown') pending.push(metric);
    return read?.state === 'shown' ? read.value : null;
  };
  const spendRead = at('spend');
  const valueRead = at('conversionValue');
  const spend = figure('spend', spendRead);
  const conversions = figure('conversions', conversionsRead(at));
  const conversionValue = figure('conversionValue', valueRead);
  const roas = figure('roas', at('roas'));
  const symbols = [spendRead, valueRead].flatMap((r) => (r?.state === 'shown' && r.symbol ? [r.symbol] : []));
  return { spend, conversions, conversionValue, roas, pending, symbols };
}

/**
 * Conversions: the Purchases column; else Results when its result type is
 * purchases or leads; else the Leads column. A source still loading or
 * off-screen stops the search: a later source would be a guess.
 */
function conversionsRead(at: (role: MetaColumnRole) => CellRead | null): CellRead | null {
  let any: CellRead | null = null;
  for (const role of ['purchases', 'results', 'leads'] as const) {
    const read = at(role);
    if (!read) continue;
    any ??= read;
    if (read.state !== 'shown') return read;
    if (role === 'results' && !resultTypeOf(read.sub)) continue;
    if (read.value !== null) return read;
  }
  return any && { state: 'shown', value: null, symbol: null, sub: '' };
}

/**
 * One ISO currency when the money cells (spend, value) show one
 * unambiguously; else null. Runs on every pass, so it stops at a small
 * sample: an account has one currency.
 */
export function readCurrency(ctx: MetaContext): string | null {
  const found = new Set<string>();
  let sampled = 0;
  let withMoney = 0;
  for (const row of bodyRows(ctx)) {
    if (sampled++ >= 25 || withMoney >= 5) break;
    const { symbols } = readFigures(ctx, cellsByColumn(ctx, row));
    if (symbols.length) withMoney++;
    for (const symbol of symbols) {
      const iso = resolveCurrency(symbol, ctx.locale);
      if (iso) found.add(iso);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
