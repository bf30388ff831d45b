export { createGridMapView, type GridMapViewStrings } from './grid-map-view.js';
export { findGridAt, GridIndex, geometryBounds, type Bounded } from './find-grid.js';
export { convertGeometry, convertPosition, needsConversion } from './crs.js';
export { tiandituUrlTemplate, type TiandituLayer } from './base-map.js';
export { DEFAULT_GRID_MAP_STYLE } from './default-style.js';
export { leafletCss, gridMapCss } from './leaflet-css.js';
export * from './types.js';
