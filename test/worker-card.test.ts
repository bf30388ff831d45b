import { asWeChat, captureDownload } from './helpers/download.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/worker-card/worker-card.js';
import '../src/elements/provider/provider.js';
import type { CwWorkerCard } from '../src/elements/worker-card/worker-card.js';
import { resetPageConfig } from '../src/core/page-config.js';
import { communityData, failingAdapter, pendingAdapter, staticAdapter, until } from './helpers/fixtures.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const ready = (el: CwWorkerCard) => until(() => !!root(el).querySelector('.card, .team'), 'card rendered');

async function card(attrs: Partial<Pick<CwWorkerCard, 'worker' | 'grid' | 'elder'>> & { lang?: string }, adapter = staticAdapter()) {
  const el = await fixture<CwWorkerCard>(html`<div lang=${attrs.lang ?? 'zh-Hans'}>
    <cw-worker-card .adapter=${adapter} worker=${attrs.worker ?? ''} grid=${attrs.grid ?? ''} ?elder=${attrs.elder}></cw-worker-card>
  </div>`);
  const cardEl = el.querySelector('cw-worker-card')!;
  return cardEl;
}

describe('cw-worker-card', () => {
  afterEach(() => resetPageConfig());

  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    for (const elder of [false, true]) {
      it(`is accessible in ${lang}${elder ? ' in elder mode' : ''}, single and team`, async () => {
        const single = await card({ worker: 'W-1', lang, elder });
        await ready(single);
        await expect(single).to.be.accessible();
        const team = await card({ grid: 'G-1', lang, elder });
        await ready(team);
        await expect(team).to.be.accessible();
      });
    }
  }

  it('shows name, role, grid, published phones, office and duties of one worker', async () => {
    const el = await card({ worker: 'W-1' });
    await ready(el);
    const content = text(el);
    expect(content).to.contain('王建国').and.contain('网格长').and.contain('局前街社区 · 一网格');
    expect(content).to.contain('局前街社区服务中心 2 楼').and.contain('周一至周五').and.contain('矛盾调解');
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a[part="phone"]')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:051986600001']);
  });

  it('never shows an unpublished phone or photo', async () => {
    const el = await card({ worker: 'W-1' });
    await ready(el);
    expect(text(el)).not.to.contain('13900000001');
    const police = await card({ worker: 'W-3' });
    await ready(police);
    expect(root(police).querySelector('img')).to.equal(null);
    expect(root(police).querySelector('[part="photo"]')!.textContent!.trim()).to.equal('赵');
  });

  it('falls back to initials when the photo fails to load', async () => {
    const el = await card({ worker: 'W-1' });
    await ready(el);
    const img = root(el).querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    await until(() => !root(el).querySelector('img'), 'photo replaced by initials');
    expect(root(el).querySelector('[part="photo"]')!.textContent!.trim()).to.equal('王');
  });

  it('lists a grid team in notice-board order', async () => {
    const el = await card({ grid: 'G-1' });
    await ready(el);
    const names = [...root(el).querySelectorAll('.member-name')].map((n) => n.textContent);
    expect(names).to.deep.equal(['王建国', '李娜', '赵警官']);
    expect(text(el)).to.contain('一网格 工作人员').and.contain('共 3 人');
  });

  it('says so when a grid has no staff', async () => {
    const el = await card({ grid: 'G-2' });
    await until(() => !!root(el).querySelector('[part~="empty"]'), 'empty state');
    expect(text(el)).to.contain('该网格暂未登记工作人员');
  });

  it('follows the page language live', async () => {
    const el = await card({ worker: 'W-1', lang: 'zh-Hans' });
    await ready(el);
    el.parentElement!.setAttribute('lang', 'en');
    await until(() => text(el).includes('Grid leader'), 'English role');
    el.parentElement!.setAttribute('lang', 'zh-TW');
    await until(() => text(el).includes('網格長'), 'Traditional role');
  });

  it('renders hostile data as inert text', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const el = await card({ worker: 'W-EVIL' });
    await ready(el);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(root(el).querySelector('script, svg, b, [onerror], [onload]')).to.equal(null);
    expect(root(el).querySelector('img')).to.equal(null); // javascript: photo refused
    expect(text(el)).to.contain('<img src=x onerror=');
    for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^tel:\d+$/);
  });

  it('shows loading, then not-configured without a target or adapter', async () => {
    const loading = await card({ worker: 'W-1' }, pendingAdapter());
    expect(root(loading).querySelector('[part~="loading"]')).to.exist;
    const bare = await fixture<CwWorkerCard>(html`<cw-worker-card></cw-worker-card>`);
    expect(root(bare).querySelector('[part~="not-configured"]')).to.exist;
    expect(text(bare)).to.contain('worker=');
  });

  it('shows a localized error with a retry that works', async () => {
    const { adapter, heal } = failingAdapter('network');
    const el = await card({ worker: 'W-1', lang: 'en' }, adapter);
    await until(() => !!root(el).querySelector('[part~="error"]'), 'error state');
    expect(text(el)).to.contain('Could not connect');
    heal();
    root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await ready(el);
    expect(text(el)).to.contain('王建国');
  });

  it('names the bad path when the data for a worker is malformed', async () => {
    const data = communityData();
    (data.workers[0] as Record<string, unknown>).phones = [{ number: 'not a phone', publish: true }];
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await card({ worker: 'W-2' }, staticAdapter(data));
      await until(() => !!root(el).querySelector('[part~="error"]'), 'error state');
      expect(text(el)).to.contain('workers[0].phones[0].number');
    } finally {
      console.warn = warn;
    }
  });

  it('shows the error state for a data file that is not JSON', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<CwWorkerCard>(html`<cw-worker-card src="/test/helpers/not-json.txt" worker="W-1"></cw-worker-card>`);
      await until(() => !!root(el).querySelector('[part~="error"]'), 'error state');
      expect(text(el)).to.contain('数据格式有误');
    } finally {
      console.warn = warn;
    }
  });

  it('saves a vCard with the published phone only, by keyboard', async () => {
    const el = await card({ worker: 'W-1' });
    await ready(el);
    const save = root(el).querySelector<HTMLButtonElement>('[part="save"]')!;
    save.focus();
    const event = oneEvent(el, 'cw-contact-save');
    const { filename, text: vcard } = await captureDownload(() => sendKeys({ press: 'Enter' }));
    expect((await event).detail).to.deep.equal({ workerId: 'W-1' });
    expect(filename).to.equal('W-1.vcf');
    expect(vcard).to.contain('FN:王建国').and.contain('TEL;TYPE=WORK,VOICE:0519-86600001').and.contain('TITLE:网格长');
    expect(vcard).not.to.contain('13900000001');
  });

  it('in WeChat, which saves no file, says how to save the contact instead of failing silently', async () => {
    const el = await card({ worker: 'W-1' });
    await ready(el);
    const notice = root(el).querySelector('[part="notice"]')!;
    expect(notice.getAttribute('role'), 'a live region from the start').to.equal('status');
    expect(notice.textContent).to.equal('');
    let saved = false;
    el.addEventListener('cw-contact-save', () => (saved = true));
    const downloads = await asWeChat(async () => {
      root(el).querySelector<HTMLButtonElement>('[part="save"]')!.click();
      await el.updateComplete;
    });
    expect(downloads).to.equal(0);
    expect(saved, 'nothing was saved').to.equal(false);
    expect(notice.textContent).to.contain('在浏览器打开');
  });

  it('reaches every phone link and button with Tab', async () => {
    const el = await card({ grid: 'G-1' });
    await ready(el);
    const focusable = root(el).querySelectorAll('a[href], button').length;
    const reached = new Set<Element>();
    for (let i = 0; i < focusable; i++) {
      await sendKeys({ press: 'Tab' });
      if (root(el).activeElement) reached.add(root(el).activeElement!);
    }
    expect(reached.size).to.equal(focusable);
  });

  it('follows the grid selected on a linked map and inside a provider', async () => {
    const page = await fixture(html`<div>
      <div id="map"></div>
      <cw-worker-card for="map"></cw-worker-card>
    </div>`);
    const linked = page.querySelector('cw-worker-card')!;
    linked.adapter = staticAdapter();
    page.querySelector('#map')!.dispatchEvent(new CustomEvent('cw-grid-select', { detail: { gridId: 'G-1', code: '', name: '', source: 'pointer' }, bubbles: true, composed: true }));
    await ready(linked);
    expect(text(linked)).to.contain('一网格 工作人员');

    const provider = await fixture(html`<cw-provider .adapter=${staticAdapter()}><span id="m"></span><cw-worker-card></cw-worker-card></cw-provider>`);
    const follower = provider.querySelector('cw-worker-card')!;
    await follower.updateComplete;
    expect(root(follower).querySelector('[part~="not-configured"]')).to.exist;
    provider.querySelector('#m')!.dispatchEvent(new CustomEvent('cw-grid-select', { detail: { gridId: 'G-1', code: '', name: '', source: 'pointer' }, bubbles: true, composed: true }));
    await ready(follower);
    expect(text(follower)).to.contain('共 3 人');
  });

  it('starts from its own grid and then follows the linked map', async () => {
    const page = await fixture(html`<div><div id="map2"></div><cw-worker-card for="map2" grid="G-2"></cw-worker-card></div>`);
    const el = page.querySelector('cw-worker-card')!;
    el.adapter = staticAdapter();
    await until(() => !!root(el).querySelector('[part~="empty"]'), 'own grid (no staff) shown first');
    page.querySelector('#map2')!.dispatchEvent(new CustomEvent('cw-grid-select', { detail: { gridId: 'G-1', code: '', name: '', source: 'pointer' }, bubbles: true, composed: true }));
    await ready(el);
    expect(text(el)).to.contain('一网格 工作人员');
  });

  it('meets elder-mode sizes: text ≥ 18pt and targets ≥ 60px', async () => {
    const el = await card({ worker: 'W-1', elder: true });
    await ready(el);
    expect(el.hasAttribute('data-cw-elder')).to.equal(true);
    expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(24);
    for (const target of root(el).querySelectorAll<HTMLElement>('a, button')) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.textContent!).to.be.at.least(60);
      expect(box.height, target.textContent!).to.be.at.least(60);
    }
  });

  it('turns elder mode on from the portal class on <html>', async () => {
    const el = await card({ worker: 'W-1' });
    await ready(el);
    expect(el.hasAttribute('data-cw-elder')).to.equal(false);
    document.documentElement.classList.add('elder-mode');
    try {
      await until(() => el.hasAttribute('data-cw-elder'), 'elder mode from portal class');
    } finally {
      document.documentElement.classList.remove('elder-mode');
    }
    await until(() => !el.hasAttribute('data-cw-elder'), 'elder mode off again');
  });

  it('takes its data source from the page config when nothing nearer sets one', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'cw-config';
    script.textContent = JSON.stringify({ data: '/test/helpers/community.json' });
    document.head.append(script);
    resetPageConfig();
    try {
      const el = await fixture<CwWorkerCard>(html`<cw-worker-card worker="W-1"></cw-worker-card>`);
      await ready(el);
      expect(text(el)).to.contain('王建国');
    } finally {
      script.remove();
    }
  });
});
