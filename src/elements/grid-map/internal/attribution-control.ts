import * as L from 'leaflet/dist/leaflet-src.esm.js';
import type { AttributionInfo } from './base-map.js';

/**
 * The tile source and 审图号 at the lower left, where Chinese map rules expect them. Leaflet's own attribution
 * control writes HTML strings; this one builds text nodes, so configured text can never become markup and no
 * Trusted Types policy is needed.
 */
export class AttributionControl extends L.Control {
  #container: HTMLElement | undefined;
  #info: AttributionInfo;

  constructor(info: AttributionInfo) {
    super({ position: 'bottomleft' });
    this.#info = info;
  }

  override onAdd(): HTMLElement {
    this.#container = L.DomUtil.create('div', 'leaflet-control-attribution cw-map-attribution');
    L.DomEvent.disableClickPropagation(this.#container);
    this.#render();
    return this.#container;
  }

  setInfo(info: AttributionInfo): void {
    this.#info = info;
    this.#render();
  }

  #render(): void {
    const el = this.#container;
    if (!el) return;
    const { source, href, reviewNumber } = this.#info;
    const sourceNode = href ? Object.assign(document.createElement('a'), { href, target: '_blank', rel: 'noopener' }) : document.createElement('span');
    sourceNode.textContent = source;
    const parts: Node[] = [sourceNode];
    if (reviewNumber) parts.push(document.createTextNode(' | '), Object.assign(document.createElement('span'), { textContent: reviewNumber }));
    el.replaceChildren(...parts);
  }
}
