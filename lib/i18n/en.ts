/** Every English text: the overlay's, the options page's and the popup's. */
import { formsEn } from './forms.en';
import { lifetimeEn } from './lifetime.en';
import { overlayEn } from './overlay.en';
import { popupEn } from './popup.en';

export const en = { ...overlayEn, ...formsEn, ...lifetimeEn, ...popupEn };

export type MessageKey = keyof typeof en;
