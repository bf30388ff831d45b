import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { drawGridTile, TextWidths } from './draw-tile.js';
import type { ProjectedGrids } from './projected-grids.js';
import { TileScheduler } from './tile-scheduler.js';
import type { GridMapStyle } from './types.js';

/**
 * A Leaflet GridLayer whose 256 px canvas tiles each draw only the grids that touch them. Tiles stay cached while
 * the view moves, so panning moves bitmaps; only tiles entering the view are drawn, in budgeted slices.
 */
export class GridCanvasLayer extends L.GridLayer {
  #grids: ProjectedGrids;
  #style: GridMapStyle;
  #textWidths: TextWidths;
  readonly #scheduler = new TileScheduler();

  constructor(grids: ProjectedGrids, style: GridMapStyle) {
    // Tiles must follow the view during a pan (not only once it stops), and intermediate zoom levels of a
    // pinch are not worth drawing.
    super({ updateWhenIdle: false, updateWhenZooming: false, keepBuffer: 3, zIndex: 10, pane: 'tilePane', className: 'cw-grid-tiles' });
    this.#grids = grids;
    this.#style = style;
    this.#textWidths = new TextWidths(style.labelFont);
  }

  get grids(): ProjectedGrids {
    return this.#grids;
  }

  /** Swap in new grids and/or style and redraw every tile. */
  update(grids: ProjectedGrids, style: GridMapStyle): void {
    if (style.labelFont !== this.#style.labelFont) this.#textWidths = new TextWidths(style.labelFont);
    this.#grids = grids;
    this.#style = style;
    if (this._map) {
      this.#scheduler.runNextBatchWhole();
      this.redraw();
    }
  }

  /** Resolves when every tile in view is drawn. */
  whenLoaded(): Promise<void> {
    if (!this._map || !this.isLoading()) return Promise.resolve();
    return new Promise((resolve) => this.once('load', () => resolve()));
  }

  override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const size = this.getTileSize();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.x * ratio);
    canvas.height = Math.round(size.y * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    this.#scheduler.schedule(() => {
      // Leaflet may already have pruned this tile (a fast pan, a redraw). Skip it without reporting: Leaflet finds
      // tiles by coordinates, so a late `done` would mark the replacement tile at the same place as drawn.
      if (!this._map || !canvas.parentNode) return;
      const ctx = canvas.getContext('2d');
      if (ctx) {
        drawGridTile(
          ctx,
          this.#grids,
          { x: coords.x * size.x, y: coords.y * size.y, size: size.x, zoom: coords.z, ratio },
          this.#style,
          this.#textWidths,
        );
      }
      done(undefined, canvas);
    });
    return canvas;
  }

  /** Stop drawing for good (the view is being destroyed). */
  dispose(): void {
    this.#scheduler.dispose();
  }
}
