/** The overlay's texts only: what content scripts bundle. */
import { makeTranslator, type Language, type Translate } from './language';
import { overlayEn, type OverlayMessageKey } from './overlay.en';
import { overlayFr } from './overlay.fr';

export type { OverlayMessageKey };
export type OverlayTranslate = Translate<OverlayMessageKey>;

export function overlayTranslator(language: Language): OverlayTranslate {
  return makeTranslator<OverlayMessageKey>({ en: overlayEn, fr: overlayFr }, language);
}
