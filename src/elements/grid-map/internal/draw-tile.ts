import type { ProjectedGrids } from './projected-grids.js';
import type { GridMapStyle } from './types.js';

/** Which part of the world a tile shows. */
export interface TileFrame {
  /** Top-left corner in pixels at `zoom`. */
  x: number;
  y: number;
  /** Edge length in CSS pixels. */
  size: number;
  zoom: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
}

/**
 * Per-zoom simplification, in CSS px: a vertex is skipped when it lies within this distance of the straight line
 * from the last drawn vertex to the next one (Leaflet's default smoothFactor is the same 1 px). At overview zooms
 * that drops the wiggles of street boundaries that no eye could see, which is most of the vertices; zoomed in,
 * every bend is drawn.
 */
const TOLERANCE_PX = 1;
const TOLERANCE_SQ = TOLERANCE_PX * TOLERANCE_PX;

/**
 * Draw every grid that touches the tile: batched paths for all fills, then all strokes (even-odd, so holes stay
 * open), then names where they fit. A label that crosses a tile edge is drawn at the same world position by both
 * tiles, so the halves meet.
 */
export function drawGridTile(
  ctx: CanvasRenderingContext2D,
  grids: ProjectedGrids,
  frame: TileFrame,
  style: GridMapStyle,
  textWidths: TextWidths,
): void {
  const scale = 2 ** frame.zoom;
  const fontPx = textWidths.fontPx;
  // Grids just outside the tile can still reach in with their stroke or their label's height.
  const margin = (style.strokeWidth + fontPx) / scale;
  const minX = frame.x / scale - margin;
  const minY = frame.y / scale - margin;
  const maxX = (frame.x + frame.size) / scale + margin;
  const maxY = (frame.y + frame.size) / scale + margin;
  const found = grids.search(minX, minY, maxX, maxY);

  ctx.setTransform(frame.ratio, 0, 0, frame.ratio, 0, 0);
  ctx.clearRect(0, 0, frame.size, frame.size);
  if (found.length === 0) return;

  const paths = buildPaths(grids, found, scale, -frame.x, -frame.y);
  ctx.globalAlpha = style.fillOpacity;
  ctx.fillStyle = style.fill;
  for (const path of paths) ctx.fill(path, 'evenodd');
  ctx.globalAlpha = 1;
  if (style.strokeWidth > 0) {
    ctx.lineWidth = style.strokeWidth;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = style.stroke;
    for (const path of paths) ctx.stroke(path);
  }
  drawLabels(ctx, grids, found, scale, -frame.x, -frame.y, style, textWidths);
}

/**
 * Rasterizing one path costs more than linear time in its number of sub-paths (a dense tile as a single path took
 * ~70 ms, the same grids in chunks ~8 ms), so grids are batched into Path2D chunks of bounded size. A grid never
 * spans two chunks, so even-odd filling keeps its holes open.
 */
const CHUNK_GRIDS = 128;
const CHUNK_VERTICES = 2048;

function buildPaths(grids: ProjectedGrids, found: readonly number[], scale: number, ox: number, oy: number): Path2D[] {
  const paths: Path2D[] = [];
  let path = new Path2D();
  let chunkGrids = 0;
  let chunkVertices = 0;
  for (const i of found) {
    for (let r = grids.gridRing[i]!; r < grids.gridRing[i + 1]!; r++) {
      chunkVertices += traceRing(path, grids.coords, grids.ringStart[r]!, grids.ringStart[r + 1]!, scale, ox, oy);
    }
    if (++chunkGrids >= CHUNK_GRIDS || chunkVertices >= CHUNK_VERTICES) {
      paths.push(path);
      path = new Path2D();
      chunkGrids = 0;
      chunkVertices = 0;
    }
  }
  if (chunkGrids > 0) paths.push(path);
  return paths;
}

/**
 * Add ring [start, end) to the path in tile pixels, skipping vertices within the tolerance of the line from the
 * last drawn vertex to the next one (and lying between them, so a spike is kept). One pass, no allocation.
 * Returns how many vertices were drawn.
 */
export function traceRing(path: PathSink, c: Float64Array, start: number, end: number, scale: number, ox: number, oy: number): number {
  let lx = c[start * 2]! * scale + ox;
  let ly = c[start * 2 + 1]! * scale + oy;
  path.moveTo(lx, ly);
  let drawn = 1;
  let x = c[(start + 1) * 2]! * scale + ox;
  let y = c[(start + 1) * 2 + 1]! * scale + oy;
  for (let k = start + 1; k < end; k++) {
    // The ring is closed: after the last vertex comes the first.
    const n = k + 1 < end ? k + 1 : start;
    const nx = c[n * 2]! * scale + ox;
    const ny = c[n * 2 + 1]! * scale + oy;
    if (!nearLine(x, y, lx, ly, nx, ny)) {
      path.lineTo(x, y);
      lx = x;
      ly = y;
      drawn++;
    }
    x = nx;
    y = ny;
  }
  path.closePath();
  return drawn;
}

/** The part of Path2D a ring is traced into. */
export type PathSink = Pick<Path2D, 'moveTo' | 'lineTo' | 'closePath'>;

/** Whether (x, y) lies within the tolerance of segment a–b. */
function nearLine(x: number, y: number, ax: number, ay: number, bx: number, by: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const px = x - ax;
  const py = y - ay;
  const lengthSq = dx * dx + dy * dy;
  const along = px * dx + py * dy;
  if (along <= 0 || along >= lengthSq) return px * px + py * py < TOLERANCE_SQ;
  const cross = px * dy - py * dx;
  return cross * cross < TOLERANCE_SQ * lengthSq;
}

function drawLabels(
  ctx: CanvasRenderingContext2D,
  grids: ProjectedGrids,
  found: readonly number[],
  scale: number,
  ox: number,
  oy: number,
  style: GridMapStyle,
  textWidths: TextWidths,
): void {
  const fontPx = textWidths.fontPx;
  ctx.font = style.labelFont;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = style.labelHalo;
  ctx.fillStyle = style.labelColor;
  const b = grids.boxes;
  for (const i of found) {
    // Cheap rejections first: most grids are far too small for any text at overview zooms (and then their label
    // is never placed at all).
    if ((b[i * 4 + 3]! - b[i * 4 + 1]!) * scale < fontPx * 1.6) continue;
    if ((b[i * 4 + 2]! - b[i * 4]!) * scale < fontPx * 2) continue;
    const label = grids.labelOf(i);
    const room = label.room * scale;
    if (room < fontPx * 2) continue;
    const name = grids.names[i]!;
    if (textWidths.measure(ctx, name) + 8 > room) continue;
    const x = label.x * scale + ox;
    const y = label.y * scale + oy;
    ctx.strokeText(name, x, y);
    ctx.fillText(name, x, y);
  }
}

/** Cached `measureText` widths for one label font; names repeat across tiles and zooms. */
export class TextWidths {
  readonly fontPx: number;
  readonly #widths = new Map<string, number>();

  constructor(font: string) {
    const px = /(\d+(?:\.\d+)?)px/.exec(font);
    this.fontPx = px ? Number(px[1]) : 13;
  }

  measure(ctx: CanvasRenderingContext2D, text: string): number {
    let width = this.#widths.get(text);
    if (width === undefined) {
      width = ctx.measureText(text).width;
      this.#widths.set(text, width);
    }
    return width;
  }
}
