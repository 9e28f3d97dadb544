export { createMetaAdapter, metaAdapter } from './adapter';
export type { MetaAdapterOptions, MetaContext } from './adapter';
export { declaredGeometry, rectGeometry, type Geometry } from './geometry';
export { META_SELECTORS } from './selectors';
export { metaPlatform } from './platform';
