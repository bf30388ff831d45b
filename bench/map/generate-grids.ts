import type { Grid } from '../../src/model/grid.js';
import type { Position } from '../../src/model/geo.js';

/** What the map suite needs besides the grids: where to look and where to click. */
export interface GeneratedGrids {
  grids: Grid[];
  /** [[south, west], [north, east]] */
  bounds: [[number, number], [number, number]];
  /** Points well inside known single-part grids near the middle, for click timing. */
  probes: Array<{ id: string; position: Position }>;
}

const CENTER: Position = [119.95, 31.78];
const CELL_LNG = 0.0025;
const CELL_LAT = 0.002;
const COMMUNITIES = ['红梅', '兰陵', '青龙', '茶山', '天宁', '雕庄', '北环', '丽华', '翠竹', '东青', '郑陆', '新闸'];

/** A stable pseudo-random number in [-0.5, 0.5) for integer keys, so every run draws the same map. */
function noise(...keys: number[]): number {
  let h = 2166136261;
  for (const k of keys) {
    h ^= k;
    h = Math.imul(h, 16777619);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
  }
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296 - 0.5;
}

/**
 * `n` grids over Changzhou: a lattice whose vertices are jittered and whose edges wiggle (three extra points per
 * edge, shared by both neighbours, so the grids still tile without gaps), ~16 vertices per grid like real street
 * boundaries. Every 25th grid is a MultiPolygon: the cell with a hole, plus an island inside that hole.
 */
export function generateGrids(n: number): GeneratedGrids {
  const cols = Math.ceil(Math.sqrt(n));
  const rows = Math.ceil(n / cols);
  const x0 = CENTER[0] - (cols * CELL_LNG) / 2;
  const y0 = CENTER[1] - (rows * CELL_LAT) / 2;
  const vertex = (c: number, r: number): Position => {
    const edge = c === 0 || r === 0 || c === cols || r === rows;
    const j = edge ? 0 : 0.5;
    return [x0 + (c + noise(1, c, r) * j) * CELL_LNG, y0 + (r + noise(2, c, r) * j) * CELL_LAT];
  };
  // Points between two lattice vertices; keyed by the edge so both grids sharing it get identical points.
  const wiggle = (a: Position, b: Position, key: number[]): Position[] => {
    const out: Position[] = [];
    for (let k = 1; k <= 3; k++) {
      const t = k / 4;
      const d = noise(3, k, ...key) * 0.12;
      out.push([a[0] + (b[0] - a[0]) * t - (b[1] - a[1]) * d * 1.25, a[1] + (b[1] - a[1]) * t + (b[0] - a[0]) * d * 0.8]);
    }
    return out;
  };
  const side = (c0: number, r0: number, c1: number, r1: number): Position[] => {
    // Always generate in a canonical direction, reverse for the other neighbour.
    const forward = c0 < c1 || (c0 === c1 && r0 < r1);
    const [ca, ra, cb, rb] = forward ? [c0, r0, c1, r1] : [c1, r1, c0, r0];
    const pts = [vertex(ca, ra), ...wiggle(vertex(ca, ra), vertex(cb, rb), [ca, ra, cb, rb])];
    if (forward) return pts;
    return [vertex(cb, rb), ...pts.slice(1).reverse()];
  };

  const grids: Grid[] = [];
  const probes: GeneratedGrids['probes'] = [];
  const midC = Math.floor(cols / 2);
  const midR = Math.floor(rows / 2);
  for (let i = 0; i < n; i++) {
    const c = i % cols;
    const r = Math.floor(i / cols);
    const ring: Position[] = [...side(c, r, c + 1, r), ...side(c + 1, r, c + 1, r + 1), ...side(c + 1, r + 1, c, r + 1), ...side(c, r + 1, c, r)];
    ring.push(ring[0]!);
    const id = `G${String(i).padStart(6, '0')}`;
    const community = COMMUNITIES[(Math.floor(c / 8) + Math.floor(r / 8) * 3) % COMMUNITIES.length]!;
    const name = `${community}${(i % 64) + 1}网格`;
    const cx = x0 + (c + 0.5) * CELL_LNG;
    const cy = y0 + (r + 0.5) * CELL_LAT;
    const square = (half: number, clockwise: boolean): Position[] => {
      const pts: Position[] = [
        [cx - half * CELL_LNG, cy - half * CELL_LAT],
        [cx + half * CELL_LNG, cy - half * CELL_LAT],
        [cx + half * CELL_LNG, cy + half * CELL_LAT],
        [cx - half * CELL_LNG, cy + half * CELL_LAT],
      ];
      if (clockwise) pts.reverse();
      return [...pts, pts[0]!];
    };
    const multi = i % 25 === 7;
    const boundary: Grid['boundary'] = multi
      ? { type: 'MultiPolygon', coordinates: [[ring, square(0.2, true)], [square(0.08, false)]] }
      : { type: 'Polygon', coordinates: [ring] };
    grids.push({ id, code: `320402${String(i).padStart(14, '0')}`, name, community: `${community}社区`, boundary, workerIds: [] });
    if (!multi && Math.abs(c - midC) <= 3 && Math.abs(r - midR) <= 2 && probes.length < 12) probes.push({ id, position: [cx, cy] });
  }
  return {
    grids,
    bounds: [
      [y0, x0],
      [y0 + rows * CELL_LAT, x0 + cols * CELL_LNG],
    ],
    probes,
  };
}
