import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/worker-card/worker-card.js';
import '../src/elements/grid-map/grid-map.js';
import type { CwWorkerCard } from '../src/elements/worker-card/worker-card.component.js';
import { lazyAdapter, warmAdapter } from '../src/adapters/lazy-adapter.js';
import { clearAdapterCache } from '../src/core/adapter-registry.js';
import { appendCard, staticAdapter, until } from './helpers/fixtures.js';

const microtasks = async (count: number) => {
  for (let i = 0; i < count; i++) await Promise.resolve();
};

describe('a widget starting up', () => {
  afterEach(() => clearAdapterCache());

  it('renders its first frame in a task of its own, not in the task that upgraded it', async () => {
    const wrapper = await fixture(html`<div lang="zh-Hans"></div>`);
    const el = appendCard(wrapper);
    await microtasks(20);
    expect(el.hasUpdated, 'rendered in a microtask of the upgrade').to.equal(false);
    await el.updateComplete;
    expect(el.hasUpdated).to.equal(true);
  });

  it('keeps the map at its reserved height between the upgrade and the first render', async () => {
    const wrapper = await fixture(html`<div lang="zh-Hans" style="font-size: 16px"></div>`);
    const el = document.createElement('cw-grid-map');
    el.append(Object.assign(document.createElement('p'), { textContent: '网格地图 文字版' }));
    wrapper.append(el);
    await microtasks(20);
    expect(el.hasUpdated, 'not rendered yet').to.equal(false);
    // The loader reserved var(--cw-map-height) before the upgrade; the content below must not move up meanwhile.
    const reserved = Math.min(24 * 16, innerHeight * 0.7);
    expect(el.getBoundingClientRect().height).to.be.at.least(reserved - 1);
    await el.updateComplete;
  });

  it('asks for its data file before its first render, which waits for the page language\'s strings', async () => {
    const requested: string[] = [];
    let requestsAtFirstRender: number | undefined;
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      const wrapper = await fixture(html`<div lang="en"></div>`);
      const el = document.createElement('cw-worker-card') as CwWorkerCard;
      const instance = el as unknown as { willUpdate: (changed: Map<PropertyKey, unknown>) => void };
      const willUpdate = instance.willUpdate;
      instance.willUpdate = function (this: CwWorkerCard, changed) {
        requestsAtFirstRender ??= requested.filter((url) => url.endsWith('/test/helpers/community.json')).length;
        willUpdate.call(this, changed);
      };
      el.src = '/test/helpers/community.json';
      el.worker = 'W-1';
      wrapper.append(el);
      await until(() => !!el.shadowRoot?.querySelector('[part~="card"], [part~="error"]'), 'card', 5000);
      expect(requestsAtFirstRender, 'data file requested before the first render').to.equal(1);
      expect(requested.filter((url) => url.endsWith('/test/helpers/community.json')), 'fetched once').to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('warms a lazy adapter once: its first call finds the implementation already loading', async () => {
    let loads = 0;
    const adapter = lazyAdapter('test:warm', async () => {
      loads++;
      return staticAdapter();
    });
    warmAdapter(adapter);
    warmAdapter(adapter);
    expect(loads).to.equal(1);
    const worker = await adapter.getWorker('W-1');
    expect(worker.name).to.equal('王建国');
    expect(loads).to.equal(1);
    warmAdapter(staticAdapter()); // not a lazy adapter: nothing to do
  });
});
