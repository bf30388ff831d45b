import { asWeChat, captureDownload } from './helpers/download.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/volunteer-signup/volunteer-signup.js';
import type { CwVolunteerSignup } from '../src/elements/volunteer-signup/volunteer-signup.js';
import { AdapterError } from '../src/adapters/adapter-error.js';
import type { DataAdapter, DataWriter } from '../src/adapters/data-adapter.js';
import { createMemoryWriter } from '../src/adapters/memory-writer.js';
import { createStaticAdapter } from '../src/adapters/static-adapter.js';
import { closeOutboxes, outboxFor } from '../src/core/outbox-registry.js';
import type { CwEventMap } from '../src/core/events.js';
import type { SignupReceipt, VolunteerSignup } from '../src/model/volunteer.js';
import { until } from './helpers/fixtures.js';
import { leavingAsks, withoutIndexedDb } from './helpers/storage.js';

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: activities around a fixed "now", and adapters with the server behaviours under test.

const NOW = new Date('2026-12-01T10:00:00+08:00');
const clock = () => NOW;
const EVIL = '<img src=x onerror="window.__pwned=1">';

const base = {
  organizer: '朝二社区',
  community: '朝二社区',
  place: { name: '朝二社区党群服务中心', address: '朝阳二村 36 幢' },
  serviceHours: 2,
  waitlist: 0,
  requirements: [] as string[],
};

function activities() {
  return [
    {
      ...base,
      id: 'O-OPEN',
      title: '免费电脑维护进社区',
      organizer: '尤辉志愿者服务队',
      kind: '便民服务',
      start: '2026-12-12T09:00:00+08:00',
      end: '2026-12-12T11:30:00+08:00',
      deadline: '2026-12-10T18:00:00+08:00',
      capacity: 8,
      taken: 5,
      serviceHours: 2.5,
      requirements: ['自带常用工具'],
    },
    { ...base, id: 'O-WAIT', title: '空巢老人上门探访', kind: '为老服务', start: '2026-12-19T14:00:00+08:00', end: '2026-12-19T16:30:00+08:00', capacity: 5, taken: 5, waitlist: 3 },
    { ...base, id: 'O-FULL', title: '送餐上门', kind: '为老服务', start: '2026-12-09T10:30:00+08:00', end: '2026-12-09T12:30:00+08:00', capacity: 4, taken: 4 },
    { ...base, id: 'O-CLOSED', title: '楼道清理', start: '2026-12-05T09:00:00+08:00', end: '2026-12-05T11:00:00+08:00', capacity: 10, taken: 1, status: 'closed' },
    { ...base, id: 'O-PAST', title: '上月义诊', start: '2026-11-10T09:00:00+08:00', end: '2026-11-10T11:00:00+08:00', capacity: 10, taken: 10 },
    {
      ...base,
      id: 'O-ADULT',
      title: '夜间巡逻',
      community: '局前街社区',
      organizer: '局前街社区',
      kind: '平安建设',
      start: '2026-12-22T19:00:00+08:00',
      end: '2026-12-22T21:00:00+08:00',
      capacity: 6,
      taken: 0,
      minAge: 18,
    },
    { ...base, id: 'O-TEEN', title: '图书整理', community: '局前街社区', start: '2026-12-26T09:00:00+08:00', end: '2026-12-26T11:00:00+08:00', capacity: 6, taken: 0, minAge: 16 },
    {
      ...base,
      id: 'O-EVIL',
      title: EVIL,
      organizer: '<script>window.__pwned=1</script>',
      community: '"><svg onload=window.__pwned=1>',
      description: '<b>bold</b>',
      start: '2026-12-28T09:00:00+08:00',
      end: '2026-12-28T11:00:00+08:00',
      place: { name: EVIL, address: "'); alert(1); //" },
      capacity: 3,
      taken: 0,
      requirements: ['<a href="javascript:alert(1)">x</a>'],
    },
  ];
}

let adapterCount = 0;
/** A unique id per adapter: each test gets its own outbox entries and its own remembered signups. */
const uniqueId = () => `test:signup:${Date.now()}:${adapterCount++}`;

interface TestServer {
  adapter: DataAdapter;
  writer: ReturnType<typeof createMemoryWriter>;
  /** Every payload that reached `submitSignup`, including attempts that failed. */
  calls: VolunteerSignup[];
  /** Errors thrown by the next writes, one per call. */
  failures: AdapterError[];
}

/** The static adapter over the fixtures, writing to an in-memory server with real capacity and idempotency rules. */
function server(options: { receipt?: (signup: VolunteerSignup) => SignupReceipt } = {}): TestServer {
  const data = createStaticAdapter({ data: { opportunities: activities() } });
  const writer = createMemoryWriter({ getOpportunity: data.getOpportunity, now: clock });
  const calls: VolunteerSignup[] = [];
  const failures: AdapterError[] = [];
  const gated: DataWriter = {
    submitSurveyResponse: writer.submitSurveyResponse,
    submitSignup: async (signup, o) => {
      calls.push(signup);
      const failure = failures.shift();
      if (failure) throw failure;
      return options.receipt ? options.receipt(signup) : writer.submitSignup(signup, o);
    },
    cancelSignup: async (c, o) => {
      const failure = failures.shift();
      if (failure) throw failure;
      return writer.cancelSignup(c, o);
    },
  };
  const adapter = { ...createStaticAdapter({ data: { opportunities: activities() }, writer: gated }), id: uniqueId() };
  return { adapter, writer, calls, failures };
}

// ---------------------------------------------------------------------------------------------------------------
// Harness: drives the real element the way a resident does.

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => root(el).querySelector<T>(selector);
const listed = (el: HTMLElement) => [...root(el).querySelectorAll('.item .title')].map((n) => n.textContent);

interface Mount {
  adapter: DataAdapter;
  lang?: string;
  elder?: boolean;
  community?: string;
  opportunity?: string;
}

async function mount({ adapter, lang = 'zh-Hans', elder = false, community, opportunity }: Mount): Promise<CwVolunteerSignup> {
  const wrapper = await fixture(html`<div lang=${lang}>
    <cw-volunteer-signup .adapter=${adapter} .clock=${clock} ?elder=${elder} community=${community ?? ''} opportunity=${opportunity ?? ''}></cw-volunteer-signup>
  </div>`);
  const el = wrapper.querySelector('cw-volunteer-signup')!;
  // Empty attributes mean "not set".
  if (!community) el.removeAttribute('community');
  if (!opportunity) el.removeAttribute('opportunity');
  await until(() => !!$(el, '.list, .detail, [part~="state"]:not([part~="loading"])'), 'content');
  return el;
}

async function openActivity(el: CwVolunteerSignup, id: string): Promise<void> {
  $(el, `[id$="-open-${id}"]`)!.click();
  await until(() => !!$(el, '[id$="-detail-title"]'), 'detail');
  await until(() => !!$(el, 'form, .outcome, .notice'), 'form or outcome');
}

async function type(el: CwVolunteerSignup, field: string, value: string): Promise<void> {
  const control = $<HTMLInputElement>(el, `[id$="-f-${field}"]`)!;
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

async function tick(el: CwVolunteerSignup, selector: string): Promise<void> {
  $<HTMLInputElement>(el, selector)!.click();
  await el.updateComplete;
}

async function fillAdult(el: CwVolunteerSignup, mobile = '138 0013 8000'): Promise<void> {
  await type(el, 'name', '张小明');
  await type(el, 'mobile', mobile);
  await tick(el, '[id$="-f-ageGroup"]');
  await tick(el, '[id$="-f-consent"]');
}

const submitButton = (el: CwVolunteerSignup) => $<HTMLButtonElement>(el, '[part="submit"]')!;
const outcomeTitle = (el: CwVolunteerSignup) => $(el, '[id$="-outcome-title"]')?.textContent?.trim() ?? '';
const waitForOutcome = (el: CwVolunteerSignup, title: string) => until(() => outcomeTitle(el) === title, `outcome "${title}"`);

/** Collects the signup events the element sends. */
function record(el: HTMLElement) {
  const events: { type: string; detail: CwEventMap[keyof CwEventMap] }[] = [];
  for (const type of ['cw-signup-result', 'cw-signup-queued', 'cw-signup-cancelled'] as const) {
    el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  }
  return events;
}

function forgetRememberedSignups(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('cw-volunteer-signup:')) localStorage.removeItem(key);
}

describe('cw-volunteer-signup', () => {
  afterEach(async () => {
    await closeOutboxes();
    forgetRememberedSignups();
  });

  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    for (const elder of [false, true]) {
      it(`is accessible in ${lang}${elder ? ' in elder mode' : ''}: list, form with errors, confirmation`, async () => {
        const { adapter } = server();
        const el = await mount({ adapter, lang, elder });
        await expect(el).to.be.accessible();
        await openActivity(el, 'O-OPEN');
        submitButton(el).click();
        await until(() => !!$(el, '.error-summary'), 'error summary');
        await expect(el).to.be.accessible();
        await tick(el, '[id$="-f-ageGroup-child"]');
        await expect(el).to.be.accessible();
        await tick(el, '[id$="-f-ageGroup"]');
        await fillAdult(el);
        submitButton(el).click();
        await until(() => !!$(el, '[part="receipt-code"]'), 'confirmation');
        await expect(el).to.be.accessible();
      });
    }
  }

  describe('list', () => {
    it('lists upcoming activities soonest first with time, place, hours, places and status', async () => {
      const el = await mount({ adapter: server().adapter });
      expect(listed(el)).to.deep.equal(['楼道清理', '送餐上门', '免费电脑维护进社区', '空巢老人上门探访', '夜间巡逻', '图书整理', EVIL]);
      const item = $(el, '[id$="-open-O-OPEN"]')!.closest('.item')!;
      const content = item.textContent!.replace(/\s+/g, ' ');
      expect(content).to.contain('2026年12月12日周六 09:00–11:30');
      expect(content).to.contain('朝二社区党群服务中心 · 朝阳二村 36 幢');
      expect(content).to.contain('尤辉志愿者服务队 · 朝二社区');
      expect(content).to.contain('2.5 小时').and.contain('剩余 3 个名额(共 8 个)');
      expect(content).to.contain('2026年12月10日周四 18:00').and.contain('自带常用工具').and.contain('报名中');
      const status = (id: string) => $(el, `[id$="-open-${id}"]`)!.closest('.item')!.querySelector('[part~="status"]')!.getAttribute('part');
      expect(status('O-WAIT')).to.equal('status waitlist');
      expect(status('O-FULL')).to.equal('status full');
      expect(status('O-CLOSED')).to.equal('status closed');
      expect(text(el)).to.contain('共 7 个活动');
    });

    it('filters by community, kind and dates, shows past ones on request, and says when nothing matches', async () => {
      const el = await mount({ adapter: server().adapter });
      const choose = async (selector: string, value: string) => {
        const control = $<HTMLSelectElement | HTMLInputElement>(el, selector)!;
        control.value = value;
        control.dispatchEvent(new Event('change'));
        await el.updateComplete;
      };
      await choose('[id$="-filter-community"]', '局前街社区');
      expect(listed(el)).to.deep.equal(['夜间巡逻', '图书整理']);
      await choose('[id$="-filter-community"]', '');
      await choose('[id$="-filter-kind"]', '为老服务');
      expect(listed(el)).to.deep.equal(['送餐上门', '空巢老人上门探访']);
      await choose('[id$="-filter-from"]', '2026-12-10');
      expect(listed(el)).to.deep.equal(['空巢老人上门探访']);
      await choose('[id$="-filter-to"]', '2026-12-18');
      expect(listed(el)).to.deep.equal([]);
      expect(text(el)).to.contain('没有符合条件的活动');
      $(el, '[part="clear-filters"]')!.click();
      await el.updateComplete;
      expect(listed(el)).to.have.length(7);
      expect(listed(el)).not.to.include('上月义诊');
      await tick(el, '[id$="-filter-past"]');
      expect(listed(el)![0]).to.equal('上月义诊');
      expect($(el, '[id$="-open-O-PAST"]')!.closest('.item')!.textContent).to.contain('活动已结束');
    });

    it('presets the community filter from the attribute', async () => {
      const el = await mount({ adapter: server().adapter, community: '局前街社区' });
      expect($<HTMLSelectElement>(el, '[id$="-filter-community"]')!.value).to.equal('局前街社区');
      expect(listed(el)).to.deep.equal(['夜间巡逻', '图书整理']);
    });

    it('shows one activity with its form, without a list, for opportunity="…"', async () => {
      const el = await mount({ adapter: server().adapter, opportunity: 'O-OPEN' });
      await until(() => !!$(el, 'form'), 'form');
      expect($(el, '[id$="-detail-title"]')!.textContent).to.equal('免费电脑维护进社区');
      expect($(el, '.list')).to.equal(null);
      expect($(el, '[part="back"]')).to.equal(null);
    });

    it('offers no form where signup is not possible, and a waiting-list note where it goes to the waiting list', async () => {
      const el = await mount({ adapter: server().adapter });
      for (const [id, message] of [['O-FULL', '名额已满,暂不接受报名'], ['O-CLOSED', '报名已截止']] as const) {
        await openActivity(el, id);
        expect($(el, 'form')).to.equal(null);
        expect($(el, '.notice')!.textContent).to.contain(message);
        $(el, '[part="back"]')!.click();
        await until(() => !!$(el, '.list'), 'list');
        expect(root(el).activeElement?.id).to.match(new RegExp(`-open-${id}$`));
      }
      await openActivity(el, 'O-WAIT');
      expect($(el, 'form')).to.exist;
      expect(text(el)).to.contain('现在报名将进入候补名单');
    });

    it('renders hostile data as inert text', async () => {
      (window as unknown as { __pwned?: number }).__pwned = undefined;
      const el = await mount({ adapter: server().adapter });
      await openActivity(el, 'O-EVIL');
      await new Promise((r) => setTimeout(r, 50));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      expect($(el, 'img, script, svg, b, [onerror], [onload], a[href^="javascript"]')).to.equal(null);
      expect($(el, '[id$="-detail-title"]')!.textContent).to.equal(EVIL);
      expect(text(el)).to.contain('<b>bold</b>').and.contain('<a href="javascript:alert(1)">x</a>');
    });
  });

  describe('states', () => {
    it('shows not-configured without an adapter, and loading while it waits', async () => {
      const bare = await fixture<CwVolunteerSignup>(html`<cw-volunteer-signup></cw-volunteer-signup>`);
      expect($(bare, '[part~="not-configured"]')).to.exist;
      expect(text(bare)).to.contain('src=');
      const pending = { ...server().adapter, listOpportunities: () => new Promise<never>(() => {}) };
      const loading = await fixture<CwVolunteerSignup>(html`<cw-volunteer-signup .adapter=${pending}></cw-volunteer-signup>`);
      expect($(loading, '[part~="loading"]')).to.exist;
    });

    it('shows an empty state when there are no activities, and a localized error with a working retry', async () => {
      const empty = await mount({ adapter: { ...createStaticAdapter({ data: { opportunities: [] } }), id: uniqueId() } });
      expect($(empty, '[part~="empty"]')!.textContent).to.contain('近期暂无志愿服务活动');

      const { adapter } = server();
      let healthy = false;
      const flaky = { ...adapter, listOpportunities: (q?: object, o?: object) => (healthy ? adapter.listOpportunities(q, o) : Promise.reject(new AdapterError('network', 'down'))) };
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await mount({ adapter: flaky as DataAdapter, lang: 'en' });
        expect($(el, '[part~="error"]')!.textContent).to.contain('Could not connect');
        healthy = true;
        $(el, '[part="retry"]')!.click();
        await until(() => !!$(el, '.list'), 'list after retry');
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('form', () => {
    it('checks a typed field on blur and says clearly what is wrong with a mobile', async () => {
      const el = await mount({ adapter: server().adapter });
      await openActivity(el, 'O-OPEN');
      await type(el, 'mobile', '138 0013 800');
      const input = $<HTMLInputElement>(el, '[id$="-f-mobile"]')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.match(/^cw\d+-f-mobile-hint cw\d+-f-mobile-error$/);
      expect($(el, '[id$="-f-mobile-error"]')!.textContent).to.contain('手机号码格式不正确');
      await type(el, 'mobile', '+86 138-0013-8000');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect($(el, '[id$="-f-mobile-error"]')).to.equal(null);
      // Tabbing through an untouched field says nothing yet.
      $<HTMLInputElement>(el, '[id$="-f-name"]')!.dispatchEvent(new Event('blur'));
      await el.updateComplete;
      expect($(el, '[id$="-f-name-error"]')).to.equal(null);
    });

    it('lists every problem on submit in an error summary whose links focus the fields', async () => {
      const { adapter, calls } = server();
      const el = await mount({ adapter });
      await openActivity(el, 'O-OPEN');
      submitButton(el).click();
      await until(() => root(el).activeElement === $(el, '.error-summary'), 'focus on the summary');
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
      expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['请输入姓名', '请输入手机号码', '请选择年龄', '请阅读个人信息处理说明,并勾选同意']);
      links[3]!.click();
      expect(root(el).activeElement).to.equal($(el, '[id$="-f-consent"]'));
      links[2]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(root(el).activeElement).to.equal($(el, '[id$="-f-ageGroup"]'));
      expect(calls).to.have.length(0);
    });

    it('will not send without the separate consent, which starts unticked', async () => {
      const { adapter, calls } = server();
      const el = await mount({ adapter });
      await openActivity(el, 'O-OPEN');
      expect($<HTMLInputElement>(el, '[id$="-f-consent"]')!.checked).to.equal(false);
      expect($(el, '[id$="-consent-text"]')!.textContent).to.contain('尤辉志愿者服务队').and.contain('6 个月内删除');
      await type(el, 'name', '张小明');
      await type(el, 'mobile', '13800138000');
      await tick(el, '[id$="-f-ageGroup"]');
      submitButton(el).click();
      await el.updateComplete;
      expect($(el, '[id$="-f-consent-error"]')!.textContent).to.contain('勾选同意');
      expect(calls).to.have.length(0);
    });

    it('asks a child’s guardian for name, another mobile and consent, and sends them with consent versions', async () => {
      const { adapter, calls } = server();
      const el = await mount({ adapter });
      const events = record(el);
      await openActivity(el, 'O-OPEN');
      await type(el, 'name', '张小明');
      await type(el, 'mobile', '138 0013 8000');
      await tick(el, '[id$="-f-ageGroup-child"]');
      await tick(el, '[id$="-f-consent"]');
      expect($(el, '[part="guardian"]')).to.exist;
      submitButton(el).click();
      await el.updateComplete;
      expect([...root(el).querySelectorAll('.error-summary a')].map((a) => a.getAttribute('href')!.replace(/^#cw\d+-/, '#'))).to.deep.equal([
        '#f-guardianName',
        '#f-guardianMobile',
        '#f-guardianConsent',
      ]);
      await type(el, 'guardianName', '张大明');
      await type(el, 'guardianMobile', '13800138000');
      expect($(el, '[id$="-f-guardianMobile-error"]')!.textContent).to.contain('不能与志愿者本人的相同');
      await type(el, 'guardianMobile', '139 0000 0001');
      await tick(el, '[id$="-f-guardianConsent"]');
      submitButton(el).click();
      await until(() => !!$(el, '[part="receipt-code"]'), 'confirmation');
      expect(calls).to.have.length(1);
      const sent = calls[0]!;
      expect(sent.ageGroup).to.equal('child');
      expect(sent.guardian).to.deep.include({ name: '张大明', mobile: '13900000001' });
      expect(sent.guardian!.consent.version).to.match(/^cw-volunteer-signup-guardian\//);
      expect(sent.consent).to.deep.equal({ version: 'cw-volunteer-signup/2026-11+6m', at: NOW.toISOString() });
      // Events carry ids and states only.
      const serialized = JSON.stringify(events);
      expect(serialized).not.to.contain('张').and.not.to.contain('13800138000').and.not.to.contain('13900000001');
    });

    it('enforces the minimum age, and asks to confirm it when it falls inside the chosen group', async () => {
      const { adapter, calls } = server();
      const el = await mount({ adapter });
      await openActivity(el, 'O-ADULT');
      await tick(el, '[id$="-f-ageGroup-teen"]');
      expect($(el, '[id$="-f-ageGroup-error"]')!.textContent).to.contain('本活动要求年满 18 周岁');
      await fillAdult(el);
      await tick(el, '[id$="-f-ageGroup-teen"]');
      submitButton(el).click();
      await el.updateComplete;
      expect(calls).to.have.length(0);
      $(el, '[part="back"]')!.click();
      await until(() => !!$(el, '.list'), 'list');

      await openActivity(el, 'O-TEEN');
      await fillAdult(el);
      await tick(el, '[id$="-f-ageGroup-teen"]');
      expect($(el, '[id$="-f-ageConfirmed"]')).to.exist;
      expect(text(el)).to.contain('我已年满 16 周岁');
      submitButton(el).click();
      await el.updateComplete;
      expect($(el, '[id$="-f-ageConfirmed-error"]')).to.exist;
      await tick(el, '[id$="-f-ageConfirmed"]');
      submitButton(el).click();
      await until(() => !!$(el, '[part="receipt-code"]'), 'confirmation');
      expect(calls.map((c) => c.ageGroup)).to.deep.equal(['teen']);
    });

    it('keeps typed answers when the resident goes back to the list and returns', async () => {
      const el = await mount({ adapter: server().adapter });
      await openActivity(el, 'O-OPEN');
      await type(el, 'name', '张小明');
      $(el, '[part="back"]')!.click();
      await until(() => !!$(el, '.list'), 'list');
      await openActivity(el, 'O-OPEN');
      expect($<HTMLInputElement>(el, '[id$="-f-name"]')!.value).to.equal('张小明');
    });
  });

  describe('submission', () => {
    it('confirms with a receipt code, emits ids and states, and keeps the confirmation over a reload', async () => {
      const { adapter, writer } = server();
      const el = await mount({ adapter });
      await openActivity(el, 'O-OPEN');
      await fillAdult(el);
      const event = oneEvent(el, 'cw-signup-result');
      submitButton(el).click();
      const { detail } = await event;
      expect(detail).to.have.keys(['opportunityId', 'key', 'status']);
      expect(detail).to.deep.include({ opportunityId: 'O-OPEN', status: 'confirmed' });
      await waitForOutcome(el, '报名成功');
      expect(root(el).activeElement).to.equal($(el, '[id$="-outcome-title"]'));
      const code = $(el, '[part="receipt-code"]')!.textContent!;
      expect(code).to.equal(writer.signups[0]!.code);
      expect($<HTMLAnchorElement>(el, '[part="platform-link"]')!.href).to.equal('https://chinavolunteer.mca.gov.cn/');
      // Only codes and states are remembered on the device.
      const remembered = Object.entries(localStorage).filter(([k]) => k.startsWith('cw-volunteer-signup:')).map(([, v]) => v).join();
      expect(remembered).to.contain(code).and.not.to.contain('13800138000').and.not.to.contain('张小明');

      // "Reload": a new outbox connection and a new element.
      el.parentElement!.remove();
      await closeOutboxes();
      const again = await mount({ adapter });
      expect($(again, '[id$="-open-O-OPEN"]')!.closest('.item')!.textContent).to.contain('您已报名');
      await openActivity(again, 'O-OPEN');
      await waitForOutcome(again, '报名成功');
      expect($(again, '[part="receipt-code"]')!.textContent).to.equal(code);
      expect($(again, '[part="cancel"]')).to.exist;
      expect(writer.signups).to.have.length(1);
    });

    it('puts a resident on the waiting list with their position', async () => {
      const el = await mount({ adapter: server().adapter });
      await openActivity(el, 'O-WAIT');
      await fillAdult(el);
      submitButton(el).click();
      await waitForOutcome(el, '已进入候补名单');
      expect(text(el)).to.contain('您在候补名单第 1 位');
      expect($(el, '[part="cancel"]')).to.exist;
    });

    for (const [status, title] of [
      ['full', '名额已满,报名未成功'],
      ['closed', '报名已截止,报名未成功'],
      ['duplicate', '您已经报过名了'],
    ] as const) {
      it(`takes the server’s word when it answers ${status}`, async () => {
        const { adapter } = server({ receipt: (s) => ({ status, opportunityId: s.opportunityId }) });
        const el = await mount({ adapter });
        const events = record(el);
        await openActivity(el, 'O-OPEN');
        await fillAdult(el);
        submitButton(el).click();
        await waitForOutcome(el, title);
        expect($(el, '[part="cancel"]')).to.equal(null);
        expect(events.map((e) => [e.type, (e.detail as { status: string }).status])).to.deep.equal([['cw-signup-result', status]]);
      });
    }

    it('answers duplicate for a second signup with the same mobile (memory server)', async () => {
      const { adapter, writer } = server();
      const first = await mount({ adapter, opportunity: 'O-OPEN' });
      await until(() => !!$(first, 'form'), 'form');
      await fillAdult(first, '13800138000');
      submitButton(first).click();
      await waitForOutcome(first, '报名成功');
      forgetRememberedSignups(); // another phone
      const second = await mount({ adapter, opportunity: 'O-OPEN' });
      await until(() => !!$(second, 'form'), 'form');
      await fillAdult(second, '+86 138 0013 8000');
      submitButton(second).click();
      await waitForOutcome(second, '您已经报过名了');
      expect(writer.signups).to.have.length(1);
    });

    it('sends once on a double click', async () => {
      const { adapter, calls, writer } = server();
      const el = await mount({ adapter });
      await openActivity(el, 'O-OPEN');
      await fillAdult(el);
      const results = record(el);
      submitButton(el).click();
      submitButton(el).click();
      await waitForOutcome(el, '报名成功');
      submitButton(el)?.click();
      expect(calls).to.have.length(1);
      expect(writer.signups).to.have.length(1);
      expect(results.filter((e) => e.type === 'cw-signup-result')).to.have.length(1);
    });

    it('saves offline, says so, and flips to the result when the outbox delivers after N failures — exactly once', async () => {
      const { adapter, calls, failures, writer } = server();
      failures.push(...Array.from({ length: 3 }, () => new AdapterError('network', 'offline')));
      const el = await mount({ adapter });
      const events = record(el);
      await openActivity(el, 'O-OPEN');
      await fillAdult(el);
      submitButton(el).click();
      await waitForOutcome(el, '已保存在本机,联网后自动提交');
      expect(text(el)).to.contain('网络连接失败');
      const key = (events[0]!.detail as { key: string }).key;
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(events).to.deep.equal([{ type: 'cw-signup-queued', detail: { opportunityId: 'O-OPEN', key, reason: 'network' } }]);
      // The network comes back twice too early, then for good; each "online" sends what waits, backoff or not.
      for (let attempt = 2; attempt <= 4; attempt++) {
        window.dispatchEvent(new Event('online'));
        await outboxFor(adapter).flush();
        await until(() => calls.length >= attempt, `attempt ${attempt}`);
      }
      await waitForOutcome(el, '报名成功');
      expect(writer.signups).to.have.length(1);
      expect(new Set(calls.map((c) => JSON.stringify(c))).size).to.equal(1);
      const results = events.filter((e) => e.type === 'cw-signup-result');
      expect(results).to.deep.equal([{ type: 'cw-signup-result', detail: { opportunityId: 'O-OPEN', key, status: 'confirmed' } }]);
      // Announced, not focused: the resident may be elsewhere on the page.
      await until(() => $(el, '[role="status"].cw-visually-hidden')!.textContent === '报名成功', 'announcement');
    });

    it('without storage, sends directly; one that failed for want of a network is sent again once online — exactly once', async () => {
      const restore = withoutIndexedDb();
      try {
        const { adapter, calls, failures, writer } = server();
        failures.push(new AdapterError('network', 'offline'), new AdapterError('network', 'offline'));
        const el = await mount({ adapter });
        await openActivity(el, 'O-OPEN');
        await fillAdult(el);
        submitButton(el).click();
        await waitForOutcome(el, '报名未能提交');
        expect(text(el)).to.contain('网络连接失败').and.contain('尚未保存到本机');
        expect(leavingAsks(), 'leaving the page asks while the signup exists only in it').to.equal(true);
        await expect(el).to.be.accessible();
        $<HTMLButtonElement>(el, '[part="retry-now"]')!.click(); // still offline
        await until(() => calls.length === 2, 'second attempt');
        await waitForOutcome(el, '报名未能提交');
        expect(text(el)).to.contain('尚未保存到本机');
        window.dispatchEvent(new Event('online'));
        await waitForOutcome(el, '报名成功');
        expect(leavingAsks(), 'nothing is at stake once confirmed').to.equal(false);
        expect(calls).to.have.length(3);
        expect(new Set(calls.map((c) => JSON.stringify(c))).size).to.equal(1);
        expect(writer.signups).to.have.length(1);
      } finally {
        restore();
      }
    });

    it('says so when a site without an endpoint meets a device that cannot keep the signup', async () => {
      const restore = withoutIndexedDb();
      try {
        const adapter = { ...createStaticAdapter({ data: { opportunities: activities() } }), id: uniqueId() };
        const el = await mount({ adapter });
        await openActivity(el, 'O-OPEN');
        await fillAdult(el);
        submitButton(el).click();
        await waitForOutcome(el, '报名未能提交');
        expect(text(el)).to.contain('网站尚未开通在线报名,报名信息暂时也未能保存在本设备上').and.not.contain('尚未配置数据来源');
      } finally {
        restore();
      }
    });

    it('shows a queued signup after a reload, and lets the resident withdraw it', async () => {
      const { adapter, failures, calls } = server();
      failures.push(...Array.from({ length: 50 }, () => new AdapterError('server', 'down')));
      const el = await mount({ adapter });
      await openActivity(el, 'O-OPEN');
      await fillAdult(el);
      submitButton(el).click();
      await waitForOutcome(el, '已保存在本机,联网后自动提交');
      el.parentElement!.remove();
      await closeOutboxes();
      const again = await mount({ adapter });
      expect($(again, '[id$="-open-O-OPEN"]')!.closest('.item')!.textContent).to.contain('您的报名待提交');
      await openActivity(again, 'O-OPEN');
      await waitForOutcome(again, '已保存在本机,联网后自动提交');
      $(again, '[part="discard"]')!.click();
      await until(() => !!$(again, 'form'), 'form again');
      const attempts = calls.length;
      expect(await outboxFor(adapter).pending()).to.deep.equal([]);
      await outboxFor(adapter).flush({ ignoreBackoff: true });
      expect(calls.length).to.equal(attempts);
    });

    it('explains a refusal, and sends changed answers under a new key', async () => {
      const { adapter, calls, failures } = server();
      failures.push(new AdapterError('rejected', 'bad request', { status: 400 }));
      const keys: string[] = [];
      const inner = adapter.submitSignup;
      adapter.submitSignup = (s, o) => (keys.push(o.idempotencyKey), inner(s, o));
      const el = await mount({ adapter });
      await openActivity(el, 'O-OPEN');
      await fillAdult(el);
      submitButton(el).click();
      await waitForOutcome(el, '报名未能提交');
      expect(text(el)).to.contain('请检查填写的内容后重新提交');
      $(el, '[part="edit"]')!.click();
      await until(() => !!$(el, 'form'), 'form');
      expect($<HTMLInputElement>(el, '[id$="-f-name"]')!.value).to.equal('张小明');
      await type(el, 'name', '张晓明');
      submitButton(el).click();
      await waitForOutcome(el, '报名成功');
      expect(calls.map((c) => c.name)).to.deep.equal(['张小明', '张晓明']);
      expect(keys[0]).not.to.equal(keys[1]);
    });
  });

  describe('confirmation', () => {
    async function confirmed(id = 'O-OPEN') {
      const s = server();
      const el = await mount({ adapter: s.adapter });
      await openActivity(el, id);
      await fillAdult(el);
      submitButton(el).click();
      await until(() => !!$(el, '[part="receipt-code"]'), 'confirmation');
      return { ...s, el };
    }

    it('downloads an .ics file with the activity’s UTC times, place and title', async () => {
      const { el } = await confirmed();
      const { filename, text } = await captureDownload(() => $(el, '[part="calendar"]')!.click());
      expect(filename).to.equal('O-OPEN.ics');
      const ics = text.replace(/\r?\n[ \t]/g, '');
      expect(ics).to.contain('DTSTART:20261212T010000Z').and.contain('DTEND:20261212T033000Z');
      expect(ics).to.contain('SUMMARY:免费电脑维护进社区').and.contain('LOCATION:朝二社区党群服务中心\\, 朝阳二村 36 幢');
      expect(ics).to.contain(`UID:${$(el, '[part="receipt-code"]')!.textContent}@community-widgets`);
    });

    it('in WeChat, which saves no file, says how to add it to the calendar instead of failing silently', async () => {
      const { el } = await confirmed();
      const downloads = await asWeChat(async () => {
        $(el, '[part="calendar"]')!.click();
        await until(() => !!$(el, '[role="alert"]'), 'the notice');
      });
      expect(downloads).to.equal(0);
      expect($(el, '[role="alert"]')!.textContent).to.contain('在浏览器打开');
    });

    it('cancels with the receipt’s token after a confirmation step, through the outbox', async () => {
      const { el, writer, adapter } = await confirmed();
      const event = oneEvent(el, 'cw-signup-cancelled');
      $(el, '[part="cancel"]')!.click();
      await waitForOutcome(el, '确定要取消报名吗?');
      expect(root(el).activeElement).to.equal($(el, '[id$="-outcome-title"]'));
      $(el, '[part="keep"]')!.click();
      await waitForOutcome(el, '报名成功');
      expect(writer.signups[0]!.status).to.equal('confirmed');
      $(el, '[part="cancel"]')!.click();
      await waitForOutcome(el, '确定要取消报名吗?');
      $(el, '[part="confirm-cancel"]')!.click();
      expect((await event).detail).to.deep.equal({ opportunityId: 'O-OPEN', status: 'cancelled' });
      await waitForOutcome(el, '已取消报名');
      expect(writer.signups[0]!.status).to.equal('cancelled');
      // The device forgets the signup: a reload offers the form again.
      await closeOutboxes();
      const again = await mount({ adapter, opportunity: 'O-OPEN' });
      await until(() => !!$(again, 'form'), 'form after cancel');
    });

    it('keeps a cancellation queued while offline and completes it later', async () => {
      const { el, writer, failures, adapter } = await confirmed();
      failures.push(new AdapterError('network', 'offline'));
      $(el, '[part="cancel"]')!.click();
      await waitForOutcome(el, '确定要取消报名吗?');
      $(el, '[part="confirm-cancel"]')!.click();
      await waitForOutcome(el, '取消申请已保存在本机,联网后自动提交。');
      expect(writer.signups[0]!.status).to.equal('confirmed');
      await outboxFor(adapter).flush({ ignoreBackoff: true });
      await waitForOutcome(el, '已取消报名');
      expect(writer.signups[0]!.status).to.equal('cancelled');
    });

    it('links to the configured platform only through safeUrl, and hides the link when set empty', async () => {
      const { el } = await confirmed();
      el.platformUrl = 'javascript:alert(1)';
      await el.updateComplete;
      expect($(el, '[part="platform-link"]')).to.equal(null);
      el.platformUrl = 'https://volunteer.example.gov.cn/hours';
      await el.updateComplete;
      expect($<HTMLAnchorElement>(el, '[part="platform-link"]')!.href).to.equal('https://volunteer.example.gov.cn/hours');
      el.platformUrl = '';
      await el.updateComplete;
      expect($(el, '[part="platform-link"]')).to.equal(null);
    });
  });

  describe('elder mode and small screens', () => {
    it('meets elder-mode sizes: text ≥ 18pt and targets ≥ 60px', async () => {
      const el = await mount({ adapter: server().adapter, elder: true });
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(24);
      await openActivity(el, 'O-OPEN');
      const targets = root(el).querySelectorAll<HTMLElement>('button, input:not([type="checkbox"], [type="radio"]), select, textarea, label.choice');
      expect(targets.length).to.be.greaterThan(5);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(60);
        expect(box.width, target.outerHTML.slice(0, 60)).to.be.at.least(60);
      }
    });

    it('fits a 320 px screen without horizontal scrolling', async () => {
      const { adapter } = server();
      const wrapper = await fixture(html`<div style="width: 320px" lang="zh-Hans">
        <cw-volunteer-signup .adapter=${adapter} .clock=${clock} elder></cw-volunteer-signup>
      </div>`);
      const el = wrapper.querySelector('cw-volunteer-signup')!;
      await until(() => !!$(el, '.list'), 'list');
      expect(el.scrollWidth).to.be.at.most(320);
      await openActivity(el, 'O-OPEN');
      submitButton(el).click();
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
    });
  });
});
