import Flatbush from 'flatbush';
import type { AreaGeometry, Position } from '../../../model/geo.js';
import { placeLabel, ringArea, type LabelPlacement } from './label-point.js';
import { projectX, projectY } from './mercator.js';

/** A grid as the renderer needs it: boundary already in the base map's CRS. */
export interface GridShape {
  id: string;
  name: string;
  boundary: AreaGeometry;
}

/**
 * All grid boundaries projected once to Web Mercator at zoom 0 and packed into typed arrays, with a Flatbush index
 * over the projected boxes. Tiles and hit-tests read these arrays directly: no per-vertex objects, so 50,000 grids
 * cost a few MB and drawing a tile allocates almost nothing.
 */
export class ProjectedGrids {
  readonly count: number;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** x,y pairs of every ring vertex (the repeated closing vertex dropped). */
  readonly coords: Float64Array;
  /** Ring r spans vertices [ringStart[r], ringStart[r + 1]). */
  readonly ringStart: Uint32Array;
  /** Grid i owns rings [gridRing[i], gridRing[i + 1]); holes and extra parts included. */
  readonly gridRing: Uint32Array;
  /** Grid i's box: minX, minY, maxX, maxY at [i * 4]. */
  readonly boxes: Float64Array;
  /** Label placements, x, y, room at [i * 3], computed per grid on first use (see {@link labelOf}). */
  readonly #labels: Float64Array;
  readonly #labelPlaced: Uint8Array;
  /** 1 where a ring is the outer ring of a polygon part (the rings after it, up to the next 1, are its holes). */
  readonly #partOuter: Uint8Array;
  /** Box around all grids, or undefined when there are none. */
  readonly extent: readonly [number, number, number, number] | undefined;
  readonly #tree: Flatbush | undefined;
  readonly #indexById = new Map<string, number>();

  constructor(grids: readonly GridShape[]) {
    this.count = grids.length;
    this.ids = grids.map((g) => g.id);
    this.names = grids.map((g) => g.name);
    grids.forEach((g, i) => this.#indexById.set(g.id, i));

    let vertexCount = 0;
    let ringCount = 0;
    for (const g of grids) {
      for (const polygon of parts(g.boundary)) {
        for (const ring of polygon) {
          vertexCount += ring.length - 1;
          ringCount++;
        }
      }
    }
    this.coords = new Float64Array(vertexCount * 2);
    this.ringStart = new Uint32Array(ringCount + 1);
    this.gridRing = new Uint32Array(grids.length + 1);
    this.boxes = new Float64Array(grids.length * 4);
    // Labels are placed when a tile first has room to draw one: at overview zooms, for thousands of small grids,
    // that is never, and adding the grids stays a single projection pass.
    this.#labels = new Float64Array(grids.length * 3);
    this.#labelPlaced = new Uint8Array(grids.length);
    this.#partOuter = new Uint8Array(ringCount);

    let v = 0;
    let r = 0;
    grids.forEach((g, i) => {
      this.gridRing[i] = r;
      for (const polygon of parts(g.boundary)) {
        this.#partOuter[r] = 1;
        for (const ring of polygon) {
          this.ringStart[r++] = v;
          for (let k = 0; k < ring.length - 1; k++) {
            const p = ring[k]!;
            this.coords[v * 2] = projectX(p[0]);
            this.coords[v * 2 + 1] = projectY(p[1]);
            v++;
          }
        }
      }
      this.#storeBox(i, this.ringStart[this.gridRing[i]!]!, v);
    });
    this.ringStart[r] = v;
    this.gridRing[grids.length] = r;

    if (grids.length === 0) return;
    const tree = new Flatbush(grids.length);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < grids.length; i++) {
      const b = this.boxes;
      tree.add(b[i * 4]!, b[i * 4 + 1]!, b[i * 4 + 2]!, b[i * 4 + 3]!);
      minX = Math.min(minX, b[i * 4]!);
      minY = Math.min(minY, b[i * 4 + 1]!);
      maxX = Math.max(maxX, b[i * 4 + 2]!);
      maxY = Math.max(maxY, b[i * 4 + 3]!);
    }
    tree.finish();
    this.#tree = tree;
    this.extent = [minX, minY, maxX, maxY];
  }

  /**
   * Where grid `index`'s name goes (zoom-0 pixels) and how wide it may be: on the largest part, inside it even for
   * L shapes and rings around holes. Computed once per grid, on first use.
   */
  labelOf(index: number): LabelPlacement {
    const l = this.#labels;
    if (!this.#labelPlaced[index]) {
      const label = placeLabel(this.coords, this.#largestPart(index));
      l[index * 3] = label.x;
      l[index * 3 + 1] = label.y;
      l[index * 3 + 2] = label.room;
      this.#labelPlaced[index] = 1;
    }
    return { x: l[index * 3]!, y: l[index * 3 + 1]!, room: l[index * 3 + 2]! };
  }

  /** Every grid's label, x, y, room at [i * 3] (places the ones not placed yet). */
  get labels(): Float64Array {
    for (let i = 0; i < this.count; i++) this.labelOf(i);
    return this.#labels;
  }

  /** Index of the grid with this id, or -1. */
  indexOf(id: string): number {
    return this.#indexById.get(id) ?? -1;
  }

  /** Indices of grids whose boxes touch the given box (zoom-0 pixels), in ascending (data) order. */
  search(minX: number, minY: number, maxX: number, maxY: number): number[] {
    if (!this.#tree) return [];
    return this.#tree.search(minX, minY, maxX, maxY).sort((a, b) => a - b);
  }

  /** The first grid containing the zoom-0 point, or -1: box candidates from the index, then an exact test. */
  hitTest(x: number, y: number): number {
    for (const i of this.search(x, y, x, y)) {
      if (this.contains(i, x, y)) return i;
    }
    return -1;
  }

  /** Even-odd crossing test over all of the grid's rings, so holes and separate parts both come out right. */
  contains(index: number, x: number, y: number): boolean {
    const c = this.coords;
    let inside = false;
    for (let r = this.gridRing[index]!; r < this.gridRing[index + 1]!; r++) {
      const start = this.ringStart[r]!;
      const end = this.ringStart[r + 1]!;
      for (let i = start, j = end - 1; i < end; j = i++) {
        const yi = c[i * 2 + 1]!;
        const yj = c[j * 2 + 1]!;
        if (yi > y !== yj > y && x < ((c[j * 2]! - c[i * 2]!) * (y - yi)) / (yj - yi) + c[i * 2]!) inside = !inside;
      }
    }
    return inside;
  }

  /** [start, end) vertex ranges of the grid's largest part by outer-ring area, outer ring first. */
  #largestPart(index: number): Array<[number, number]> {
    let best: Array<[number, number]> = [];
    let bestArea = -1;
    let current: Array<[number, number]> = [];
    const finish = () => {
      if (current.length === 0) return;
      const area = Math.abs(ringArea(this.coords, current[0]![0], current[0]![1]));
      if (area > bestArea) {
        bestArea = area;
        best = current;
      }
    };
    for (let r = this.gridRing[index]!; r < this.gridRing[index + 1]!; r++) {
      if (this.#partOuter[r]) {
        finish();
        current = [];
      }
      current.push([this.ringStart[r]!, this.ringStart[r + 1]!]);
    }
    finish();
    return best;
  }

  #storeBox(i: number, start: number, end: number): void {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let k = start; k < end; k++) {
      const x = this.coords[k * 2]!;
      const y = this.coords[k * 2 + 1]!;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    this.boxes.set([minX, minY, maxX, maxY], i * 4);
  }
}

function parts(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
