import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { ServicePoint } from '../../../model/service-point.js';
import { convertPosition } from './crs.js';
import type { MapCrs } from './types.js';

/**
 * Service points as real buttons: Leaflet's keyboard markers are focusable `role="button"` elements, named here by
 * `aria-label` and activated by Enter or Space as well as by click. They use a div icon, because Leaflet's default
 * marker image looks its path up in document CSS that a shadow root hides (→ 404s).
 */
export class ServicePointLayer {
  readonly #group = L.layerGroup();
  readonly #activate: (id: string) => void;

  constructor(map: L.Map, activate: (id: string) => void) {
    this.#activate = activate;
    this.#group.addTo(map);
  }

  set(points: readonly ServicePoint[], dataCrs: MapCrs, mapCrs: MapCrs, size: number): void {
    this.#group.clearLayers();
    for (const point of points) {
      const [lng, lat] = convertPosition(point.location.coordinates, dataCrs, mapCrs);
      const icon = L.divIcon({
        className: `cw-map-point cw-map-point--${point.kind}`,
        iconSize: [size, size],
        html: document.createElement('span'), // an element, not a string: no innerHTML under Trusted Types
      });
      const marker = L.marker([lat, lng], { icon, keyboard: true, title: point.name, riseOnHover: true });
      marker.on('click', () => this.#activate(point.id));
      marker.on('add', () => {
        const el = marker.getElement();
        if (!el) return;
        el.setAttribute('aria-label', point.name);
        el.addEventListener('keydown', (event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          this.#activate(point.id);
        });
      });
      this.#group.addLayer(marker);
    }
  }

  clear(): void {
    this.#group.clearLayers();
  }
}
