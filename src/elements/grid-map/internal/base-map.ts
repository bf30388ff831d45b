import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { BaseMapConfig, MapCrs } from './types.js';

/** What the attribution control says about the tiles. */
export interface AttributionInfo {
  source: string;
  href?: string;
  reviewNumber?: string;
}

export type TiandituLayer = 'vec' | 'cva' | 'img' | 'cia';

/**
 * Tianditu's WMTS GetTile URL for Web Mercator (`_w`) tiles as a Leaflet template (`{s}` = server 0–7).
 *
 * @example tiandituUrlTemplate('vec', 'KEY')
 * // https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY
 */
export function tiandituUrlTemplate(layer: TiandituLayer, tk: string): string {
  return (
    `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
    `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(tk)}`
  );
}

/** The CRS a base map's tiles are drawn in, unless the webmaster says otherwise. */
export function defaultBaseMapCrs(config: BaseMapConfig, dataCrs: MapCrs): MapCrs {
  if (config.kind === 'tianditu') return 'cgcs2000';
  if (config.kind === 'xyz') return 'wgs84';
  return dataCrs;
}

/** Tile layers (bottom first) and attribution for a base map; `none` yields no layers and no attribution. */
export function createBaseMap(config: BaseMapConfig): { layers: L.TileLayer[]; attribution?: AttributionInfo } {
  switch (config.kind) {
    case 'none':
      return { layers: [] };
    case 'tianditu': {
      if (!config.tk) throw new TypeError('Tianditu needs a browser key (tk)');
      const imagery = config.layer === 'img';
      const options: L.TileLayerOptions = { subdomains: '01234567', minZoom: 1, maxZoom: 18 };
      const layers = [L.tileLayer(tiandituUrlTemplate(imagery ? 'img' : 'vec', config.tk), options)];
      if (config.labels !== false) layers.push(L.tileLayer(tiandituUrlTemplate(imagery ? 'cia' : 'cva', config.tk), options));
      return { layers, attribution: withReview({ source: '天地图', href: 'https://www.tianditu.gov.cn/' }, config.reviewNumber) };
    }
    case 'xyz': {
      if (!/^(https?:)?\/\/|^\/(?!\/)/i.test(config.url)) {
        throw new TypeError('A base map URL must be http(s), protocol-relative or root-relative');
      }
      const options: L.TileLayerOptions = { minZoom: config.minZoom ?? 0, maxZoom: config.maxZoom ?? 18 };
      if (config.subdomains) options.subdomains = config.subdomains;
      return { layers: [L.tileLayer(config.url, options)], attribution: withReview({ source: config.attribution }, config.reviewNumber) };
    }
  }
}

function withReview(info: AttributionInfo, reviewNumber: string | undefined): AttributionInfo {
  return reviewNumber ? { ...info, reviewNumber } : info;
}
