import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/grid-map/grid-map.js';
import type { CwGridMap } from '../src/elements/grid-map/grid-map.js';
import type { DataAdapter } from '../src/adapters/data-adapter.js';
import { staticAdapter, until } from './helpers/fixtures.js';

// Runs in its own page: no other test has loaded the map engine yet.

const root = (el: HTMLElement) => el.shadowRoot!;
const engineRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /leaflet|grid-map\/internal\//.test(name));

describe('cw-grid-map: states before any data', () => {
  const pending: DataAdapter = { ...staticAdapter(), id: 'pending', listGrids: () => new Promise<never>(() => {}) };
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    for (const elder of [false, true]) {
      it(`not-configured and loading are accessible in ${lang}${elder ? ' in elder mode' : ''}`, async () => {
        const wrapper = await fixture(html`<div lang=${lang}>
          <cw-grid-map ?elder=${elder}></cw-grid-map>
          <cw-grid-map ?elder=${elder} .adapter=${pending}></cw-grid-map>
        </div>`);
        const [bare, loading] = wrapper.querySelectorAll<CwGridMap>('cw-grid-map');
        // The first render waits for the page language's strings.
        await Promise.all([bare!.updateComplete, loading!.updateComplete]);
        expect(root(bare!).querySelector('[part~="not-configured"]')).to.exist;
        expect(root(loading!).querySelector('[part~="loading"]')).to.exist;
        await expect(wrapper).to.be.accessible();
      });
    }
  }
});

describe('cw-grid-map: lazy engine', () => {
  it('does not load Leaflet until there are grids to draw', async () => {
    const el = await fixture<CwGridMap>(html`<cw-grid-map></cw-grid-map>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(root(el).querySelector('[part~="not-configured"]')).to.exist;
    expect(engineRequests()).to.deep.equal([]);

    el.adapter = staticAdapter();
    await until(() => !!root(el).querySelector('.leaflet-container'), 'map engine created');
    expect(engineRequests().some((name) => name.includes('leaflet'))).to.equal(true);
  });
});
