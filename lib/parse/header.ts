/**
 * Column header text reduced to a comparable key (platform-dom.md §3), so
 * that one dictionary entry matches the label however the page spaced,
 * cased or decorated it: "Conv. value / cost" = "Conv. value/cost",
 * "Amount spent (USD)" = "Amount spent", "Costhelp_outline" = "cost".
 */

/**
 * Material icon ligatures that end up in `textContent` next to the label.
 * Matched anywhere, even glued to the label ("Costhelp_outline"), because
 * adjacent elements concatenate without a space; the underscore means no
 * real label contains them.
 */
const ICON_LIGATURES = /help_outline|expand_more|arrow_upward|arrow_downward|arrow_drop_down/gi;

/** Export headers end with the account currency: "Montant dépensé (EUR)". Case matters, hence before lowercasing. */
const CURRENCY_SUFFIX = /\s*\([A-Z]{3}\)$/;

export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(ICON_LIGATURES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(CURRENCY_SUFFIX, '')
    .toLowerCase()
    .replace(/ ?\/ ?/g, '/')
    .trim();
}
