import { expect } from '@open-wc/testing';
import { createGridMapView } from '../src/elements/grid-map/internal/grid-map-view.js';
import { gridMapCss, leafletCss } from '../src/elements/grid-map/internal/leaflet-css.js';
import type { GridMapView } from '../src/elements/grid-map/internal/types.js';
import { GRIDS, IN_A, IN_B, IN_C_SECOND_PART, IN_HOLE } from './grid-map-engine.fixtures.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

let host: HTMLElement;
let container: HTMLElement;
let view: GridMapView | undefined;

/** The map lives in a shadow root, as it will inside `cw-grid-map`. */
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(leafletCss + gridMapCss);
  root.adoptedStyleSheets = [sheet];
  container = document.createElement('div');
  container.style.cssText = 'width: 400px; height: 300px';
  root.append(container);
});

afterEach(() => {
  view?.destroy();
  view = undefined;
  host.remove();
});

/** Dispatch a mouse event on whatever is drawn at a position, the way a real pointer would hit it. */
function pointerAt(v: GridMapView, position: [number, number], type: 'click' | 'mousemove'): void {
  const { x, y } = v.pointFor(position);
  const rect = container.getBoundingClientRect();
  const clientX = rect.left + x;
  const clientY = rect.top + y;
  const target = (host.shadowRoot!.elementFromPoint(clientX, clientY) ?? container) as Element;
  target.dispatchEvent(new MouseEvent(type, { clientX, clientY, bubbles: true, composed: true }));
}

/** RGBA of the grid tile pixel under a position. */
function tilePixel(v: GridMapView, position: [number, number]): number[] {
  const { x, y } = v.pointFor(position);
  const rect = container.getBoundingClientRect();
  for (const canvas of container.querySelectorAll<HTMLCanvasElement>('.cw-grid-tiles canvas')) {
    const r = canvas.getBoundingClientRect();
    const cx = rect.left + x - r.left;
    const cy = rect.top + y - r.top;
    if (cx < 0 || cy < 0 || cx >= r.width || cy >= r.height) continue;
    const ratio = canvas.width / r.width;
    return [...canvas.getContext('2d')!.getImageData(Math.floor(cx * ratio), Math.floor(cy * ratio), 1, 1).data];
  }
  throw new Error('no tile under that position');
}

async function painted(grids = GRIDS): Promise<GridMapView> {
  const v = createGridMapView(container, { style: { fill: '#ff0000', fillOpacity: 1 } });
  view = v;
  v.setGrids(grids);
  await v.whenPainted();
  return v;
}

describe('grid map engine: rendering', () => {
  it('paints grid fills into canvas tiles and leaves holes unpainted', async () => {
    const v = await painted();
    const inside = tilePixel(v, IN_A);
    expect(inside.slice(0, 4)).to.deep.equal([255, 0, 0, 255]);
    expect(tilePixel(v, IN_C_SECOND_PART)[0]).to.equal(255);
    expect(tilePixel(v, IN_HOLE)[3], 'hole stays transparent').to.equal(0);
  });

  it('fits the view to the grids', async () => {
    const v = await painted();
    for (const p of [IN_A, IN_B, IN_C_SECOND_PART]) {
      const { x, y } = v.pointFor(p);
      expect(x).to.be.within(0, 400);
      expect(y).to.be.within(0, 300);
    }
  });

  it('draws more tiles after the container grows (ResizeObserver → invalidateSize)', async () => {
    const v = await painted();
    const rightEdge = () =>
      Math.max(...[...container.querySelectorAll('.cw-grid-tiles canvas')].map((c) => c.getBoundingClientRect().right));
    container.style.width = '900px';
    await nextFrame();
    await nextFrame();
    await v.whenPainted();
    expect(rightEdge()).to.be.at.least(container.getBoundingClientRect().right);
  });
});

describe('grid map engine: selection and hover', () => {
  it('select() outlines the grid and reports it, unknown ids clear it', async () => {
    const v = await painted();
    v.select('C');
    expect(v.selectedId).to.equal('C');
    expect(container.querySelectorAll('.leaflet-cw-highlight-pane path')).to.have.length(1);
    v.select('nope');
    expect(v.selectedId).to.equal(null);
    expect(container.querySelectorAll('.leaflet-cw-highlight-pane path')).to.have.length(0);
  });

  it('a click at a known coordinate selects the grid there, in a hole selects nothing', async () => {
    const v = await painted();
    const events: Array<{ id: string | null; source: string }> = [];
    v.on('select', (e) => events.push(e));
    pointerAt(v, IN_C_SECOND_PART, 'click');
    pointerAt(v, IN_B, 'click');
    pointerAt(v, IN_HOLE, 'click');
    expect(events).to.deep.equal([
      { id: 'C', source: 'pointer' },
      { id: 'B', source: 'pointer' },
      { id: null, source: 'pointer' },
    ]);
    expect(v.selectedId).to.equal(null);
  });

  it('hover follows the pointer and draws an outline', async () => {
    const v = await painted();
    const hovered: Array<string | null> = [];
    v.on('hover', ({ id }) => hovered.push(id));
    pointerAt(v, IN_A, 'mousemove');
    expect(container.querySelectorAll('.leaflet-cw-highlight-pane path')).to.have.length(1);
    expect(container.classList.contains('cw-map--over-grid')).to.equal(true);
    pointerAt(v, IN_A, 'mousemove');
    pointerAt(v, IN_HOLE, 'mousemove');
    expect(hovered).to.deep.equal(['A', null]);
    expect(container.classList.contains('cw-map--over-grid')).to.equal(false);
  });

  it('focus() draws a separate outline beside the selection', async () => {
    const v = await painted();
    v.select('A');
    v.focus('B');
    const strokes = [...container.querySelectorAll('.leaflet-cw-highlight-pane path')].map((p) => p.getAttribute('stroke'));
    expect(strokes).to.have.length(2);
    expect(strokes[0]).to.not.equal(strokes[1]);
  });

  it('locate() selects the grid around a GPS position and emits select with source locate', async () => {
    const v = await painted();
    const events: string[] = [];
    v.on('select', ({ id, source }) => events.push(`${id}:${source}`));
    expect(v.locate(IN_B)).to.equal('B');
    expect(v.selectedId).to.equal('B');
    expect(container.querySelector('.cw-map-location')).to.exist;
    expect(events).to.deep.equal(['B:locate']);
  });

  it('unsubscribing stops events', async () => {
    const v = await painted();
    const ids: Array<string | null> = [];
    const off = v.on('select', ({ id }) => ids.push(id));
    pointerAt(v, IN_A, 'click');
    off();
    pointerAt(v, IN_B, 'click');
    expect(ids).to.deep.equal(['A']);
  });
});

describe('grid map engine: service points', () => {
  it('renders service points as named buttons that fire on click and Enter', async () => {
    const v = await painted();
    const activated: string[] = [];
    v.on('point', ({ id }) => activated.push(id));
    v.setServicePoints([
      { id: 'P1', name: '红梅老年助餐点', kind: 'meal', location: { type: 'Point', coordinates: IN_A } },
    ]);
    const button = container.querySelector<HTMLElement>('.cw-map-point')!;
    expect(button.getAttribute('role')).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('红梅老年助餐点');
    expect(button.tabIndex).to.equal(0);
    expect(container.querySelector('img'), 'no default marker image').to.equal(null);
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(activated).to.deep.equal(['P1', 'P1']);
  });
});

describe('grid map engine: coordinate systems', () => {
  it('moves the drawing when the base map CRS differs from the data CRS', async () => {
    // Given WGS84 grids drawn over a WGS84 base map
    const v = createGridMapView(container, { dataCrs: 'wgs84', baseMapCrs: 'wgs84', style: { fill: '#ff0000', fillOpacity: 1 } });
    view = v;
    v.setGrids(GRIDS);
    await v.whenPainted();
    const before = v.pointFor(IN_A);
    // When the base map turns out to be GCJ-02 (a few hundred metres off in Changzhou)
    v.setBaseMap({ kind: 'none' }, 'gcj02');
    await v.whenPainted();
    // Then the grid is drawn elsewhere, and hit-testing and drawing still agree on where it is
    const after = v.pointFor(IN_A);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).to.be.above(5);
    expect(tilePixel(v, IN_A)[0]).to.equal(255);
    expect(v.gridAt(IN_A)).to.equal('A');
    pointerAt(v, IN_A, 'click');
    expect(v.selectedId).to.equal('A');
  });
});

describe('grid map engine: base maps', () => {
  it("base map 'none' creates no tile layer and requests nothing", async () => {
    performance.clearResourceTimings();
    const v = await painted();
    v.setServicePoints([{ id: 'P', name: '看护站', kind: 'childcare', location: { type: 'Point', coordinates: IN_B } }]);
    await nextFrame();
    expect(container.querySelectorAll('img')).to.have.length(0);
    expect(container.querySelector('.leaflet-control-attribution')).to.equal(null);
    expect(performance.getEntriesByType('resource').map((e) => e.name)).to.deep.equal([]);
  });

  it('an XYZ base map shows its source and 审图号 at the lower left, as text', async () => {
    const v = createGridMapView(container, {
      baseMap: {
        kind: 'xyz',
        url: '/__no_tiles__/{z}/{x}/{y}.png',
        attribution: '<b>区规划局</b>',
        reviewNumber: '审图号：常S(2024)001号',
      },
    });
    view = v;
    const control = container.querySelector('.leaflet-bottom.leaflet-left .leaflet-control-attribution');
    expect(control).to.exist;
    expect(control!.textContent).to.equal('<b>区规划局</b> | 审图号：常S(2024)001号');
    expect(control!.querySelector('b'), 'configured text never becomes markup').to.equal(null);
    v.setBaseMap({ kind: 'none' });
    expect(container.querySelector('.leaflet-control-attribution')).to.equal(null);
  });

  it('rejects a base map URL with a script scheme', () => {
    expect(() =>
      createGridMapView(container, { baseMap: { kind: 'xyz', url: 'javascript:alert(1)//{z}', attribution: 'x' } }),
    ).to.throw(TypeError);
  });
});
