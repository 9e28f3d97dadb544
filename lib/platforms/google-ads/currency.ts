/** The account's currency, read from a sample of money cells and kept per grid. */
import { resolveCurrency } from '../../parse';
import type { GoogleAdsContext } from './context';
import { isHeaderRow } from './grid';
import { cellFor, numberIn, toolless } from './row';
import { GOOGLE_ADS_SELECTORS as S } from './selectors';

/**
 * An account has one currency: once read from a grid with a given header,
 * it is kept instead of re-sampling rows on every pass.
 */
const currencyByGrid = new WeakMap<Element, { header: string; currency: string }>();
export function cachedCurrency(ctx: GoogleAdsContext): string | null {
  if (!ctx.grid) return null;
  // Another account (or another header) in the same grid element reads again.
  const key = `${ctx.meta.accountId ?? ''}|${ctx.headerSignature}`;
  const known = currencyByGrid.get(ctx.grid);
  if (known && known.header === key) return known.currency;
  const currency = readCurrency(ctx);
  if (currency) currencyByGrid.set(ctx.grid, { header: key, currency });
  return currency;
}

/** One ISO currency when the money cells (spend, value) show one unambiguously; else null. */
function readCurrency(ctx: GoogleAdsContext): string | null {
  if (!ctx.grid) return null;
  const money = (['spend', 'conversionValue'] as const).filter((m) => ctx.metricIndex[m] !== undefined);
  if (money.length === 0) return null;
  const found = new Set<string>();
  let seen = 0;
  for (const row of Array.from(ctx.grid.querySelectorAll(S.row))) {
    if (isHeaderRow(row)) continue;
    let list: Element[] | null = null;
    const cells = () => (list ??= toolless(row));
    for (const m of money) {
      const { symbol } = numberIn(ctx, cellFor(ctx, row, m, cells));
      const iso = symbol ? resolveCurrency(symbol, ctx.locale) : null;
      if (iso) found.add(iso);
    }
    // A sample is enough: an account has one currency.
    if (++seen >= 25) break;
  }
  return found.size === 1 ? [...found][0]! : null;
}
