import { createMetaAdapter } from './adapter';
import { declaredGeometry } from './geometry';
export { createMetaAdapter, metaAdapter } from './adapter';
export type { MetaAdapterOptions, MetaContext } from './adapter';
export { declaredGeometry, rectGeometry, type Geometry } from './geometry';
export { META_SELECTORS } from './selectors';
export { metaPlatform } from './platform';

/** The adapter as layout-free DOMs (happy-dom in tests/dom) use it: cells placed by their declared positions. */
export function layoutFreeAdapter() {
  return createMetaAdapter({ geometry: declaredGeometry });
}
