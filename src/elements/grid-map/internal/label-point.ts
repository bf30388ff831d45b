/**
 * Where to put a grid's name: the midpoint of the widest interior stretch of a horizontal line through the
 * area-weighted centroid of the grid's largest part. Unlike the centroid itself this always lies inside the polygon
 * (also for L shapes and rings around a hole), and the stretch's width says how long a label can be.
 *
 * `coords` holds x,y pairs; `rings` lists [start, end) vertex ranges of one part, outer ring first.
 */
export interface LabelPlacement {
  x: number;
  y: number;
  /** Width of the interior stretch the label sits on, in the same units as the coordinates. */
  room: number;
}

export function placeLabel(coords: Float64Array, rings: ReadonlyArray<readonly [number, number]>): LabelPlacement {
  const [outerStart, outerEnd] = rings[0]!;
  const y = centroidY(coords, outerStart, outerEnd);
  const xs: number[] = [];
  for (const [start, end] of rings) {
    for (let i = start, j = end - 1; i < end; j = i++) {
      const yi = coords[i * 2 + 1]!;
      const yj = coords[j * 2 + 1]!;
      // Half-open rule: a vertex exactly on the line is counted once.
      if (yi > y !== yj > y) {
        const xi = coords[i * 2]!;
        const xj = coords[j * 2]!;
        xs.push(xi + ((y - yi) / (yj - yi)) * (xj - xi));
      }
    }
  }
  xs.sort((a, b) => a - b);
  let best: LabelPlacement = { x: coords[outerStart * 2]!, y, room: 0 };
  for (let k = 0; k + 1 < xs.length; k += 2) {
    const room = xs[k + 1]! - xs[k]!;
    if (room > best.room) best = { x: (xs[k]! + xs[k + 1]!) / 2, y, room };
  }
  return best;
}

/** Signed area of a ring (shoelace), in squared coordinate units. */
export function ringArea(coords: Float64Array, start: number, end: number): number {
  let area = 0;
  for (let i = start, j = end - 1; i < end; j = i++) {
    area += coords[j * 2]! * coords[i * 2 + 1]! - coords[i * 2]! * coords[j * 2 + 1]!;
  }
  return area / 2;
}

function centroidY(coords: Float64Array, start: number, end: number): number {
  let area = 0;
  let cy = 0;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = start, j = end - 1; i < end; j = i++) {
    const xi = coords[i * 2]!;
    const yi = coords[i * 2 + 1]!;
    const xj = coords[j * 2]!;
    const yj = coords[j * 2 + 1]!;
    const cross = xj * yi - xi * yj;
    area += cross;
    cy += (yj + yi) * cross;
    if (yi < minY) minY = yi;
    if (yi > maxY) maxY = yi;
  }
  // A degenerate ring has no centroid; its vertical middle is as good as any.
  return Math.abs(area) > 0 ? cy / (3 * area) : (minY + maxY) / 2;
}
