/**
 * The texts of the exports and steering views with the overlay's (row
 * reasons): what the background bundles to write a CSV, without the options
 * page's and popup's catalogs.
 */
import { makeTranslator, type Language, type Translate } from './language';
import { overlayEn, type OverlayMessageKey } from './overlay.en';
import { overlayFr } from './overlay.fr';
import { steeringEn, type SteeringMessageKey } from './steering.en';
import { steeringFr } from './steering.fr';

export type SteeringTranslate = Translate<OverlayMessageKey | SteeringMessageKey>;

export function steeringTranslator(language: Language): SteeringTranslate {
  return makeTranslator<OverlayMessageKey | SteeringMessageKey>({ en: { ...overlayEn, ...steeringEn }, fr: { ...overlayFr, ...steeringFr } }, language);
}
