/** Every English text: the overlay's, the options page's, the popup's and steering's. */
import { formsEn } from './forms.en';
import { historyEn } from './history.en';
import { lifetimeEn } from './lifetime.en';
import { overlayEn } from './overlay.en';
import { popupEn } from './popup.en';
import { setupEn } from './setup.en';
import { steeringEn } from './steering.en';

export const en = { ...overlayEn, ...formsEn, ...lifetimeEn, ...popupEn, ...steeringEn, ...historyEn, ...setupEn };

export type MessageKey = keyof typeof en;
