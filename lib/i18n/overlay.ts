/**
 * The overlay's texts. Content scripts do not bundle them: the background sends
 * both catalogs with the settings (`SettingsForOverlay`), so each content script
 * carries no text of its own and stays small (issue 15: 30 KB gzip).
 */
import { makeTranslator, type Language, type Translate } from './language';
import { overlayEn, type OverlayMessageKey } from './overlay.en';
import { overlayFr } from './overlay.fr';

export type { OverlayMessageKey };
export type OverlayTranslate = Translate<OverlayMessageKey>;
export type OverlayCatalogs = Record<Language, Record<OverlayMessageKey, string>>;

export const overlayCatalogs: OverlayCatalogs = { en: overlayEn, fr: overlayFr };

export function overlayTranslator(language: Language): OverlayTranslate {
  return makeTranslator<OverlayMessageKey>(overlayCatalogs, language);
}
