import type { Map as LeafletMap } from 'leaflet';
import type { Grid } from '../../../model/grid.js';
import type { Position } from '../../../model/geo.js';
import type { ServicePoint } from '../../../model/service-point.js';

/**
 * Coordinate reference systems met on Chinese portals. `cgcs2000` and `wgs84` differ by centimetres and are
 * treated as one; `gcj02` (AMap, Tencent) and `bd09` (Baidu) are the obfuscated national systems.
 */
export const MAP_CRS = ['wgs84', 'cgcs2000', 'gcj02', 'bd09'] as const;
export type MapCrs = (typeof MAP_CRS)[number];

/** No base map: grids on a plain background, and not a single network request. */
export interface NoBaseMap {
  kind: 'none';
}

/** 天地图 Web Mercator (`_w`) tiles with the matching label layer (cva over vec, cia over img). */
export interface TiandituBaseMap {
  kind: 'tianditu';
  /** The browser key (`tk`) the webmaster registered for the portal's domain. */
  tk: string;
  /** `vec` (streets, the default) or `img` (imagery). */
  layer?: 'vec' | 'img';
  /** Draw the annotation layer (place names); default true. */
  labels?: boolean;
  /** The 审图号 text to show, e.g. `审图号：GS(2024)0568号`. */
  reviewNumber?: string;
}

/** Any XYZ tile service the webmaster licenses, e.g. a district GIS server. */
export interface XyzBaseMap {
  kind: 'xyz';
  /** Leaflet URL template: `{z}`, `{x}`, `{y}`, optional `{s}`. */
  url: string;
  subdomains?: string;
  /** The source, shown as plain text at the lower left. */
  attribution: string;
  reviewNumber?: string;
  minZoom?: number;
  maxZoom?: number;
}

export type BaseMapConfig = NoBaseMap | TiandituBaseMap | XyzBaseMap;

/** Colours and sizes; the element fills these from its `--cw-*` tokens. Any CSS colour string works. */
export interface GridMapStyle {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  selectedFill: string;
  selectedFillOpacity: number;
  selectedStroke: string;
  selectedStrokeWidth: number;
  hoverStroke: string;
  focusStroke: string;
  emphasisStrokeWidth: number;
  labelColor: string;
  labelHalo: string;
  /** CSS font shorthand for grid names, e.g. `500 13px system-ui`. Use px: tiles are drawn in pixels. */
  labelFont: string;
  /** Background behind the grids when there is no base map. */
  background: string;
}

export interface GridMapViewOptions {
  /** CRS of grid boundaries and service points as the adapter delivers them. Default `cgcs2000`. */
  dataCrs?: MapCrs;
  /**
   * CRS of the base map tiles. Default: `cgcs2000` for Tianditu, `wgs84` for XYZ, and the data CRS when there is no
   * base map (so nothing is shifted).
   */
  baseMapCrs?: MapCrs;
  /** Default `{ kind: 'none' }`. */
  baseMap?: BaseMapConfig;
  style?: Partial<GridMapStyle>;
  /** Service-point button size in CSS px (60 in elder mode). Default 28. */
  pointSize?: number;
  /** Accessible name of the map region, e.g. the localized "网格地图". */
  label?: string;
  /**
   * Start here instead of fitting the first grids: the `viewport` of a view this one replaces (a new language or
   * elder mode), so the resident keeps the place they panned and zoomed to.
   */
  viewport?: MapViewport;
}

/** Where a view looks: centre as [lng, lat] in the view's map CRS, and the zoom level. */
export interface MapViewport {
  center: Position;
  zoom: number;
}

/** Who caused a selection change. */
export type SelectSource = 'pointer' | 'locate';

export interface GridMapEvents {
  /** The user clicked (or tapped) a grid, or empty map (`id: null`). API calls to `select()` do not emit. */
  select: { id: string | null; source: SelectSource };
  /** The pointer entered a grid or left all grids. */
  hover: { id: string | null };
  /** A service-point button was activated by click, tap, Enter or Space. */
  point: { id: string };
}

export type GridMapEventType = keyof GridMapEvents;

/** The view the element drives. Everything is synchronous unless it returns a promise. */
export interface GridMapView {
  /** Replace all grids. Boundaries are in `dataCrs`. */
  setGrids(grids: readonly Grid[]): void;
  /** Highlight one grid (no event). `reveal` pans/zooms so it is visible. Unknown ids clear the selection. */
  select(id: string | null, options?: { reveal?: boolean }): void;
  /** Outline one grid in the focus colour, for keyboard navigation the element provides. Pans it into view. */
  focus(id: string | null): void;
  /** The selected grid id. */
  readonly selectedId: string | null;
  setBaseMap(config: BaseMapConfig, baseMapCrs?: MapCrs): void;
  setStyle(style: Partial<GridMapStyle>): void;
  setServicePoints(points: readonly ServicePoint[]): void;
  /** Fit the view to all grids. */
  fitToGrids(): void;
  /** Where the view looks now (see {@link GridMapViewOptions.viewport}). */
  readonly viewport: MapViewport;
  /**
   * Show "you are here" at `position` (default CRS `wgs84`, what `navigator.geolocation` reports), select the grid
   * that contains it, pan there, and emit `select` with source `locate`. Returns the grid id or null. `null`
   * position removes the marker.
   */
  locate(position: Position | null, crs?: MapCrs): string | null;
  /** Where a position in `dataCrs` is drawn, in CSS px from the container's top-left (e.g. to anchor a card). */
  pointFor(position: Position): { x: number; y: number };
  /** The grid at a position in `dataCrs`, or null. */
  gridAt(position: Position): string | null;
  /** Resolves once every visible tile is drawn. */
  whenPainted(): Promise<void>;
  /** Subscribe; returns the unsubscribe function. */
  on<T extends GridMapEventType>(type: T, listener: (detail: GridMapEvents[T]) => void): () => void;
  /**
   * The underlying Leaflet map, for what the view does not cover (an extra layer, a benchmark's programmatic pan).
   * The view does not track changes made through it.
   */
  readonly map: LeafletMap;
  /** Remove the map, listeners and observers. The container is left empty. */
  destroy(): void;
}
