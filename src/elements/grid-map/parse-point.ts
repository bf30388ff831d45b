import type { Position } from '../../model/geo.js';

/**
 * A position typed by a resident: `lng,lat` with an ASCII or full-width comma (or spaces) between the numbers,
 * as copied from a map app. Returns `[lng, lat]`, or `undefined` when the text is not two numbers in range.
 *
 * @example parsePoint('119.955，31.785') // [119.955, 31.785]
 */
export function parsePoint(text: string): Position | undefined {
  const parts = text
    .trim()
    .split(/\s*[,，、;；]\s*|\s+/)
    .filter(Boolean);
  if (parts.length !== 2) return undefined;
  const [lng, lat] = parts.map((part) => (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(part) ? Number(part) : NaN)) as [number, number];
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) return undefined;
  return [lng, lat];
}
