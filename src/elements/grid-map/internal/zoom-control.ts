import * as L from 'leaflet/dist/leaflet-src.esm.js';

/**
 * Zoom in/out as real buttons built from text nodes. Leaflet's own zoom control writes its labels with
 * `innerHTML`, which a page with `require-trusted-types-for 'script'` refuses.
 */
export class ZoomControl extends L.Control {
  readonly #labels: { zoomIn: string; zoomOut: string };

  constructor(labels: { zoomIn: string; zoomOut: string }) {
    super({ position: 'topleft' });
    this.#labels = labels;
  }

  override onAdd(map: L.Map): HTMLElement {
    const bar = L.DomUtil.create('div', 'leaflet-control-zoom leaflet-bar');
    const button = (symbol: string, label: string, kind: string, action: () => void) => {
      const element = L.DomUtil.create('button', `leaflet-control-zoom-${kind}`, bar);
      element.type = 'button';
      const mark = document.createElement('span');
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = symbol;
      const name = document.createElement('span');
      name.className = 'cw-visually-hidden';
      name.textContent = label;
      element.append(mark, name);
      element.title = label;
      L.DomEvent.disableClickPropagation(element);
      L.DomEvent.on(element, 'click', action);
    };
    button('+', this.#labels.zoomIn, 'in', () => map.zoomIn());
    button('−', this.#labels.zoomOut, 'out', () => map.zoomOut());
    return bar;
  }
}
