import gcoord from 'gcoord';
import type { AreaGeometry, Position } from '../../../model/geo.js';
import type { MapCrs } from './types.js';

/**
 * gcoord's name for each CRS. CGCS2000 maps to WGS84 on purpose: the two differ by centimetres, and CGCS2000 data
 * (what Chinese surveying departments publish) must never be shifted when drawn over Tianditu.
 */
const GCOORD_CRS = {
  wgs84: gcoord.WGS84,
  cgcs2000: gcoord.WGS84,
  gcj02: gcoord.GCJ02,
  bd09: gcoord.BD09,
} as const;

/** True when positions in `from` must be transformed to line up with `to`. */
export function needsConversion(from: MapCrs, to: MapCrs): boolean {
  return GCOORD_CRS[from] !== GCOORD_CRS[to];
}

/**
 * Convert one `[lng, lat]` position. Returns the same values (a copy) when the systems agree.
 *
 * @example convertPosition([119.95, 31.78], 'wgs84', 'gcj02') // ≈ [119.9545, 31.7781]
 */
export function convertPosition(position: Position, from: MapCrs, to: MapCrs): Position {
  if (!needsConversion(from, to)) return [position[0], position[1]];
  const [lng, lat] = gcoord.transform([position[0], position[1]], GCOORD_CRS[from], GCOORD_CRS[to]);
  return [lng!, lat!];
}

/** Convert a Polygon/MultiPolygon into a new geometry; the input is never mutated (gcoord works in place). */
export function convertGeometry<G extends AreaGeometry>(geometry: G, from: MapCrs, to: MapCrs): G {
  if (!needsConversion(from, to)) return geometry;
  const ring = (r: Position[]): Position[] => r.map((p) => convertPosition(p, from, to));
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(ring) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(ring)) };
}
