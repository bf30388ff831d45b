import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/worker-card/worker-card.js';
import '../src/elements/provider/provider.js';
import type { CwWorkerCard } from '../src/elements/worker-card/worker-card.js';
import { scopeSelector } from '../src/core/light-dom-styles.js';
import { staticAdapter, until } from './helpers/fixtures.js';

/** Rules of the kind district portal templates ship: resets and broad element selectors. */
const HOSTILE_PAGE_CSS = `
  * { margin: 0; padding: 0; }
  a { color: #333 !important; text-decoration: none; }
  ul, li { list-style: disc; }
  .content p { text-indent: 2em; font-size: 12px; line-height: 20px; }
  .content div { border: 3px solid lime; }
  button { background: #eee; border: 1px solid #999; height: 20px; }
  cw-worker-card { --cw-color-primary: rgb(0, 0, 200); }
`;

async function lightCard(attrs = 'render="light"') {
  const style = document.createElement('style');
  style.textContent = HOSTILE_PAGE_CSS;
  document.head.append(style);
  const wrapper = await fixture(html`<div class="content" lang="zh-Hans"></div>`);
  wrapper.innerHTML = `<cw-worker-card ${attrs} worker="W-1"><a href="tel:0519">fallback</a></cw-worker-card>`;
  const el = wrapper.querySelector<CwWorkerCard>('cw-worker-card')!;
  el.adapter = staticAdapter();
  await until(() => !!el.querySelector('.card'), 'light card rendered');
  return { el, wrapper, cleanup: () => style.remove() };
}

describe('light-DOM render mode', () => {
  it('is accessible', async () => {
    const { el, cleanup } = await lightCard();
    try {
      await expect(el).to.be.accessible();
    } finally {
      cleanup();
    }
  });

  it('renders into the page, replacing the fallback, with no shadow root', async () => {
    const { el, cleanup } = await lightCard();
    try {
      expect(el.shadowRoot).to.equal(null);
      expect(el.textContent).to.contain('王建国').and.not.contain('fallback');
    } finally {
      cleanup();
    }
  });

  it('keeps its look under a hostile page stylesheet, yet lets the theme through', async () => {
    const { el, cleanup } = await lightCard();
    try {
      const meta = getComputedStyle(el.querySelector('.meta')!);
      expect(meta.textIndent).to.equal('0px');
      expect(parseFloat(meta.fontSize)).to.be.at.least(15);
      expect(getComputedStyle(el.querySelector('.card > div')!).borderTopWidth).to.equal('0px');
      expect(getComputedStyle(el.querySelector('.duties')!).listStyleType).to.equal('none');
      const save = el.querySelector<HTMLElement>('[part="save"]')!;
      expect(save.getBoundingClientRect().height).to.be.at.least(40);
      // The page's theme variable for the tag wins over the widget's default, as it does with shadow DOM.
      expect(getComputedStyle(el.querySelector('[part="phone"]')!).backgroundColor).to.equal('rgb(0, 0, 200)');
    } finally {
      cleanup();
    }
  });

  it('is reached by a StranBody-style converter walking document.body.childNodes', async () => {
    const { el, cleanup } = await lightCard();
    try {
      const table: Record<string, string> = { 网: '網', 长: '長', 国: '國', 区: '區' };
      const walk = (node: Node) => {
        for (const child of Array.from(node.childNodes)) {
          if (child.nodeType === Node.TEXT_NODE) child.nodeValue = child.nodeValue!.replace(/[网长国区]/g, (c) => table[c]!);
          else walk(child);
        }
      };
      walk(document.body);
      expect(el.textContent).to.contain('網格長').and.contain('王建國');
    } finally {
      cleanup();
    }
  });

  it('is read by a toolbar that speaks event.target.innerText on mouseover', async () => {
    const { el, cleanup } = await lightCard();
    let spoken = '';
    const listener = (event: Event) => (spoken = (event.target as HTMLElement).innerText);
    document.body.addEventListener('mouseover', listener);
    try {
      el.querySelector('.name')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
      expect(spoken).to.equal('王建国');
    } finally {
      document.body.removeEventListener('mouseover', listener);
      cleanup();
    }
  });

  it('follows render="light" on the provider, and stays in shadow DOM otherwise', async () => {
    const shadow = await fixture<CwWorkerCard>(html`<cw-worker-card worker="W-1"></cw-worker-card>`);
    expect(shadow.shadowRoot).to.not.equal(null);
    const provider = await fixture(html`<cw-provider render="light" .adapter=${staticAdapter()}><cw-worker-card worker="W-1"></cw-worker-card></cw-provider>`);
    const el = provider.querySelector('cw-worker-card')!;
    expect(el.shadowRoot).to.equal(null);
    await until(() => !!el.querySelector('.card'), 'rendered via provider adapter');
  });

  it('rewrites selectors: host rules lose specificity, inner rules are scoped', () => {
    const scope = 'cw-x[data-cw-light]';
    expect(scopeSelector(':host', scope)).to.equal(':where(cw-x[data-cw-light])');
    expect(scopeSelector(':host([data-cw-elder])', scope)).to.equal(':where(cw-x[data-cw-light]:is([data-cw-elder]))');
    expect(scopeSelector(':host([data-cw-elder]) .cw-spinner', scope)).to.equal('cw-x[data-cw-light]:is([data-cw-elder]) .cw-spinner');
    expect(scopeSelector('.card > p', scope)).to.equal('cw-x[data-cw-light] .card > p');
  });
});

describe('light-DOM grid map', () => {
  it('draws its grids: Leaflet styles scoped into the page, positions still set by Leaflet', async () => {
    await import('../src/elements/grid-map/grid-map.js');
    const wrapper = await fixture(html`<div style="width: 800px"></div>`);
    const el = document.createElement('cw-grid-map') as unknown as HTMLElement & { view?: { whenPainted(): Promise<void> } };
    el.setAttribute('render', 'light');
    (el as unknown as { adapter: unknown }).adapter = staticAdapter();
    wrapper.append(el);
    await until(() => !!el.view, 'map view');
    await el.view!.whenPainted();
    expect(el.shadowRoot).to.equal(null);
    const map = el.querySelector('.leaflet-container')!.getBoundingClientRect();
    expect(map.height, 'map height').to.be.above(100);
    const drawn = [...el.querySelectorAll<HTMLCanvasElement>('.cw-grid-tiles canvas')].filter((canvas) => {
      const box = canvas.getBoundingClientRect();
      const overlaps = box.right > map.left && box.left < map.right && box.bottom > map.top && box.top < map.bottom;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      return overlaps && pixels.some((value, index) => index % 4 === 3 && value > 0);
    });
    expect(drawn.length, 'tiles with grids drawn inside the map').to.be.above(0);
  });
});

describe('light-DOM survey', () => {
  it('keeps its SVG star pictures: the page reset leaves SVG presentation attributes alone', async () => {
    await import('../src/elements/satisfaction-survey/satisfaction-survey.js');
    const wrapper = await fixture(html`<div style="width: 800px"></div>`);
    const el = document.createElement('cw-satisfaction-survey');
    for (const [name, value] of Object.entries({ render: 'light', survey: 'S-HCP-2026', src: '/demo/public/data/tianning.json' })) el.setAttribute(name, value);
    wrapper.append(el);
    await until(() => !!el.querySelector('.meter path'), 'stars');
    const paths = [...el.querySelector('.meter')!.querySelectorAll('path')].map((path) => path.getBoundingClientRect());
    expect(paths.every((box) => box.width > 0 && box.height > 0), 'every star has a shape').to.equal(true);
    expect(paths[4]!.left, 'stars side by side, not stacked').to.be.above(paths[0]!.left + 10);
  });
});
