import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/grid-map/grid-map.js';
import '../src/elements/worker-card/worker-card.js';
import '../src/elements/provider/provider.js';
import type { CwGridMap } from '../src/elements/grid-map/grid-map.js';
import type { GridMapView } from '../src/elements/grid-map/internal/types.js';
import type { DataAdapter, ReadOptions } from '../src/adapters/data-adapter.js';
import type { Position } from '../src/model/geo.js';
import { communityData, staticAdapter, until } from './helpers/fixtures.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const viewOf = (el: CwGridMap) => (el as unknown as { view?: GridMapView }).view;
const options = (el: CwGridMap) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
const status = (el: CwGridMap) => root(el).querySelector('[part="status"]')!.textContent!.trim();

const box = (x0: number, y0: number, x1: number, y1: number): Position[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

/** G-1 and G-2 share the edge lng 119.96; G-H has a hole around HOLE. */
const IN_G1: Position = [119.955, 31.785];
const IN_G2: Position = [119.965, 31.785];
const ON_SHARED_EDGE: Position = [119.96, 31.785];
const IN_HOLE: Position = [119.975, 31.785];
const IN_G_H: Position = [119.972, 31.782];

function mapData() {
  const data = communityData();
  return {
    ...data,
    grids: [
      ...data.grids,
      {
        id: 'G-H',
        code: '32040200100100103',
        name: '三网格',
        community: '局前街社区',
        boundary: { type: 'Polygon', coordinates: [box(119.97, 31.78, 119.98, 31.79), box(119.973, 31.783, 119.977, 31.787)] },
        workerIds: [],
      },
      {
        id: 'G-OTHER',
        code: '32040200100200101',
        name: '外社区网格',
        community: '北环社区',
        boundary: { type: 'Polygon', coordinates: [box(119.99, 31.78, 120.0, 31.79)] },
        workerIds: [],
      },
    ],
    servicePoints: [
      { id: 'SP-1', name: '局前街老年助餐点', kind: 'meal', location: { type: 'Point', coordinates: [119.957, 31.787] }, community: '局前街社区', address: '局前街 18 号', hours: '11:00—13:00', phone: '0519-86601120' },
    ],
  };
}

interface MapAttrs {
  lang?: string;
  elder?: boolean;
  community?: string;
  points?: boolean;
  baseMap?: string;
}

async function gridMap(attrs: MapAttrs = {}, adapter: DataAdapter = staticAdapter(mapData())): Promise<CwGridMap> {
  const wrapper = await fixture(html`<div lang=${attrs.lang ?? 'zh-Hans'} style="width: 800px">
    <cw-grid-map
      id="map"
      .adapter=${adapter}
      community=${attrs.community ?? ''}
      ?points=${attrs.points}
      ?elder=${attrs.elder}
      base-map=${attrs.baseMap ?? 'none'}
      tile-url="/__no_tiles__/{z}/{x}/{y}.png"
      attribution=${'<b>区规划局</b>'}
      review-number="审图号：常S(2024)001号"
    ></cw-grid-map>
  </div>`);
  return wrapper.querySelector('cw-grid-map')!;
}

/** Waits until the engine has drawn every visible tile. */
async function painted(el: CwGridMap): Promise<GridMapView> {
  await until(() => !!viewOf(el) && options(el).length > 0, 'map view and list');
  const view = viewOf(el)!;
  await view.whenPainted();
  return view;
}

/** A click where a real pointer over `position` would land, on whatever the map draws there. */
function clickAt(el: CwGridMap, view: GridMapView, position: Position): void {
  const { x, y } = view.pointFor(position);
  const rect = root(el).querySelector('.map')!.getBoundingClientRect();
  const clientX = rect.left + x;
  const clientY = rect.top + y;
  const target = root(el).elementFromPoint(clientX, clientY)!;
  for (const type of ['mousedown', 'mouseup', 'click']) {
    target.dispatchEvent(new MouseEvent(type, { clientX, clientY, bubbles: true, composed: true }));
  }
}

/** RGBA of the grid tile pixel at a position. */
function tilePixel(el: CwGridMap, view: GridMapView, position: Position): number[] {
  const { x, y } = view.pointFor(position);
  const map = root(el).querySelector('.map')!.getBoundingClientRect();
  for (const canvas of root(el).querySelectorAll<HTMLCanvasElement>('.cw-grid-tiles canvas')) {
    const r = canvas.getBoundingClientRect();
    const cx = map.left + x - r.left;
    const cy = map.top + y - r.top;
    if (cx < 0 || cy < 0 || cx >= r.width || cy >= r.height) continue;
    const ratio = canvas.width / r.width;
    return [...canvas.getContext('2d')!.getImageData(Math.floor(cx * ratio), Math.floor(cy * ratio), 1, 1).data];
  }
  throw new Error('no tile under that position');
}

async function submitPoint(el: CwGridMap, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input[name="point"]')!;
  input.value = value;
  root(el).querySelector<HTMLFormElement>('form')!.requestSubmit();
  await el.updateComplete;
}

/** Replaces `navigator.geolocation` for one test. */
function stubGeolocation(answer: { position: Position } | { code: number }): () => void {
  let asked = 0;
  const fake = {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null) {
      asked++;
      setTimeout(() => {
        if ('position' in answer) {
          success({ coords: { longitude: answer.position[0], latitude: answer.position[1], accuracy: 10 } } as GeolocationPosition);
        } else {
          failure?.({ code: answer.code, message: 'stub' } as GeolocationPositionError);
        }
      }, 5);
    },
    watchPosition: () => 0,
    clearWatch: () => {},
  };
  Object.defineProperty(navigator, 'geolocation', { value: fake, configurable: true });
  stubGeolocation.asked = () => asked;
  return () => delete (navigator as unknown as { geolocation?: unknown }).geolocation;
}
stubGeolocation.asked = () => 0;

describe('cw-grid-map: accessibility', () => {
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    for (const elder of [false, true]) {
      it(`map region, find controls and list are accessible in ${lang}${elder ? ' in elder mode' : ''}`, async () => {
        const el = await gridMap({ lang, elder, points: true });
        await painted(el);
        const region = root(el).querySelector('.map')!;
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('aria-label')).to.equal({ 'zh-Hans': '网格地图', 'zh-Hant': '網格地圖', en: 'Grid map' }[lang]);
        await expect(el).to.be.accessible();
        // With a selection and an open service point, too.
        options(el)[0]!.click();
        root(el).querySelector<HTMLElement>('.cw-map-point')!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('cw-grid-map: rendering', () => {
  it('draws the adapter grids on canvas tiles, holes left clear, and lists them with staff counts', async () => {
    const el = await gridMap();
    const view = await painted(el);
    expect(tilePixel(el, view, IN_G1)[3], 'grid fill painted').to.be.above(0);
    expect(tilePixel(el, view, IN_HOLE)[3], 'hole stays clear').to.equal(0);
    expect(view.gridAt(IN_G2)).to.equal('G-2');
    const names = options(el).map((o) => o.querySelector('.option-name')!.textContent);
    expect(names).to.deep.equal(['一网格', '二网格', '三网格', '外社区网格']);
    // Accessible name = visible text: name, community and staff count.
    expect(options(el)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('一网格 局前街社区 · 3 名工作人员');
    expect(options(el)[1]!.textContent).to.contain('暂无工作人员');
  });

  it('shows only the grids of its community', async () => {
    const el = await gridMap({ community: '北环社区' });
    const view = await painted(el);
    expect(options(el).map((o) => o.dataset.id)).to.deep.equal(['G-OTHER']);
    expect(view.gridAt(IN_G1)).to.equal(null);
  });

  it('reserves the map height before data arrives', async () => {
    const never = () => new Promise<never>(() => {});
    const el = await gridMap({}, { ...staticAdapter(mapData()), id: 'pending', listGrids: never });
    expect(root(el).querySelector('[part~="loading"]')).to.exist;
    const frame = root(el).querySelector<HTMLElement>('[part="map"]')!;
    const fontSize = parseFloat(getComputedStyle(el).fontSize);
    expect(frame.getBoundingClientRect().height).to.be.closeTo(24 * fontSize, 2);
  });

  it('shows not-configured, empty, and an error with a retry that works', async () => {
    const bare = await fixture<CwGridMap>(html`<cw-grid-map></cw-grid-map>`);
    expect(root(bare).querySelector('[part~="not-configured"]')).to.exist;
    expect(text(bare)).to.contain('src=');

    const empty = await gridMap({ community: '没有这个社区' });
    await until(() => !!root(empty).querySelector('[part~="empty"]'), 'empty state');
    expect(text(empty)).to.contain('暂无网格数据');

    let healthy = false;
    const inner = staticAdapter(mapData());
    const flaky: DataAdapter = {
      ...inner,
      id: 'flaky',
      listGrids: (q, o) => (healthy ? inner.listGrids(q, o) : Promise.reject(new TypeError('Failed to fetch'))),
    };
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await gridMap({ lang: 'en' }, flaky);
      await until(() => !!root(el).querySelector('[part~="error"]'), 'error state');
      expect(text(el)).to.contain('Could not connect');
      healthy = true;
      root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await painted(el);
      expect(options(el)).to.have.length(4);
    } finally {
      console.warn = warn;
    }
  });
});

describe('cw-grid-map: selection', () => {
  it('selects the grid under a click, highlights it, reflects it and announces it', async () => {
    const el = await gridMap();
    const view = await painted(el);
    const event = oneEvent(el, 'cw-grid-select');
    clickAt(el, view, IN_G2);
    expect((await event).detail).to.deep.equal({ gridId: 'G-2', code: '32040200100100102', name: '二网格', source: 'pointer' });
    await el.updateComplete;
    expect(view.selectedId).to.equal('G-2');
    expect(el.getAttribute('selected')).to.equal('G-2');
    expect(el.selectedGridId).to.equal('G-2');
    expect(root(el).querySelector('[aria-selected="true"]')!.getAttribute('data-id')).to.equal('G-2');
    expect(status(el)).to.equal('已选择 二网格(局前街社区),暂无工作人员。');
    expect(root(el).querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
  });

  it('moves through the list with the arrow keys, outlines the focused grid, and selects with Enter and Space', async () => {
    const el = await gridMap();
    const view = await painted(el);
    const first = options(el)[0]!;
    expect(first.tabIndex).to.equal(0);
    expect(options(el).slice(1).every((o) => o.tabIndex === -1), 'one tab stop').to.equal(true);
    first.focus();
    const focusOutlines = () => root(el).querySelectorAll('.leaflet-cw-highlight-pane path[stroke-dasharray]').length;
    expect(focusOutlines(), 'focused grid outlined').to.equal(1);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement!.getAttribute('data-id')).to.equal('G-2');
    expect(options(el)[1]!.tabIndex).to.equal(0);
    const events: string[] = [];
    el.addEventListener('cw-grid-select', (e) => events.push(`${e.detail.gridId}:${e.detail.source}`));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(events).to.deep.equal(['G-2:keyboard', 'G-OTHER:keyboard']);
    expect(view.selectedId).to.equal('G-OTHER');
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement!.getAttribute('data-id')).to.equal('G-1');
    // Leaving the list removes the focus outline; the selection stays.
    root(el).querySelector<HTMLInputElement>('[part="filter"]')!.focus();
    expect(focusOutlines()).to.equal(0);
    expect(view.selectedId).to.equal('G-OTHER');
  });

  it('filters the list by name and reaches it from the filter with ArrowDown', async () => {
    const el = await gridMap();
    await painted(el);
    const filter = root(el).querySelector<HTMLInputElement>('[part="filter"]')!;
    filter.focus();
    await sendKeys({ type: '二' });
    await el.updateComplete;
    expect(options(el).map((o) => o.dataset.id)).to.deep.equal(['G-2']);
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement!.getAttribute('data-id')).to.equal('G-2');
    filter.value = '不存在';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(options(el)).to.have.length(0);
    expect(text(el)).to.contain('没有名称相符的网格');
  });

  it('the skip button jumps over the map to the list', async () => {
    const el = await gridMap();
    await painted(el);
    const skip = root(el).querySelector<HTMLButtonElement>('.skip')!;
    skip.focus();
    await sendKeys({ press: 'Enter' });
    expect(root(el).activeElement!.getAttribute('role')).to.equal('option');
  });

  it('applies a selection set by the page and tells linked cards (source api)', async () => {
    const el = await gridMap();
    await painted(el);
    const event = oneEvent(el, 'cw-grid-select');
    el.selected = 'G-H';
    expect((await event).detail.source).to.equal('api');
    expect(viewOf(el)!.selectedId).to.equal('G-H');
  });
});

describe('cw-grid-map: linked worker card', () => {
  it('a card with for="<map id>" shows the team of the grid clicked on the map', async () => {
    const page = await fixture(html`<div style="width: 800px">
      <cw-grid-map id="linked-map" .adapter=${staticAdapter(mapData())}></cw-grid-map>
      <cw-worker-card for="linked-map" .adapter=${staticAdapter(mapData())}></cw-worker-card>
    </div>`);
    const el = page.querySelector('cw-grid-map')!;
    const card = page.querySelector('cw-worker-card')!;
    const view = await painted(el);
    clickAt(el, view, IN_G1);
    await until(() => text(card).includes('一网格 工作人员'), 'card shows the team');
    expect(text(card)).to.contain('王建国').and.contain('共 3 人');
  });

  it('a card in the same provider follows the grid chosen in the list', async () => {
    const provider = await fixture(html`<cw-provider .adapter=${staticAdapter(mapData())}>
      <div style="width: 800px"><cw-grid-map></cw-grid-map></div>
      <cw-worker-card></cw-worker-card>
    </cw-provider>`);
    const el = provider.querySelector('cw-grid-map')!;
    const card = provider.querySelector('cw-worker-card')!;
    await painted(el);
    expect(root(card).querySelector('[part~="not-configured"]')).to.exist;
    options(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => text(card).includes('一网格 工作人员'), 'card follows the provider selection');
  });

  it('a card added after the selection reads it from selectedGridId', async () => {
    const page = await fixture(html`<div style="width: 800px"><cw-grid-map id="late-map" .adapter=${staticAdapter(mapData())}></cw-grid-map></div>`);
    const el = page.querySelector('cw-grid-map')!;
    await painted(el);
    options(el)[0]!.click();
    const card = document.createElement('cw-worker-card');
    card.setAttribute('for', 'late-map');
    card.adapter = staticAdapter(mapData());
    page.append(card);
    await until(() => text(card).includes('一网格 工作人员'), 'late card shows the selected team');
  });
});

describe('cw-grid-map: find my grid', () => {
  it('a typed point on a shared edge selects the first grid in data order; in a hole, none', async () => {
    const el = await gridMap();
    const view = await painted(el);
    const events: string[] = [];
    el.addEventListener('cw-grid-select', (e) => events.push(`${e.detail.gridId}:${e.detail.source}`));
    await submitPoint(el, ON_SHARED_EDGE.join(','));
    expect(view.selectedId).to.equal('G-1');
    expect(status(el)).to.equal('您所在的网格:一网格(局前街社区),3 名工作人员。');
    expect(root(el).querySelector('.cw-map-location'), 'position marked').to.exist;

    // Full-width comma as a Chinese IME types it; inside the ring of G-H but outside its hole.
    await submitPoint(el, `${IN_G_H[0]}，${IN_G_H[1]}`);
    expect(view.selectedId).to.equal('G-H');

    await submitPoint(el, IN_HOLE.join(', '));
    expect(view.selectedId).to.equal(null);
    expect(el.selected).to.equal(undefined);
    expect(status(el)).to.equal('这个位置不在任何网格内。请检查位置,或在下方列表中选择网格。');
    expect(events).to.deep.equal(['G-1:search', 'G-H:search']);
  });

  it('says how to type a point when the text is not one', async () => {
    const el = await gridMap({ lang: 'en' });
    await painted(el);
    await submitPoint(el, 'near the market');
    expect(status(el)).to.contain('longitude, latitude');
    expect(root(el).querySelector('input[name="point"]')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('leaves the locate button out on an http page, where browsers give no position; coordinates still work', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'isSecureContext');
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    try {
      const el = await gridMap();
      await painted(el);
      expect(root(el).querySelector('[part="locate"]'), 'a button that could only fail').to.be.null;
      expect(root(el).querySelector('label')!.textContent!.trim()).to.equal('输入坐标(经度,纬度)');
    } finally {
      if (own) Object.defineProperty(window, 'isSecureContext', own);
      else delete (window as unknown as Record<string, unknown>)['isSecureContext'];
    }
    expect(window.isSecureContext).to.equal(true);
    const el = await gridMap();
    await painted(el);
    expect(root(el).querySelector('[part="locate"]'), 'on https').to.exist;
    expect(root(el).querySelector('label')!.textContent!.trim()).to.equal('或输入坐标(经度,纬度)');
  });

  it('asks for the position only on click, then selects the grid there', async () => {
    const restore = stubGeolocation({ position: IN_G2 });
    try {
      const el = await gridMap();
      const view = await painted(el);
      expect(stubGeolocation.asked(), 'never on load').to.equal(0);
      const event = oneEvent(el, 'cw-grid-select');
      root(el).querySelector<HTMLButtonElement>('[part="locate"]')!.click();
      expect((await event).detail).to.include({ gridId: 'G-2', source: 'locate' });
      expect(stubGeolocation.asked()).to.equal(1);
      expect(view.selectedId).to.equal('G-2');
    } finally {
      restore();
    }
  });

  it('converts the device position (WGS84) into the data CRS', async () => {
    // The data is in GCJ-02. A WGS84 fix 0.003° west of G-2 is, in GCJ-02, ~0.0045° further east: inside G-2.
    const restore = stubGeolocation({ position: [119.957, 31.785] });
    try {
      const wrapper = await fixture(html`<div style="width: 800px"><cw-grid-map crs="gcj02" .adapter=${staticAdapter(mapData())}></cw-grid-map></div>`);
      const el = wrapper.querySelector('cw-grid-map')!;
      const view = await painted(el);
      const event = oneEvent(el, 'cw-grid-select');
      root(el).querySelector<HTMLButtonElement>('[part="locate"]')!.click();
      expect((await event).detail.gridId).to.equal('G-2');
      expect(view.selectedId).to.equal('G-2');
    } finally {
      restore();
    }
  });

  for (const [code, zh] of [
    [1, '本网页未获准定位'],
    [2, '暂时无法获取您的位置'],
    [3, '获取位置超时'],
  ] as const) {
    it(`explains a geolocation failure (code ${code})`, async () => {
      const restore = stubGeolocation({ code });
      try {
        const el = await gridMap();
        await painted(el);
        root(el).querySelector<HTMLButtonElement>('[part="locate"]')!.click();
        await until(() => status(el).includes(zh), `message for code ${code}`);
        expect(el.selected).to.equal(undefined);
      } finally {
        restore();
      }
    });
  }

  it('says so when the device position is outside every grid', async () => {
    const restore = stubGeolocation({ position: [116.39, 39.9] });
    try {
      const el = await gridMap({ lang: 'zh-Hant' });
      await painted(el);
      root(el).querySelector<HTMLButtonElement>('[part="locate"]')!.click();
      await until(() => status(el).includes('不在任何網格內'), 'outside message');
    } finally {
      restore();
    }
  });
});

describe('cw-grid-map: bad data and service points', () => {
  const badData = () => {
    const data = mapData();
    // An unclosed ring: the adapter drops this grid and names the path in the console.
    (data.grids[1] as { boundary: unknown }).boundary = { type: 'Polygon', coordinates: [[[119.96, 31.78], [119.97, 31.78], [119.97, 31.79], [119.96, 31.79]]] };
    return data;
  };

  it('draws the other grids when one has bad geometry', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await gridMap({}, staticAdapter(badData()));
      const view = await painted(el);
      expect(warnings.some((w) => w.includes('grids[1].boundary'))).to.equal(true);
      expect(options(el).map((o) => o.dataset.id)).to.deep.equal(['G-1', 'G-H', 'G-OTHER']);
      expect(tilePixel(el, view, IN_G1)[3]).to.be.above(0);
      expect(view.gridAt(IN_G2)).to.equal(null);
      // The static adapter reports the grid it left out, so the resident is told the map is incomplete.
      expect(root(el).querySelector('[part="notice"]')!.textContent).to.equal('有 1 个网格的边界数据有误,未能显示。');
    } finally {
      console.warn = warn;
    }
  });

  it('notes how many grids could not be shown when the adapter reports them', async () => {
    const inner = staticAdapter(mapData());
    // An adapter that reports left-out items through the list read option `onInvalid`.
    const reporting: DataAdapter = {
      ...inner,
      id: 'reporting',
      listGrids: async (query, opts?: ReadOptions) => {
        opts?.onInvalid?.([
          { path: 'grids[1].boundary', message: 'a ring must end where it starts' },
          { path: 'grids[4].boundary.coordinates[0]', message: 'a ring needs at least 4 positions' },
        ]);
        return inner.listGrids(query, opts);
      },
    };
    const el = await gridMap({}, reporting);
    await painted(el);
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.equal('有 2 个网格的边界数据有误,未能显示。');
    expect(options(el)).to.have.length(4);
  });

  it('shows service points as named buttons that open their details', async () => {
    const el = await gridMap({ points: true });
    await painted(el);
    const button = await (async () => {
      await until(() => !!root(el).querySelector('.cw-map-point'), 'service point');
      return root(el).querySelector<HTMLElement>('.cw-map-point')!;
    })();
    expect(button.getAttribute('role')).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('局前街老年助餐点');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const info = root(el).querySelector<HTMLElement>('[part="point-info"]')!;
    expect(info.textContent).to.contain('老年助餐点').and.contain('局前街 18 号').and.contain('11:00—13:00');
    expect(info.querySelector('a')!.getAttribute('href')).to.equal('tel:051986601120');
    expect(root(el).activeElement).to.equal(info);
  });
});

describe('cw-grid-map: base maps and the network', () => {
  it("with base-map 'none' no request leaves while the map is used", async () => {
    const el = await gridMap({ points: true });
    const view = await painted(el);
    // The engine chunk itself has loaded by now; from here on nothing may be fetched.
    performance.clearResourceTimings();
    clickAt(el, view, IN_G1);
    view.map.setZoom(view.map.getZoom() + 2, { animate: false });
    view.map.panBy([120, 60], { animate: false });
    await view.whenPainted();
    await submitPoint(el, IN_G2.join(','));
    await new Promise((r) => setTimeout(r, 100));
    expect(performance.getEntriesByType('resource').map((e) => e.name)).to.deep.equal([]);
    expect(root(el).querySelectorAll('img')).to.have.length(0);
    expect(root(el).querySelector('.leaflet-control-attribution')).to.equal(null);
  });

  it('with a base map, its source and 审图号 show at the lower left as text', async () => {
    const el = await gridMap({ baseMap: 'xyz' });
    await painted(el);
    const control = root(el).querySelector('.leaflet-bottom.leaflet-left .cw-map-attribution')!;
    expect(control.textContent).to.equal('<b>区规划局</b> | 审图号：常S(2024)001号');
    expect(control.querySelector('b')).to.equal(null);
  });
});

describe('cw-grid-map: live changes', () => {
  it('rebuilds the map for elder mode and a new language, keeping the selection', async () => {
    const el = await gridMap({ points: true });
    const first = await painted(el);
    options(el)[1]!.click();
    el.elder = true;
    await until(() => viewOf(el) !== first, 'new view for elder mode');
    const elderView = await painted(el);
    expect(elderView.selectedId).to.equal('G-2');
    await until(() => !!root(el).querySelector('.cw-map-point'), 'service point');
    expect(root(el).querySelector<HTMLElement>('.cw-map-point')!.getBoundingClientRect().width).to.be.at.least(60);
    el.parentElement!.setAttribute('lang', 'en');
    await until(() => root(el).querySelector('.map')!.getAttribute('aria-label') === 'Grid map', 'English region name');
    expect(tilePixel(el, await painted(el), IN_G1)[3]).to.be.above(0);
  });

  it('keeps where the resident panned and zoomed when elder mode or the language changes', async () => {
    const el = await gridMap();
    const first = await painted(el);
    first.map.setView([31.7862, 119.9571], 18, { animate: false });
    const before = first.viewport;
    el.elder = true;
    await until(() => viewOf(el) !== first, 'new view for elder mode');
    const elderView = await painted(el);
    expect(elderView.viewport.zoom).to.equal(18);
    expect(elderView.viewport.center[0]).to.be.closeTo(before.center[0], 1e-5);
    expect(elderView.viewport.center[1]).to.be.closeTo(before.center[1], 1e-5);
    el.parentElement!.setAttribute('lang', 'en');
    await until(() => viewOf(el) !== elderView, 'new view for English');
    expect((await painted(el)).viewport.zoom).to.equal(18);
  });

  it('loads and fits another community when the attribute changes', async () => {
    const el = await gridMap();
    const view = await painted(el);
    el.community = '北环社区';
    await until(() => options(el).length === 1, 'one grid listed');
    await view.whenPainted();
    const { x, y } = view.pointFor([119.995, 31.785]);
    const rect = root(el).querySelector('.map')!.getBoundingClientRect();
    expect(x).to.be.within(0, rect.width);
    expect(y).to.be.within(0, rect.height);
  });

  it('draws again after being moved in the page', async () => {
    const el = await gridMap();
    await painted(el);
    const parent = el.parentElement!;
    el.remove();
    expect(viewOf(el)).to.equal(undefined);
    parent.append(el);
    const view = await painted(el);
    expect(tilePixel(el, view, IN_G1)[3]).to.be.above(0);
  });
});

describe('cw-grid-map: elder mode and small screens', () => {
  it('gives every control at least 60×60 px in elder mode', async () => {
    const el = await gridMap({ elder: true, points: true });
    await painted(el);
    expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(24);
    const targets = root(el).querySelectorAll<HTMLElement>('button:not(.skip), input, [role="option"], .leaflet-control-zoom a, .cw-map-point');
    expect(targets.length).to.be.above(6);
    for (const target of targets) {
      const rect = target.getBoundingClientRect();
      expect(rect.height, target.className || target.tagName).to.be.at.least(60);
      expect(rect.width, target.className || target.tagName).to.be.at.least(60);
    }
  });

  it('puts the list below the map at 320 px', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><cw-grid-map .adapter=${staticAdapter(mapData())}></cw-grid-map></div>`);
    const el = wrapper.querySelector('cw-grid-map')!;
    await painted(el);
    const map = root(el).querySelector('[part="map"]')!.getBoundingClientRect();
    const list = root(el).querySelector('[part="list"]')!.getBoundingClientRect();
    expect(list.top).to.be.at.least(map.bottom);
    expect(el.scrollWidth).to.be.at.most(320);
    const wide = await gridMap();
    await painted(wide);
    const wideMap = root(wide).querySelector('[part="map"]')!.getBoundingClientRect();
    const panel = root(wide).querySelector('[part="panel"]')!.getBoundingClientRect();
    expect(panel.left, 'side by side at 800 px').to.be.at.least(wideMap.right);
  });
});
