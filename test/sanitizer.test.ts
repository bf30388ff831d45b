import { expect, fixture, html } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { configure, resetPageConfig } from '../src/core/page-config.js';
import { Autoloader } from '../src/loader/autoloader.js';
import type { ElementName } from '../src/loader/widgets.js';
import { WIDGET_TAGS } from '../src/loader/widgets.js';
import { until } from './helpers/fixtures.js';

/**
 * The documented CMS snippets, through real sanitizers with their default settings, then through the loader:
 * what survives must mount the same widgets as the snippet itself, with the demo data behind them.
 * DOMPurify and js-xss run here in the browser; sanitize-html needs Node (postcss), so e2e/embedding-sanitizers.mjs
 * runs it (and js-xss again) against the built dist.
 */

type Sanitizer = (dirty: string) => string;

const SOURCES: Record<ElementName, () => Promise<unknown>> = {
  provider: () => import('../src/elements/provider/provider.js'),
  'worker-card': () => import('../src/elements/worker-card/worker-card.js'),
  'grid-map': () => import('../src/elements/grid-map/grid-map.js'),
  'satisfaction-survey': () => import('../src/elements/satisfaction-survey/satisfaction-survey.js'),
  'volunteer-signup': () => import('../src/elements/volunteer-signup/volunteer-signup.js'),
};

/** js-xss ships a browser build that defines `window.filterXSS`. */
async function loadJsXss(): Promise<Sanitizer> {
  const global = window as unknown as { filterXSS?: Sanitizer };
  if (!global.filterXSS) {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/xss/dist/xss.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }
  return global.filterXSS!;
}

/** The ```html cms blocks of one docs page. */
async function snippets(page: string): Promise<string[]> {
  const markdown = await (await fetch(`/docs/embedding/${page}`)).text();
  return [...markdown.matchAll(/```html cms\n([\s\S]*?)```/g)].map((match) => match[1]!.trim());
}

let loader: Autoloader;

/** Mounts markup, waits for the loader, and describes each widget: tag, attributes, and the state it reached. */
async function mount(markup: string, lang = 'zh-Hans'): Promise<{ container: HTMLElement; widgets: string[] }> {
  const container = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  container.innerHTML = markup;
  await loader.mount(container);
  const found = [...container.querySelectorAll<HTMLElement>(WIDGET_TAGS.join(','))];
  for (const widget of found) {
    await until(() => !!widget.shadowRoot?.children.length && !widget.shadowRoot.querySelector('[part~="loading"]'), `${widget.localName} loaded`);
  }
  const widgets = found.map((widget) => {
    const attributes = widget.getAttributeNames().sort().map((name) => `${name}=${widget.getAttribute(name)}`);
    const state = widget.shadowRoot!.querySelector('[part~="state"]')?.getAttribute('part') ?? 'ready';
    return `${widget.localName}[${attributes.join(' ')}] ${state}`;
  });
  return { container, widgets };
}

describe('documented snippets through sanitizers', () => {
  let sanitizers: Record<string, Sanitizer>;

  before(async () => {
    const jsXss = await loadJsXss();
    sanitizers = { DOMPurify: (dirty) => DOMPurify.sanitize(dirty), 'js-xss': (dirty) => jsXss(dirty) };
  });
  beforeEach(() => {
    configure({ data: '/demo/public/data/tianning.json' });
    loader = new Autoloader((name) => SOURCES[name]());
  });
  afterEach(() => {
    loader.disconnect();
    resetPageConfig();
  });

  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    for (const elder of [false, true]) {
      it(`a sanitized link mounts an accessible widget in ${lang}${elder ? ' in elder mode' : ''}`, async () => {
        const [link] = await snippets('link-form.md');
        const markup = sanitizers.DOMPurify!(elder ? link!.replace('?cw=', '?elder&cw=') : link!);
        const { container, widgets } = await mount(markup, lang);
        expect(widgets).to.have.length(1);
        expect(container.querySelector('[data-cw-elder]') !== null).to.equal(elder);
        await expect(container).to.be.accessible();
      });
    }
  }

  it('the docs hold snippets for every widget in both forms', async () => {
    for (const page of ['link-form.md', 'data-attributes.md']) {
      const names = (await snippets(page)).join('\n');
      for (const name of ['grid-map', 'worker-card', 'satisfaction-survey', 'volunteer-signup']) expect(names, page).to.contain(name);
    }
  });

  for (const sanitizer of ['DOMPurify', 'js-xss']) {
    it(`${sanitizer} keeps every link-form snippet: the same widgets mount, with data`, async () => {
      for (const snippet of await snippets('link-form.md')) {
        const expected = (await mount(snippet)).widgets;
        expect(expected, snippet).to.have.length(1);
        expect(expected[0], snippet).to.match(/ ready$/);
        const clean = sanitizers[sanitizer]!(snippet);
        expect((await mount(clean)).widgets, `${sanitizer}: ${clean}`).to.deep.equal(expected);
      }
    });
  }

  it('DOMPurify keeps every data-attribute snippet: the same widgets mount, with data', async () => {
    for (const snippet of await snippets('data-attributes.md')) {
      const expected = (await mount(snippet)).widgets;
      expect(expected, snippet).to.have.length(1);
      expect(expected[0], snippet).to.match(/ ready$/);
      expect((await mount(sanitizers.DOMPurify!(snippet))).widgets, snippet).to.deep.equal(expected);
    }
  });

  it('js-xss drops the data-attribute form, as documented, but keeps its fallback text', async () => {
    for (const snippet of await snippets('data-attributes.md')) {
      const { container, widgets } = await mount(sanitizers['js-xss']!(snippet));
      expect(widgets, snippet).to.deep.equal([]);
      expect(container.querySelector('a[href^="tel:"], a[href^="/community/"]'), snippet).to.exist;
    }
  });
});
