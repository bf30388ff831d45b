import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { axeViolations } from './helpers/axe.js';
import { until } from './helpers/fixtures.js';

/**
 * Every widget as a district portal shows it: in each language, in 长者模式 and not, in shadow and light DOM,
 * on the demo data. Elder mode is measured, not assumed: every control's box and AAA contrast.
 */
const DATA = '/demo/public/data/tianning.json';
const WIDGETS: { tag: string; attrs: Record<string, string>; ready: string }[] = [
  { tag: 'cw-worker-card', attrs: { grid: 'G-LHSC-01' }, ready: '.team' },
  { tag: 'cw-satisfaction-survey', attrs: { survey: 'S-HCP-2026' }, ready: 'form' },
  { tag: 'cw-volunteer-signup', attrs: { community: '朝二社区' }, ready: '[part~="list"]' },
];
if (customElements.get('cw-grid-map')) WIDGETS.push({ tag: 'cw-grid-map', attrs: {}, ready: '[part~="list"], [role="listbox"]' });

const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex="0"], [role="button"], [role="option"]';

/**
 * The area a finger can hit: a radio or checkbox counts with its label. Measured while focused, as a keyboard
 * user meets it: a skip link is rightly invisible until then.
 */
function targetBox(control: HTMLElement): DOMRect {
  control.focus({ preventScroll: true });
  const label = (control as HTMLInputElement).labels?.[0] ?? control.closest('label');
  const own = control.getBoundingClientRect();
  const labelBox = label?.getBoundingClientRect();
  return labelBox && labelBox.width * labelBox.height > own.width * own.height ? labelBox : own;
}

async function mount(tag: string, attrs: Record<string, string>, lang: string, elder: boolean, render: string) {
  const wrapper = await fixture(html`<div lang=${lang} style="width: 40rem"></div>`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...attrs, src: DATA, render })) el.setAttribute(name, value);
  el.toggleAttribute('elder', elder);
  wrapper.append(el);
  return el;
}

describe('portal matrix: every widget × language × elder mode × render mode', function () {
  this.timeout(30_000);
  for (const { tag, attrs, ready } of WIDGETS) {
    for (const render of ['shadow', 'light']) {
      for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
        for (const elder of [false, true]) {
          it(`${tag} ${render} ${lang}${elder ? ' elder' : ''}`, async () => {
            const el = await mount(tag, attrs, lang, elder, render);
            const root = (el.shadowRoot ?? el) as ParentNode;
            await until(() => !!root.querySelector(ready), `${tag} ready`);
            expect(el.shadowRoot === null, 'render mode').to.equal(render === 'light');
            expect(await axeViolations(el, { enhancedContrast: elder })).to.deep.equal([]);
            if (!elder) return;
            expect(parseFloat(getComputedStyle(el).fontSize), 'elder text ≥ 18pt').to.be.at.least(24);
            expect(parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize), 'line height').to.be.at.least(1.5);
            const small = [...root.querySelectorAll<HTMLElement>(INTERACTIVE)]
              .filter((c) => c.getClientRects().length > 0 && !c.closest('.leaflet-control-attribution'))
              .map((c) => ({ c, box: targetBox(c) }))
              .filter(({ box }) => box.width < 60 || box.height < 60)
              .map(({ c, box }) => `${c.localName}.${c.className} "${(c.textContent ?? '').trim().slice(0, 20)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
            expect(small, 'targets under 60×60 px in elder mode').to.deep.equal([]);
          });
        }
      }
    }
  }
});

describe('portal 字号 and zoom: every widget follows the page font size and fits 320 px', function () {
  this.timeout(30_000);
  for (const { tag, attrs, ready } of WIDGETS) {
    it(`${tag} doubles with the page text and never overflows at 320 px`, async () => {
      // 320 CSS px is what a 1280 px window shows at 400% zoom; 32 px text is the 字号 "大" of many portals at 200%.
      const wrapper = await fixture(html`<div lang="zh-Hans" style="width: 320px; font-size: 16px"></div>`);
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries({ ...attrs, src: DATA })) el.setAttribute(name, value);
      wrapper.append(el);
      const root = el.shadowRoot!;
      await until(() => !!root.querySelector(ready), `${tag} ready`);
      const base = parseFloat(getComputedStyle(el).fontSize);
      (wrapper as HTMLElement).style.fontSize = '32px';
      expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(base * 2);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const overflowing = [...root.querySelectorAll<HTMLElement>('*')]
        .filter((node) => node.getClientRects().length > 0 && !node.closest('.leaflet-pane, .leaflet-control-container, .cw-visually-hidden'))
        .filter((node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 1)
        .map((node) => `${node.localName}.${node.className}`);
      expect(overflowing, 'content past the right edge').to.deep.equal([]);
    });
  }
});

describe('light DOM: two of every widget on one page', function () {
  this.timeout(30_000);
  it('share no id, so labels and error links still point at their own widget', async () => {
    const page = await fixture(html`<div lang="zh-Hans"></div>`);
    const widgets = WIDGETS.flatMap(({ tag, attrs }) =>
      [1, 2].map(() => {
        const el = document.createElement(tag);
        for (const [name, value] of Object.entries({ ...attrs, src: DATA, render: 'light' })) el.setAttribute(name, value);
        page.append(el);
        return el;
      }),
    );
    for (const el of widgets) {
      const ready = WIDGETS.find((w) => w.tag === el.localName)!.ready;
      await until(() => !!el.querySelector(ready), `${el.localName} ready`);
    }
    const ids = [...page.querySelectorAll('[id]')].map((node) => node.id);
    const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
    expect(repeated).to.deep.equal([]);
  });
});
