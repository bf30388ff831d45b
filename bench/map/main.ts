/**
 * The map benchmark page. bench/suites/map.mjs drives it through `window.mapBench`: one page per measured run, so
 * heap numbers start from the same place.
 */
import type { FeatureCollection } from 'geojson';
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import 'leaflet/dist/leaflet.css';
import { createGridMapView } from '../../src/elements/grid-map/internal/grid-map-view.js';
import { DEFAULT_GRID_MAP_STYLE as S } from '../../src/elements/grid-map/internal/default-style.js';
import { gridMapCss } from '../../src/elements/grid-map/internal/leaflet-css.js';
import type { GridMapView } from '../../src/elements/grid-map/internal/types.js';
import { generateGrids, type GeneratedGrids } from './generate-grids.js';

export type Kind = 'engine' | 'leaflet-canvas' | 'leaflet-svg';

const style = document.createElement('style');
style.textContent = gridMapCss;
document.head.append(style);

const container = document.getElementById('map')!;
let data: GeneratedGrids | undefined;
let map: L.Map | undefined;
let view: GridMapView | undefined;
let lastSelected: { at: number; id: string | null } | undefined;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const settle = async () => {
  await frame();
  await frame();
};

/** rAF-to-rAF intervals while `step` runs inside each frame, until `frames` or `maxMs` is reached. */
async function frameTimes(frames: number, maxMs: number, step: (i: number) => void | Promise<void>): Promise<number[]> {
  const deltas: number[] = [];
  let last = await frame();
  const end = last + maxMs;
  for (let i = 0; i < frames && last < end; i++) {
    await step(i);
    const now = await frame();
    deltas.push(now - last);
    last = now;
  }
  return deltas;
}

const api = {
  /** Generate the grids (not timed). */
  prepare(n: number): number {
    data = generateGrids(n);
    return data.grids.length;
  },

  /** Time from handing over the data to the first complete paint. */
  async add(kind: Kind): Promise<number> {
    const d = data!;
    if (kind === 'engine') {
      view = createGridMapView(container);
      map = view.map;
      view.on('select', ({ id }) => (lastSelected = { at: performance.now(), id }));
      await settle();
      const t0 = performance.now();
      view.setGrids(d.grids);
      await view.whenPainted();
      await settle();
      return performance.now() - t0;
    }
    map = L.map(container, { preferCanvas: kind === 'leaflet-canvas', attributionControl: false, fadeAnimation: false });
    map.fitBounds(d.bounds, { padding: [8, 8], animate: false });
    await settle();
    const t0 = performance.now();
    const renderer = kind === 'leaflet-canvas' ? L.canvas() : L.svg();
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: d.grids.map((g) => ({ type: 'Feature', properties: { id: g.id }, geometry: g.boundary })),
    };
    const layer = L.geoJSON(collection, { style: () => ({ renderer, color: S.stroke, weight: S.strokeWidth, fillColor: S.fill, fillOpacity: S.fillOpacity }) },
    );
    layer.on('click', (e: L.LeafletMouseEvent) => {
      lastSelected = { at: performance.now(), id: (e.propagatedFrom as L.Layer & { feature: { properties: { id: string } } }).feature.properties.id };
    });
    layer.addTo(map);
    await settle();
    return performance.now() - t0;
  },

  /** A programmatic pan: one un-animated panBy per frame (each ends a move, which is when Leaflet redraws). */
  pan(frames: number, maxMs: number): Promise<number[]> {
    return frameTimes(frames, maxMs, (i) => {
      map!.panBy([i < frames / 2 ? 14 : -14, i % 4 < 2 ? 3 : -3], { animate: false });
    });
  },

  /** Animated zoom in and out around the centre, including the redraw after each step. */
  zoom(steps: number, maxMs: number): Promise<number[]> {
    let pending: Promise<void> = Promise.resolve();
    let started = -1;
    return frameTimes(steps * 30, maxMs, async (i) => {
      const step = Math.floor(i / 30);
      if (step !== started) {
        started = step;
        await pending;
        pending = new Promise<void>((resolve) => map!.once('zoomend', () => resolve()));
        if (step % 2 === 0) map!.zoomIn(1);
        else map!.zoomOut(1);
      }
    });
  },

  /** Time from a click on a known grid to the select callback; returns [ms, correct?] per probe. */
  clicks(count: number): Array<[number, boolean]> {
    const out: Array<[number, boolean]> = [];
    const rect = container.getBoundingClientRect();
    for (const probe of data!.probes.slice(0, count)) {
      const p = map!.latLngToContainerPoint([probe.position[1], probe.position[0]]);
      const clientX = rect.left + p.x;
      const clientY = rect.top + p.y;
      const target = document.elementFromPoint(clientX, clientY)!;
      lastSelected = undefined;
      const t0 = performance.now();
      for (const type of ['mousedown', 'mouseup', 'click'] as const) {
        target.dispatchEvent(new MouseEvent(type, { clientX, clientY, bubbles: true, button: 0 }));
      }
      const hit = lastSelected as { at: number; id: string | null } | undefined;
      out.push([hit ? hit.at - t0 : NaN, hit?.id === probe.id]);
    }
    return out;
  },
};

declare global {
  interface Window {
    mapBench: typeof api;
  }
}
window.mapBench = api;
