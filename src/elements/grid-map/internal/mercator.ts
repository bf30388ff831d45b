/**
 * Web Mercator exactly as Leaflet's `L.CRS.EPSG3857` computes it, at zoom 0 (the world is 256 px wide). Multiply by
 * 2^zoom for pixels at a zoom. Written out so that projecting hundreds of thousands of vertices allocates nothing.
 */
const MAX_LATITUDE = 85.0511287798;
const D = Math.PI / 180;

export const WORLD_SIZE = 256;

export function projectX(lng: number): number {
  return WORLD_SIZE * (0.5 + lng / 360);
}

export function projectY(lat: number): number {
  const sin = Math.sin(Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * D);
  return WORLD_SIZE * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
}
