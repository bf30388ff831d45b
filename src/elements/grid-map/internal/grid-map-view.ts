import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { Grid } from '../../../model/grid.js';
import type { Position } from '../../../model/geo.js';
import type { ServicePoint } from '../../../model/service-point.js';
import { AttributionControl } from './attribution-control.js';
import { createBaseMap, defaultBaseMapCrs } from './base-map.js';
import { convertGeometry, convertPosition } from './crs.js';
import { DEFAULT_GRID_MAP_STYLE } from './default-style.js';
import { GridCanvasLayer } from './grid-canvas-layer.js';
import { HighlightLayer, type HighlightKind } from './highlight-layer.js';
import { projectX, projectY } from './mercator.js';
import { ProjectedGrids, type GridShape } from './projected-grids.js';
import { ServicePointLayer } from './service-points.js';
import { ZoomControl } from './zoom-control.js';
import type {
  BaseMapConfig,
  GridMapEvents,
  GridMapEventType,
  GridMapStyle,
  GridMapView,
  GridMapViewOptions,
  MapCrs,
  MapViewport,
} from './types.js';

/** Localized texts for the controls the engine creates. */
export interface GridMapViewStrings {
  /** Accessible name of the map region, e.g. 网格地图. */
  region?: string;
  zoomIn?: string;
  zoomOut?: string;
}

/**
 * Create the grid map inside `container` (which must have a size; it may live in a shadow root). The element adopts
 * {@link leafletCss} and {@link gridMapCss} in that root, creates the view in `firstUpdated`, and forwards events.
 *
 * @example
 * const { createGridMapView, leafletCss, gridMapCss } = await import('./internal/index.js');
 * const view = createGridMapView(this.mapEl, { dataCrs: 'cgcs2000', baseMap: { kind: 'none' } });
 * view.setGrids(grids);
 * view.on('select', ({ id }) => this.emit('cw-grid-select', { id }));
 */
export function createGridMapView(
  container: HTMLElement,
  options: GridMapViewOptions & { strings?: GridMapViewStrings } = {},
): GridMapView {
  return new LeafletGridMapView(container, options);
}

type Listener = (detail: never) => void;

class LeafletGridMapView implements GridMapView {
  readonly #container: HTMLElement;
  readonly #map: L.Map;
  readonly #dataCrs: MapCrs;
  #mapCrs: MapCrs;
  #baseMap: BaseMapConfig;
  #baseLayers: L.TileLayer[] = [];
  #attribution: AttributionControl | undefined;
  #style: GridMapStyle;
  #grids: readonly Grid[] = [];
  #shapes: GridShape[] = [];
  #projected = new ProjectedGrids([]);
  readonly #layer: GridCanvasLayer;
  readonly #highlight: HighlightLayer;
  readonly #points: ServicePointLayer;
  #pointData: readonly ServicePoint[] = [];
  readonly #pointSize: number;
  #location: L.Marker | undefined;
  #selectedId: string | null = null;
  #fitted = false;
  readonly #listeners = new Map<GridMapEventType, Set<Listener>>();
  readonly #resize: ResizeObserver;

  constructor(container: HTMLElement, options: GridMapViewOptions & { strings?: GridMapViewStrings }) {
    this.#container = container;
    this.#dataCrs = options.dataCrs ?? 'cgcs2000';
    this.#baseMap = options.baseMap ?? { kind: 'none' };
    this.#mapCrs = options.baseMapCrs ?? defaultBaseMapCrs(this.#baseMap, this.#dataCrs);
    this.#style = { ...DEFAULT_GRID_MAP_STYLE, ...options.style };
    this.#pointSize = options.pointSize ?? 28;

    this.#map = L.map(container, {
      attributionControl: false,
      zoomControl: false,
      // Fading tiles in costs a style write per tile per frame; grid tiles appear at once instead.
      fadeAnimation: false,
      // A district fitted at a whole zoom level can fill a quarter of the map; quarter steps let it fill the frame.
      zoomSnap: 0.25,
      minZoom: 3,
      maxZoom: 19,
    });
    const strings = options.strings ?? {};
    new ZoomControl({ zoomIn: strings.zoomIn ?? '放大', zoomOut: strings.zoomOut ?? '缩小' }).addTo(this.#map);
    container.setAttribute('role', 'region');
    if (strings.region) container.setAttribute('aria-label', strings.region);
    // An overview of China until grids arrive (with no base map this fetches nothing), unless the view replaces one
    // the resident has moved.
    const start = options.viewport;
    this.#fitted = !!start;
    this.#map.setView(start ? [start.center[1], start.center[0]] : [35, 105], start?.zoom ?? 4);

    this.#layer = new GridCanvasLayer(this.#projected, this.#style);
    this.#layer.addTo(this.#map);
    this.#highlight = new HighlightLayer(this.#map);
    this.#points = new ServicePointLayer(this.#map, (id) => this.#emit('point', { id }));
    this.#applyBaseMap();

    this.#map.on('click', (e: L.LeafletMouseEvent) => {
      const id = this.#hit(e.latlng);
      this.select(id);
      this.#emit('select', { id, source: 'pointer' });
    });
    this.#map.on('mousemove', (e: L.LeafletMouseEvent) => this.#setHover(this.#hit(e.latlng)));
    this.#map.on('mouseout', () => this.#setHover(null));

    this.#resize = new ResizeObserver(() => this.#map.invalidateSize());
    this.#resize.observe(container);
  }

  get map(): L.Map {
    return this.#map;
  }

  get selectedId(): string | null {
    return this.#selectedId;
  }

  setGrids(grids: readonly Grid[]): void {
    this.#grids = grids;
    // The first grids decide the view; fitting before the redraw spares drawing tiles for the old view.
    const fit = !this.#fitted && grids.length > 0;
    this.#fitted ||= fit;
    this.#rebuildShapes(fit);
  }

  select(id: string | null, options: { reveal?: boolean } = {}): void {
    const shape = this.#shape(id);
    this.#selectedId = shape ? shape.id : null;
    this.#highlight.show('selected', shape, this.#style);
    if (shape && options.reveal) this.#reveal(shape);
  }

  focus(id: string | null): void {
    const shape = this.#shape(id);
    this.#highlight.show('focus', shape, this.#style);
    if (shape) this.#reveal(shape);
  }

  setBaseMap(config: BaseMapConfig, baseMapCrs?: MapCrs): void {
    this.#baseMap = config;
    const crs = baseMapCrs ?? defaultBaseMapCrs(config, this.#dataCrs);
    this.#applyBaseMap();
    if (crs !== this.#mapCrs) {
      this.#mapCrs = crs;
      this.#rebuildShapes();
      this.setServicePoints(this.#pointData);
      this.#location?.remove();
      this.#location = undefined;
    }
  }

  setStyle(style: Partial<GridMapStyle>): void {
    this.#style = { ...this.#style, ...style };
    this.#layer.update(this.#projected, this.#style);
    this.#highlight.restyle(this.#style);
    this.#applyBackground();
  }

  setServicePoints(points: readonly ServicePoint[]): void {
    this.#pointData = points;
    this.#points.set(points, this.#dataCrs, this.#mapCrs, this.#pointSize);
  }

  get viewport(): MapViewport {
    const { lng, lat } = this.#map.getCenter();
    return { center: [lng, lat], zoom: this.#map.getZoom() };
  }

  fitToGrids(): void {
    const extent = this.#projected.extent;
    if (!extent) return;
    const bounds = L.latLngBounds(
      this.#map.unproject([extent[0], extent[3]], 0),
      this.#map.unproject([extent[2], extent[1]], 0),
    );
    this.#map.fitBounds(bounds, { padding: [8, 8], animate: false });
  }

  locate(position: Position | null, crs: MapCrs = 'wgs84'): string | null {
    this.#location?.remove();
    this.#location = undefined;
    if (!position) return null;
    const [lng, lat] = convertPosition(position, crs, this.#mapCrs);
    const latlng = L.latLng(lat, lng);
    this.#location = L.marker(latlng, {
      icon: L.divIcon({ className: 'cw-map-location', iconSize: [16, 16], html: document.createElement('span') }),
      interactive: false,
      keyboard: false,
    }).addTo(this.#map);
    const id = this.#hit(latlng);
    this.select(id);
    this.#map.setView(latlng, Math.max(this.#map.getZoom(), 15));
    this.#emit('select', { id, source: 'locate' });
    return id;
  }

  gridAt(position: Position): string | null {
    const [lng, lat] = convertPosition(position, this.#dataCrs, this.#mapCrs);
    return this.#hit(L.latLng(lat, lng));
  }

  pointFor(position: Position): { x: number; y: number } {
    const [lng, lat] = convertPosition(position, this.#dataCrs, this.#mapCrs);
    const { x, y } = this.#map.latLngToContainerPoint([lat, lng]);
    return { x, y };
  }

  whenPainted(): Promise<void> {
    return this.#layer.whenLoaded();
  }

  on<T extends GridMapEventType>(type: T, listener: (detail: GridMapEvents[T]) => void): () => void {
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, (set = new Set()));
    set.add(listener as Listener);
    return () => set.delete(listener as Listener);
  }

  destroy(): void {
    this.#resize.disconnect();
    this.#layer.dispose();
    this.#listeners.clear();
    // Leaflet finishes a zoom animation from a 250 ms timer that survives map.remove() and then touches the
    // removed panes; clearing the flag makes that timer return early.
    (this.#map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
    this.#map.remove();
    this.#container.classList.remove('cw-map--over-grid');
  }

  #emit<T extends GridMapEventType>(type: T, detail: GridMapEvents[T]): void {
    for (const listener of this.#listeners.get(type) ?? []) (listener as (d: GridMapEvents[T]) => void)(detail);
  }

  /** Grid id under a point in the map's CRS: index candidates, then the exact test on projected rings. */
  #hit(latlng: L.LatLng): string | null {
    const i = this.#projected.hitTest(projectX(latlng.lng), projectY(latlng.lat));
    return i < 0 ? null : this.#projected.ids[i]!;
  }

  #shape(id: string | null): GridShape | undefined {
    if (id === null) return undefined;
    const i = this.#projected.indexOf(id);
    return i < 0 ? undefined : this.#shapes[i];
  }

  #setHover(id: string | null): void {
    if ((this.#highlight.idOf('hover') ?? null) === id) return;
    this.#highlight.show('hover', this.#shape(id), this.#style);
    this.#container.classList.toggle('cw-map--over-grid', id !== null);
    this.#emit('hover', { id });
  }

  #reveal(shape: GridShape): void {
    const i = this.#projected.indexOf(shape.id);
    const b = this.#projected.boxes;
    const bounds = L.latLngBounds(
      this.#map.unproject([b[i * 4]!, b[i * 4 + 3]!], 0),
      this.#map.unproject([b[i * 4 + 2]!, b[i * 4 + 1]!], 0),
    );
    if (!this.#map.getBounds().contains(bounds)) this.#map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
  }

  #rebuildShapes(fit = false): void {
    this.#shapes = this.#grids.map((g) => ({
      id: g.id,
      name: g.name,
      boundary: convertGeometry(g.boundary, this.#dataCrs, this.#mapCrs),
    }));
    this.#projected = new ProjectedGrids(this.#shapes);
    if (fit) this.fitToGrids();
    this.#layer.update(this.#projected, this.#style);
    // Highlights hold old geometry: redraw them from the new shapes (or drop them if their grid is gone).
    const kinds: HighlightKind[] = ['selected', 'hover', 'focus'];
    const ids = kinds.map((k) => (k === 'selected' ? this.#selectedId : (this.#highlight.idOf(k) ?? null)));
    this.#highlight.clear();
    kinds.forEach((k, n) => this.#highlight.show(k, this.#shape(ids[n]!), this.#style));
    this.#selectedId = this.#highlight.idOf('selected') ?? null;
  }

  #applyBaseMap(): void {
    for (const layer of this.#baseLayers) layer.remove();
    this.#attribution?.remove();
    this.#attribution = undefined;
    const { layers, attribution } = createBaseMap(this.#baseMap);
    this.#baseLayers = layers;
    // Base tiles share the tile pane with the grid tiles; z-index keeps the label layer over the base and the
    // grids over both.
    layers.forEach((layer, n) => layer.setZIndex(n + 1).addTo(this.#map));
    this.#map.setMaxZoom(maxZoomOf(this.#baseMap));
    if (attribution) this.#attribution = new AttributionControl(attribution).addTo(this.#map);
    this.#applyBackground();
  }

  #applyBackground(): void {
    this.#container.style.background = this.#baseMap.kind === 'none' ? this.#style.background : '';
  }
}

/** Zooming past the deepest tiles would leave an empty base map; without one, allow street-level detail. */
function maxZoomOf(config: BaseMapConfig): number {
  if (config.kind === 'tianditu') return 18;
  if (config.kind === 'xyz') return config.maxZoom ?? 18;
  return 19;
}
