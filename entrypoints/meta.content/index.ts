import { overlayContentScript } from '../../components/overlay/content-script';
import { metaAdapter, metaPlatform } from '../../lib/platforms/meta';

export default overlayContentScript(metaPlatform, metaAdapter);
