import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetPageConfig } from '../src/core/page-config.js';
import { dataSourceOf, readsTraditional } from '../src/loader/preload.js';
import { createStaticAdapter } from '../src/adapters/static-adapter.js';

// Given a page, when the loader finds a widget, it preloads the adapter and data file the widget will use, judged
// as the widget judges it (its own attributes, then its provider's, then the page config).

describe('loader preload: where a widget will get its data', () => {
  afterEach(() => resetPageConfig());

  it('reads the widget, then its provider, then the page', async () => {
    const page = await fixture(html`<div>
      <cw-provider api="/api/v1">
        <cw-worker-card id="own" src="/data.json"></cw-worker-card>
        <cw-worker-card id="from-provider"></cw-worker-card>
      </cw-provider>
      <cw-worker-card id="alone"></cw-worker-card>
      <cw-worker-card id="empty" src=""></cw-worker-card>
    </div>`);
    const kind = (id: string) => dataSourceOf(page.querySelector(`#${id}`)!)?.kind;
    expect(dataSourceOf(page.querySelector('#own')!)).to.deep.equal({ kind: 'static', url: '/data.json' });
    expect(kind('from-provider')).to.equal('rest');
    expect(kind('alone')).to.equal(undefined);
    configure({ data: '/cms/community.json' });
    expect(dataSourceOf(page.querySelector('#alone')!)).to.deep.equal({ kind: 'static', url: '/cms/community.json' });
    expect(kind('empty')).to.equal('static');
    configure({ adapter: createStaticAdapter({ data: {} }) });
    expect(kind('alone'), 'an adapter object of its own: nothing to preload').to.equal(undefined);
  });
});

describe('loader preload: whether a widget will show Traditional Chinese', () => {
  afterEach(() => resetPageConfig());

  it('reads its provider\'s locale, then the page config, then the nearest lang', async () => {
    const page = await fixture(html`<div lang="zh-TW">
      <cw-worker-card id="taiwan"></cw-worker-card>
      <section lang="zh-CN"><cw-worker-card id="mainland"></cw-worker-card></section>
      <cw-provider locale="zh-Hans"><cw-worker-card id="forced-simplified"></cw-worker-card></cw-provider>
      <div lang="en"><cw-provider locale="zh-Hant"><cw-worker-card id="forced-traditional"></cw-worker-card></cw-provider></div>
      <div lang="en"><cw-worker-card id="english"></cw-worker-card></div>
    </div>`);
    const traditional = (id: string) => readsTraditional(page.querySelector(`#${id}`)!);
    expect(traditional('taiwan')).to.equal(true);
    expect(traditional('mainland')).to.equal(false);
    expect(traditional('forced-simplified')).to.equal(false);
    expect(traditional('forced-traditional')).to.equal(true);
    expect(traditional('english')).to.equal(false);
    configure({ locale: 'zh-Hant' });
    expect(traditional('english'), 'the page config outranks lang').to.equal(true);
    expect(traditional('forced-simplified'), 'a provider outranks the page config').to.equal(false);
  });
});
