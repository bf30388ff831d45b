import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { GridShape } from './projected-grids.js';
import type { GridMapStyle } from './types.js';

export type HighlightKind = 'selected' | 'hover' | 'focus';

/** Later kinds draw on top: the hover and focus outlines stay visible over the selected fill. */
const ORDER: readonly HighlightKind[] = ['selected', 'hover', 'focus'];

/**
 * The selected, hovered and focused grids as at most three SVG polygons in their own pane above the tiles.
 * Changing the selection redraws one small path instead of the canvas tiles under it.
 */
export class HighlightLayer {
  readonly #map: L.Map;
  readonly #renderer: L.Renderer;
  readonly #shapes = new Map<HighlightKind, { id: string; polygon: L.Polygon }>();

  constructor(map: L.Map) {
    this.#map = map;
    const pane = map.createPane('cw-highlight');
    // Between Leaflet's overlay pane (400) and its marker pane (600), so service points stay clickable above.
    pane.style.zIndex = '450';
    pane.style.pointerEvents = 'none';
    this.#renderer = L.svg({ pane: 'cw-highlight' });
  }

  /** Show `shape` as `kind`, or clear that highlight. */
  show(kind: HighlightKind, shape: GridShape | undefined, style: GridMapStyle): void {
    const current = this.#shapes.get(kind);
    if (current && shape && current.id === shape.id) {
      current.polygon.setStyle(pathStyle(kind, style));
      return;
    }
    current?.polygon.remove();
    this.#shapes.delete(kind);
    if (!shape) return;
    const depth = shape.boundary.type === 'Polygon' ? 1 : 2;
    const latLngs = L.GeoJSON.coordsToLatLngs(shape.boundary.coordinates, depth) as L.LatLng[][];
    const polygon = L.polygon(latLngs, {
      ...pathStyle(kind, style),
      renderer: this.#renderer,
      interactive: false,
      pane: 'cw-highlight',
    }).addTo(this.#map);
    this.#shapes.set(kind, { id: shape.id, polygon });
    for (const k of ORDER) this.#shapes.get(k)?.polygon.bringToFront();
  }

  /** The id shown as `kind`, if any. */
  idOf(kind: HighlightKind): string | undefined {
    return this.#shapes.get(kind)?.id;
  }

  restyle(style: GridMapStyle): void {
    for (const [kind, { polygon }] of this.#shapes) polygon.setStyle(pathStyle(kind, style));
  }

  clear(): void {
    for (const { polygon } of this.#shapes.values()) polygon.remove();
    this.#shapes.clear();
  }
}

function pathStyle(kind: HighlightKind, style: GridMapStyle): L.PathOptions {
  switch (kind) {
    case 'selected':
      return {
        color: style.selectedStroke,
        weight: style.selectedStrokeWidth,
        fillColor: style.selectedFill,
        fillOpacity: style.selectedFillOpacity,
        fill: true,
        fillRule: 'evenodd',
      };
    case 'hover':
      return { color: style.hoverStroke, weight: style.emphasisStrokeWidth, fill: false };
    case 'focus':
      return { color: style.focusStroke, weight: style.emphasisStrokeWidth, dashArray: '6 4', fill: false };
  }
}
