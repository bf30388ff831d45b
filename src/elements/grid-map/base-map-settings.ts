import { safeUrl } from '../../core/safe-url.js';
import type { BaseMapConfig, MapCrs } from './internal/types.js';

/** The `base-map` attribute's values. */
export type BaseMapKind = 'none' | 'tianditu' | 'xyz';

/** The data CRS names the `crs` attribute accepts (the engine's `MAP_CRS`, kept here so no engine code loads). */
const CRS_NAMES: readonly MapCrs[] = ['wgs84', 'cgcs2000', 'gcj02', 'bd09'];

export interface BaseMapAttributes {
  kind?: string;
  tk?: string;
  tileUrl?: string;
  attribution?: string;
  reviewNumber?: string;
}

/**
 * The engine's base-map config from the element's attributes. A setting that cannot work (Tianditu without a key,
 * a tile URL that is not http(s)) falls back to no base map — a map without tiles still answers "which grid" — and
 * tells the webmaster in the console.
 *
 * @example baseMapFrom({ kind: 'tianditu', tk: 'KEY', reviewNumber: '审图号：GS(2024)0568号' })
 */
export function baseMapFrom(attributes: BaseMapAttributes): BaseMapConfig {
  const review = attributes.reviewNumber?.trim() || undefined;
  switch (attributes.kind ?? 'none') {
    case 'none':
      return { kind: 'none' };
    case 'tianditu': {
      const tk = attributes.tk?.trim();
      if (tk) return { kind: 'tianditu', tk, ...(review ? { reviewNumber: review } : {}) };
      return fallback('base-map="tianditu" needs the Tianditu browser key in tk="…"');
    }
    case 'xyz': {
      const url = attributes.tileUrl?.trim() ?? '';
      const checked = safeUrl(url.replace(/\{[a-z]+\}/gi, '0'), 'link');
      if (!checked || !/^https?:/.test(checked) || !/^(https?:)?\/\/|^\/(?!\/)/i.test(url)) {
        return fallback('base-map="xyz" needs an http(s) or root-relative tile-url="…/{z}/{x}/{y}.png"');
      }
      if (!attributes.attribution?.trim()) return fallback('base-map="xyz" needs attribution="…" naming the tile source');
      return { kind: 'xyz', url, attribution: attributes.attribution.trim(), ...(review ? { reviewNumber: review } : {}) };
    }
    default:
      return fallback(`base-map="${attributes.kind}" is unknown; use none, tianditu or xyz`);
  }
}

function fallback(why: string): BaseMapConfig {
  console.warn(`[community-widgets] <cw-grid-map>: ${why}. Showing the grids without a base map.`);
  return { kind: 'none' };
}

/** The `crs` attribute as a known CRS; anything else is reported and read as CGCS2000, the surveying default. */
export function dataCrsFrom(value: string | undefined): MapCrs {
  const name = (value ?? 'cgcs2000').trim().toLowerCase();
  if ((CRS_NAMES as readonly string[]).includes(name)) return name as MapCrs;
  console.warn(`[community-widgets] <cw-grid-map>: crs="${value}" is unknown; use ${CRS_NAMES.join(', ')}. Reading cgcs2000.`);
  return 'cgcs2000';
}
