import type { Grid } from '../src/model/grid.js';
import type { AreaGeometry, Position } from '../src/model/geo.js';

/** An axis-aligned ring from (x0, y0) to (x1, y1), closed as GeoJSON requires. */
export function box(x0: number, y0: number, x1: number, y1: number): Position[] {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}

export function grid(id: string, name: string, boundary: AreaGeometry): Grid {
  return { id, code: id, name, community: '测试社区', boundary, workerIds: [] };
}

/**
 * A and B share the edge lng = 119.96. C is a MultiPolygon: a square with a square hole, and a second square
 * part further east.
 */
export const A = grid('A', '红梅一网格', { type: 'Polygon', coordinates: [box(119.95, 31.78, 119.96, 31.79)] });
export const B = grid('B', '红梅二网格', { type: 'Polygon', coordinates: [box(119.96, 31.78, 119.97, 31.79)] });
export const C = grid('C', '兰陵网格', {
  type: 'MultiPolygon',
  coordinates: [
    [box(119.95, 31.79, 119.97, 31.81), box(119.955, 31.795, 119.965, 31.805)],
    [box(119.98, 31.80, 119.99, 31.81)],
  ],
});
export const GRIDS = [A, B, C];

export const IN_A: Position = [119.955, 31.785];
export const IN_B: Position = [119.965, 31.785];
export const IN_HOLE: Position = [119.96, 31.8];
export const IN_C_SECOND_PART: Position = [119.985, 31.805];
