import Flatbush from 'flatbush';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AreaGeometry, Position } from '../../../model/geo.js';

/** Anything with an id and a GeoJSON area boundary: a `Grid`, or a grid already converted to the map's CRS. */
export interface Bounded {
  id: string;
  boundary: AreaGeometry;
}

/**
 * A spatial index over grid boundaries (Flatbush over each boundary's bounding box), so that a point query only
 * runs the exact point-in-polygon test on the few grids whose boxes contain the point.
 *
 * @example
 * const index = new GridIndex(grids);
 * findGridAt(index, [119.95, 31.78])?.id;
 */
export class GridIndex<T extends Bounded = Bounded> {
  readonly items: readonly T[];
  readonly #tree: Flatbush | undefined;

  constructor(items: readonly T[]) {
    this.items = items;
    if (items.length === 0) return;
    const tree = new Flatbush(items.length);
    for (const item of items) {
      const [minX, minY, maxX, maxY] = geometryBounds(item.boundary);
      tree.add(minX, minY, maxX, maxY);
    }
    tree.finish();
    this.#tree = tree;
  }

  /** Items whose bounding box contains the position, in input order. */
  candidates(position: Position): T[] {
    if (!this.#tree) return [];
    const [x, y] = position;
    return this.#tree
      .search(x, y, x, y)
      .sort((a, b) => a - b)
      .map((i) => this.items[i]!);
  }
}

/**
 * The first grid whose boundary contains `position` (`[lng, lat]`, in the grids' CRS). A point on an edge counts as
 * inside (a resident on the street between two grids still gets an answer: the first in data order); a point in a
 * hole does not. Pass a {@link GridIndex} when querying repeatedly; an array is scanned linearly.
 *
 * @example findGridAt(grids, [119.9512, 31.7803])?.name
 */
export function findGridAt<T extends Bounded>(source: readonly T[] | GridIndex<T>, position: Position): T | undefined {
  const candidates = source instanceof GridIndex ? source.candidates(position) : source;
  const point = { type: 'Point' as const, coordinates: [position[0], position[1]] };
  for (const item of candidates) {
    if (booleanPointInPolygon(point, item.boundary)) return item;
  }
  return undefined;
}

/** `[minLng, minLat, maxLng, maxLat]` of the outer rings (holes lie inside them). */
export function geometryBounds(geometry: AreaGeometry): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const outers = geometry.type === 'Polygon' ? [geometry.coordinates[0]!] : geometry.coordinates.map((p) => p[0]!);
  for (const ring of outers) {
    for (const [x, y] of ring) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}
