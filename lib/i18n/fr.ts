/** Tous les textes français : overlay, page d’options et popup. */
import type { MessageKey } from './en';
import { formsFr } from './forms.fr';
import { historyFr } from './history.fr';
import { lifetimeFr } from './lifetime.fr';
import { overlayFr } from './overlay.fr';
import { popupFr } from './popup.fr';
import { setupFr } from './setup.fr';
import { steeringFr } from './steering.fr';

export const fr: Record<MessageKey, string> = { ...overlayFr, ...formsFr, ...lifetimeFr, ...popupFr, ...steeringFr, ...historyFr, ...setupFr };
