import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetPageConfig } from '../src/core/page-config.js';
import { Autoloader } from '../src/loader/autoloader.js';
import type { ElementName } from '../src/loader/widgets.js';
import { staticAdapter, until } from './helpers/fixtures.js';

const SOURCES: Record<ElementName, () => Promise<unknown>> = {
  provider: () => import('../src/elements/provider/provider.js'),
  'worker-card': () => import('../src/elements/worker-card/worker-card.js'),
  'grid-map': () => import('../src/elements/grid-map/grid-map.js'),
  'satisfaction-survey': () => import('../src/elements/satisfaction-survey/satisfaction-survey.js'),
  'volunteer-signup': () => import('../src/elements/volunteer-signup/volunteer-signup.js'),
};

/** A loader over the sources that records every import it asks for. */
function spyLoader(fail: ElementName[] = []) {
  const calls: ElementName[] = [];
  const loader = new Autoloader((name) => {
    calls.push(name);
    return fail.includes(name) ? Promise.reject(new Error(`no ${name}`)) : SOURCES[name]();
  });
  loaders.push(loader);
  return { loader, calls };
}

const loaders: Autoloader[] = [];
const card = (root: ParentNode, selector = 'cw-worker-card') => root.querySelector<HTMLElement>(selector)!;
const shown = (el: HTMLElement) => until(() => !!el.shadowRoot?.querySelector('.card, .team'), `${el.localName} shows its data`);

/** Collects console.warn calls while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return seen;
}

describe('autoloader', () => {
  beforeEach(() => configure({ adapter: staticAdapter() }));
  afterEach(() => {
    for (const loader of loaders.splice(0)) loader.disconnect();
    resetPageConfig();
  });

  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    for (const elder of [false, true]) {
      it(`mounts an accessible widget from a link in ${lang}${elder ? ' in elder mode' : ''}`, async () => {
        const href = `/community/card.html?cw=worker-card&worker=W-1${elder ? '&elder=1' : ''}`;
        const el = await fixture(html`<div lang=${lang}><p><a href=${href}>联系网格员</a></p></div>`);
        await spyLoader().loader.mount(el);
        const widget = card(el);
        await shown(widget);
        expect(widget.hasAttribute('data-cw-elder')).to.equal(elder);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('upgrades tags present when it starts, importing each definition once', async () => {
    const el = await fixture(html`<div>
      <cw-worker-card worker="W-1"><a href="tel:0519-86600001">0519-86600001</a></cw-worker-card>
      <cw-worker-card worker="W-2"></cw-worker-card>
    </div>`);
    const { loader, calls } = spyLoader();
    await loader.mount(el);
    for (const widget of el.querySelectorAll<HTMLElement>('cw-worker-card')) await shown(widget);
    expect(calls).to.deep.equal(['worker-card']);
  });

  it('upgrades tags inserted later, without importing again', async () => {
    const { loader, calls } = spyLoader();
    await loader.mount(document);
    const el = await fixture(html`<div><cw-worker-card worker="W-2"></cw-worker-card></div>`);
    await until(() => card(el).matches(':defined'), 'inserted card defined');
    await loader.ready;
    await shown(card(el));
    el.append(Object.assign(document.createElement('cw-worker-card'), { id: 'another' }));
    await until(() => !!el.querySelector('#another')?.shadowRoot, 'second card upgraded');
    expect(calls).to.deep.equal(['worker-card']);
  });

  it('finds tags inside open shadow roots, present, added later, and of components defined later', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.append(Object.assign(document.createElement('cw-worker-card'), { id: 'in-shadow' }));
    card(root, '#in-shadow').setAttribute('worker', 'W-1');
    const { loader } = spyLoader();
    await loader.mount(document);
    await shown(card(root, '#in-shadow'));

    const added = document.createElement('cw-worker-card');
    added.setAttribute('worker', 'W-2');
    root.append(added);
    await until(() => added.matches(':defined'), 'card added to the shadow root');

    // A portal component whose shadow content exists only once it is defined, after the loader started.
    const tag = `x-portal-panel-${Math.random().toString(36).slice(2)}`;
    const panel = await fixture(html`<div></div>`);
    panel.append(document.createElement(tag));
    await loader.ready;
    customElements.define(
      tag,
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('cw-worker-card'), { id: 'late' }));
        }
      },
    );
    const late = () => panel.querySelector(tag)!.shadowRoot!.querySelector('#late')!;
    await until(() => late().matches(':defined'), 'card inside a later-defined component');
  });

  it('turns query, fragment, relative and double-escaped links into widgets, keeping the link as fallback', async () => {
    const el = await fixture(html`<div>
      <p><a id="q" href=${'/community/card.html?cw=worker-card&worker=W-1'} target="_blank" rel="noopener noreferrer">王建国</a></p>
      <p><a id="f" href=${'../community/card.html#cw=worker-card&grid=G-1'}>一网格</a></p>
      <p><a id="e" href=${'card.html?cw=worker-card&amp;worker=W-2'}>李娜</a></p>
    </div>`);
    await spyLoader().loader.mount(el);
    const widgets = [...el.querySelectorAll('cw-worker-card')];
    expect(widgets.map((w) => [w.getAttribute('worker'), w.getAttribute('grid')])).to.deep.equal([
      ['W-1', null],
      [null, 'G-1'],
      ['W-2', null],
    ]);
    expect(widgets.map((w) => w.firstElementChild?.id)).to.deep.equal(['q', 'f', 'e']);
    for (const widget of widgets) await shown(widget as HTMLElement);
    expect(el.querySelectorAll('cw-worker-card cw-worker-card')).to.have.length(0);
  });

  it('keeps only allow-listed attributes from a link, as text', async () => {
    const href =
      '/c.html?cw=worker-card&worker=W-1&src=https://evil.example/x.json&api=https://evil.example/&onclick=alert(1)' +
      '&id=bad id&heading-level=2&elder=false&style=display:none';
    const el = await fixture(html`<div><a href=${href}>x</a></div>`);
    await spyLoader().loader.mount(el);
    const widget = card(el);
    expect(widget.getAttributeNames().sort()).to.deep.equal(['heading-level', 'worker']);
    expect(widget.getAttribute('heading-level')).to.equal('2');
  });

  it('leaves links to other hosts, other paths, unknown widgets and fallback content alone', async () => {
    configure({ adapter: staticAdapter(), loader: { linkPaths: ['/community/'] } });
    const el = await fixture(html`<div>
      <a href=${'https://elsewhere.example/community/?cw=worker-card&worker=W-1'}>other host</a>
      <a href=${'/news/a.html?cw=worker-card&worker=W-1'}>other path</a>
      <a href=${'/community/a.html?cw=payment&amount=1'}>unknown widget</a>
      <a href=${'/community/a.html?cw=provider&src=/x.json'}>provider has no link form</a>
      <cw-worker-card worker="W-1"><a href=${'/community/a.html?cw=worker-card&worker=W-2'}>fallback</a></cw-worker-card>
    </div>`);
    await spyLoader().loader.mount(el);
    expect(el.querySelectorAll('cw-worker-card')).to.have.length(1);
    expect(el.querySelectorAll('a')).to.have.length(5);
  });

  it('accepts links from configured hosts, and can be told to ignore links', async () => {
    configure({ adapter: staticAdapter(), loader: { linkHosts: ['cms-preview.example'] } });
    const el = await fixture(html`<div><a href=${'https://cms-preview.example/x.html?cw=worker-card&worker=W-1'}>preview</a></div>`);
    await spyLoader().loader.mount(el);
    expect(el.querySelector('cw-worker-card')?.getAttribute('worker')).to.equal('W-1');

    configure({ loader: { links: false } });
    const off = await fixture(html`<div><a href=${'/x.html?cw=worker-card&worker=W-1'}>off</a></div>`);
    await spyLoader().loader.mount(off);
    expect(off.querySelector('cw-worker-card')).to.equal(null);
  });

  it('turns data-cw and class="cw-…" blocks into widgets, handing over their content', async () => {
    const el = await fixture(html`<div>
      <div data-cw="worker-card" data-worker="W-1" data-heading-level="2" data-src="https://evil.example/x.json"><p>电话 0519-86600001</p></div>
      <div class="article cw-worker-card" data-grid="G-1"><p>一网格</p></div>
      <div class="cw-fallback"><p>not a widget</p></div>
    </div>`);
    await spyLoader().loader.mount(el);
    const widgets = [...el.querySelectorAll('cw-worker-card')];
    expect(widgets.map((w) => w.getAttributeNames().sort().join())).to.deep.equal(['heading-level,worker', 'grid']);
    expect(widgets[0]!.textContent).to.contain('0519-86600001');
    expect(el.querySelector('.cw-fallback')).to.exist;
    for (const widget of widgets) await shown(widget as HTMLElement);
  });

  it('gives widgets their provider’s settings even when the provider is defined after them', async () => {
    // worker-card is defined by the tests above; cw-provider is not, until the loader imports it.
    expect(customElements.get('cw-provider')).to.equal(undefined);
    const { loader, calls } = spyLoader();
    const el = await fixture(html`<cw-provider elder><cw-worker-card worker="W-1"></cw-worker-card></cw-provider>`);
    expect(card(el).matches(':defined')).to.equal(true);
    await loader.mount(el);
    expect(calls).to.deep.equal(['provider', 'worker-card']);
    await shown(card(el));
    await until(() => card(el).hasAttribute('data-cw-elder'), 'provider setting reached the card');
  });

  it('warns once about an unknown cw- tag and ignores other custom elements', async () => {
    const el = await fixture(html`<div><cw-wroker-card></cw-wroker-card><cw-wroker-card></cw-wroker-card><my-widget></my-widget></div>`);
    const seen = await warnings(async () => {
      const { loader, calls } = spyLoader();
      await loader.mount(el);
      el.append(document.createElement('cw-wroker-card'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(calls).to.deep.equal([]);
    });
    expect(seen.filter((text) => text.includes('<cw-wroker-card>'))).to.have.length(1);
    expect(seen.join()).not.to.contain('my-widget');
  });

  it('resolves ready when a definition fails, keeping the fallback and saying which', async () => {
    const el = await fixture(html`<div><cw-volunteer-signup community="x"><a href="tel:0519-86604404">0519-86604404</a></cw-volunteer-signup></div>`);
    const seen = await warnings(async () => {
      const { loader } = spyLoader(['volunteer-signup']);
      await loader.mount(el);
    });
    expect(seen.some((text) => text.includes('<cw-volunteer-signup>'))).to.equal(true);
    expect(el.querySelector('cw-volunteer-signup')!.textContent).to.contain('0519-86604404');
  });

  it('ready waits until the widgets found have rendered', async () => {
    const el = await fixture(html`<div><cw-worker-card worker="W-1"></cw-worker-card></div>`);
    await spyLoader().loader.mount(el);
    const widget = card(el) as HTMLElement & { hasUpdated: boolean };
    expect(widget.matches(':defined')).to.equal(true);
    expect(widget.hasUpdated).to.equal(true);
  });
});
