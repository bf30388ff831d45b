import { expect, fixture, html } from '@open-wc/testing';
import * as v from 'valibot';
import '../src/elements/satisfaction-survey/satisfaction-survey.js';
import type { CwSatisfactionSurvey } from '../src/elements/satisfaction-survey/satisfaction-survey.js';
import { surveyFallbackHtml } from '../src/elements/satisfaction-survey/fallback/survey-fallback-html.js';
import { surveyFallbackFromData } from '../src/node/survey-fallback.js';
import type { DataAdapter, DataWriter } from '../src/adapters/data-adapter.js';
import { AdapterError } from '../src/adapters/adapter-error.js';
import { createStaticAdapter } from '../src/adapters/static-adapter.js';
import { closeOutboxes } from '../src/core/outbox-registry.js';
import { SurveySchema, type Survey, type SurveyResponse } from '../src/model/index.js';
import { until } from './helpers/fixtures.js';
import fallbackStyles from '../src/themes/survey-fallback.css?inline';
import { tokens } from '../src/core/styles/tokens.js';

// A pre-rendered survey form inside the tag: painted before any script, answered while the widget loads, and
// taken over — answers, focus, a submit — when the survey arrives.

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

function surveyData(overrides: Record<string, unknown> = {}) {
  return {
    id: 'S-FB',
    version: '2',
    title: `社区服务评价 ${HOSTILE}`,
    intro: '请对最近一次办事作出评价。',
    questions: [
      { id: 'overall', kind: 'rating5', title: '整体满意度', required: true },
      { id: 'items', kind: 'rating-matrix', title: '服务事项', items: [{ value: 'speed', label: '效率' }, { value: 'manner', label: `态度 ${HOSTILE}` }] },
      { id: 'raised', kind: 'single', title: '是否反映过问题?', options: [{ value: 'yes', label: '是' }, { value: 'no', label: '否' }] },
      { id: 'resolved', kind: 'single', title: '解决了吗?', showIf: { question: 'raised', anyOf: ['yes'] }, options: [{ value: 'y', label: '已解决' }, { value: 'n', label: '未解决' }] },
      { id: 'improve', kind: 'multiple', title: '需要改进', max: 2, options: [{ value: 'visits', label: '走访' }, { value: 'response', label: '响应' }, { value: 'parking', label: '停车' }] },
      { id: 'recommend', kind: 'scale', title: '推荐的可能性', minLabel: '完全不可能', maxLabel: '非常可能' },
      { id: 'comment', kind: 'text', title: '其他意见', maxLength: 50 },
    ],
    ...overrides,
  };
}

const parsed = (data: unknown): Survey => v.parse(SurveySchema, data);

class FakeServer implements DataWriter {
  readonly accepted: SurveyResponse[] = [];
  submitSurveyResponse: DataWriter['submitSurveyResponse'] = async (response) => {
    this.accepted.push(response);
    return { code: 'SV-000001', receivedAt: new Date().toISOString() };
  };
  submitSignup: DataWriter['submitSignup'] = () => Promise.reject(new AdapterError('rejected', 'not here'));
  cancelSignup: DataWriter['cancelSignup'] = () => Promise.reject(new AdapterError('rejected', 'not here'));
}

/** An adapter whose survey arrives only when the test says so: the time a slow network gives the resident. */
function gatedAdapter(server = new FakeServer(), data: unknown = surveyData()) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const inner = createStaticAdapter({ data: { surveys: [data] }, writer: server });
  const adapter: DataAdapter = { ...inner, id: `test:${crypto.randomUUID()}`, getSurvey: (id, options) => gate.then(() => inner.getSurvey(id, options)) };
  return { adapter, release, server };
}

function fragmentOf(markup: string): DocumentFragment {
  // What a server does with the string: the page's parser builds it (no script in it runs: none may be there).
  const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  fragment.append(...[...doc.body.childNodes].map((node) => document.importNode(node, true)));
  return fragment;
}

async function mountWithFallback(adapter: DataAdapter, options: { render?: 'light'; markup?: string } = {}) {
  const markup = options.markup ?? (await surveyFallbackHtml(parsed(surveyData())));
  const wrapper = await fixture(html`<div lang="zh-Hans"></div>`);
  const el = document.createElement('cw-satisfaction-survey') as CwSatisfactionSurvey;
  el.setAttribute('survey', 'S-FB');
  if (options.render) el.setAttribute('render', options.render);
  el.append(fragmentOf(markup));
  const fallback = el.querySelector('form')!;
  el.adapter = adapter;
  wrapper.append(el);
  await el.updateComplete;
  return { el, fallback };
}

const widgetRoot = (el: CwSatisfactionSurvey) => (el.shadowRoot ?? el) as ParentNode;
/** The widget's own form once in view (it is built hidden behind the pre-rendered one first). */
const widgetForm = (el: CwSatisfactionSurvey) => widgetRoot(el).querySelector<HTMLFormElement>('form[part="form"]:not([hidden])');
const pick = (form: HTMLFormElement, name: string, value: string) => {
  const control = [...form.querySelectorAll<HTMLInputElement>('input')].find((i) => i.name === name && i.value === value)!;
  control.click();
  return control;
};

afterEach(async () => {
  await closeOutboxes();
  for (const key of Object.keys(localStorage)) if (key.includes(':S-FB:')) localStorage.removeItem(key);
});

describe('surveyFallbackHtml', () => {
  it('writes every question kind as real controls named by question (and matrix item)', async () => {
    const form = fragmentOf(await surveyFallbackHtml(parsed(surveyData()))).querySelector('form')!;
    expect(form.dataset['cwSurvey']).to.equal('S-FB');
    expect(form.dataset['cwSurveyVersion']).to.equal('2');
    const names = (type: string) => [...new Set([...form.querySelectorAll<HTMLInputElement>(`input[type="${type}"]`)].map((i) => i.name))];
    expect(names('radio')).to.deep.equal(['overall', 'items/speed', 'items/manner', 'raised', 'resolved', 'recommend']);
    expect(names('checkbox')).to.deep.equal(['improve']);
    expect(form.querySelectorAll('input[name="overall"]')).to.have.length(5);
    expect([...form.querySelectorAll<HTMLInputElement>('input[name="recommend"]')].map((i) => i.value)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(form.querySelector<HTMLInputElement>('input[name="overall"]')!.required, 'required question').to.be.true;
    const comment = form.querySelector<HTMLTextAreaElement>('textarea[name="comment"]')!;
    expect(comment.maxLength).to.equal(50);
    expect(form.querySelector(`label[for="${comment.id}"]`)!.textContent).to.contain('其他意见');
    // Every radio and checkbox has its label; every group its legend.
    for (const control of form.querySelectorAll('input')) expect(control.closest('label'), control.name).to.exist;
    expect(form.querySelectorAll('fieldset > legend').length).to.equal(form.querySelectorAll('fieldset').length);
    expect(form.textContent).to.contain('非常满意').and.contain('非常不满意').and.contain('最多选择 2 项');
    const button = form.querySelector('button')!;
    expect(button.disabled && button.hidden, 'no way to submit without an action, not even Enter in a one-line field').to.be.true;
    expect(form.textContent).to.contain('在线提交需要浏览器启用脚本');
  });

  it('keeps hostile strings as text', async () => {
    const form = fragmentOf(await surveyFallbackHtml(parsed(surveyData()))).querySelector('form')!;
    expect(form.querySelector('img, script, svg')).to.be.null;
    expect(form.querySelector('h3')!.textContent).to.equal(`社区服务评价 ${HOSTILE}`);
    expect(form.textContent).to.contain(`态度 ${HOSTILE}`);
  });

  it('speaks the page language, and posts only to an http(s) action', async () => {
    const en = fragmentOf(await surveyFallbackHtml(parsed(surveyData()), { locale: 'en', action: '/survey/responses', headingLevel: 2 })).querySelector('form')!;
    expect(en.lang).to.equal('en');
    expect(en.textContent).to.contain('Very satisfied').and.contain('(required)');
    expect(en.getAttribute('action')).to.equal('/survey/responses');
    expect(en.method).to.equal('post');
    expect(en.querySelector('h2')).to.exist;
    expect(en.querySelector('button[type="submit"]')!.textContent).to.equal('Submit');
    const odd = fragmentOf(await surveyFallbackHtml(parsed(surveyData()), { headingLevel: Number.NaN })).querySelector('form')!;
    expect(odd.querySelector('h3'), 'a heading level that is not a number gives the default').to.exist;
    const hant = fragmentOf(await surveyFallbackHtml(parsed(surveyData()), { locale: 'zh-Hant' })).querySelector('form')!;
    expect(hant.textContent).to.contain('非常滿意');
    let error: unknown;
    await surveyFallbackHtml(parsed(surveyData()), { action: 'javascript:alert(1)' }).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
  });
});

describe('surveyFallbackFromData', () => {
  it('validates the survey as the widget does, and names what to fix', async () => {
    const html = await surveyFallbackFromData({ surveys: [surveyData()] }, 'S-FB');
    expect(html).to.contain('data-cw-survey="S-FB"');
    const errorOf = (data: unknown, id: string) => surveyFallbackFromData(data, id, { source: 'community.json' }).then(() => undefined, (e: AdapterError) => e);
    const broken = await errorOf({ surveys: [surveyData({ questions: [{ id: 'q', kind: 'rating5' }] })] }, 'S-FB');
    expect(broken?.code).to.equal('invalid-data');
    expect(broken?.message).to.contain('community.json').and.contain('surveys[0]');
    expect((await errorOf({ surveys: [] }, 'S-FB'))?.code).to.equal('not-found');
    expect((await errorOf([], 'S-FB'))?.code).to.equal('invalid-data');
  });
});

describe('survey-fallback.css', () => {
  async function styledForm(wrapperClass: string) {
    const style = document.createElement('style');
    style.textContent = fallbackStyles;
    const wrapper = await fixture(html`<div class=${wrapperClass} style="width: 360px"></div>`);
    // The plain form as it is before the widget is defined: inside a tag nothing has upgraded yet.
    const host = document.createElement('cw-survey-holder');
    host.append(fragmentOf(await surveyFallbackHtml(parsed(surveyData()))));
    wrapper.append(style, host);
    return { form: host.querySelector('form')!, remove: () => style.remove() };
  }

  it('makes every option a full-width target of 2.75em on a phone', async () => {
    const { form, remove } = await styledForm('');
    const option = form.querySelector('fieldset label')!.getBoundingClientRect();
    const fontSize = parseFloat(getComputedStyle(form).fontSize);
    expect(option.height).to.be.at.least(2.75 * fontSize - 0.5);
    expect(option.width, 'one option per line').to.be.greaterThan(300);
    remove();
  });

  it('uses the same 长者模式 values as the widget (a CSS file cannot import them)', () => {
    const declarations = (block: string) => Object.fromEntries([...block.matchAll(/(--cw-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
    const widgetElder = declarations(tokens.cssText.split(':host([data-cw-elder])')[1]!.split('}')[0]!);
    const plainElder = declarations(fallbackStyles.split('cw-satisfaction-survey[elder] > .cw-survey-fallback')[1]!.split('}')[0]!);
    expect(Object.keys(plainElder).length).to.be.greaterThan(4);
    for (const [name, value] of Object.entries(plainElder)) expect(value, name).to.equal(widgetElder[name]);
  });

  it('gives 长者模式 its 60 px targets and 18 pt text under the portal switch', async () => {
    const { form, remove } = await styledForm('elder-mode');
    expect(form.querySelector('fieldset label')!.getBoundingClientRect().height).to.be.at.least(60);
    expect(parseFloat(getComputedStyle(form).fontSize)).to.be.at.least(24);
    expect(getComputedStyle(form).color).to.equal('rgb(0, 0, 0)');
    remove();
  });
});

describe('cw-satisfaction-survey with a pre-rendered form', () => {
  it('keeps the form in view and usable while the survey loads, and accessible', async () => {
    const { adapter } = gatedAdapter();
    const { el, fallback } = await mountWithFallback(adapter);
    expect(widgetForm(el)).to.be.null;
    expect(fallback.getBoundingClientRect().height, 'shown through the slot').to.be.greaterThan(100);
    expect(el.shadowRoot!.textContent).not.to.contain('正在加载');
    await expect(el).to.be.accessible();
  });

  it('keeps the form in view from the upgrade on, also while the language strings load', async () => {
    const { adapter } = gatedAdapter();
    const wrapper = await fixture(html`<div lang="zh-Hant"></div>`);
    const el = document.createElement('cw-satisfaction-survey') as CwSatisfactionSurvey;
    el.setAttribute('survey', 'S-FB');
    el.append(fragmentOf(await surveyFallbackHtml(parsed(surveyData()), { locale: 'zh-Hant' })));
    el.adapter = adapter;
    wrapper.append(el);
    expect(el.shadowRoot, 'upgraded').to.exist;
    expect(el.querySelector('form')!.getBoundingClientRect().height, 'before the first render').to.be.greaterThan(100);
    await el.updateComplete;
    expect(el.querySelector('form')!.getBoundingClientRect().height, 'after it').to.be.greaterThan(100);
  });

  it('takes over every answer typed before the survey arrived, and the focus and caret in a text field', async () => {
    const { adapter, release } = gatedAdapter();
    const { el, fallback } = await mountWithFallback(adapter);
    pick(fallback, 'overall', 'satisfied');
    pick(fallback, 'items/manner', 'basic');
    pick(fallback, 'raised', 'yes');
    pick(fallback, 'improve', 'visits');
    pick(fallback, 'improve', 'parking');
    pick(fallback, 'recommend', '7');
    const comment = fallback.querySelector('textarea')!;
    comment.focus();
    comment.value = '窗口人少,等候久';
    comment.setSelectionRange(2, 2);

    let questionsAtTakeover = 0;
    // A mutation callback runs right after the render that takes the form over (shows it), before anything later.
    const observer = new MutationObserver(() => {
      questionsAtTakeover ||= widgetForm(el)?.querySelectorAll('[data-question]').length ?? 0;
    });
    observer.observe(widgetRoot(el), { childList: true, subtree: true, attributes: true });
    release();
    await until(() => !!widgetForm(el), 'the widget form');
    await el.updateComplete;
    observer.disconnect();

    expect(fallback.isConnected, 'the pre-rendered form is gone').to.be.false;
    const form = widgetForm(el)!;
    expect(questionsAtTakeover, 'every question at once, as in the plain form: the page must not shrink').to.equal(form.querySelectorAll('[data-question]').length);
    const checked = (name: string) => [...form.querySelectorAll<HTMLInputElement>('input:checked')].filter((i) => i.closest(`[data-question="${name}"]`)).map((i) => i.value);
    expect(checked('overall')).to.deep.equal(['satisfied']);
    expect(checked('items')).to.deep.equal(['basic']);
    expect(checked('raised')).to.deep.equal(['yes']);
    expect(form.querySelector('[data-question="resolved"]'), 'showIf follows the taken-over answer').to.exist;
    expect(checked('improve')).to.deep.equal(['visits', 'parking']);
    expect(checked('recommend')).to.deep.equal(['7']);
    const twin = form.querySelector('textarea')!;
    expect(twin.value).to.equal('窗口人少,等候久');
    await until(() => el.shadowRoot!.activeElement === twin, 'focus in the same field');
    expect([twin.selectionStart, twin.selectionEnd]).to.deep.equal([2, 2]);
    // Saved as a draft at once: a reload now keeps them too.
    await until(() => Object.keys(localStorage).some((k) => k.startsWith('cw-survey-draft:S-FB:2')), 'draft saved');
  });

  it('builds its form hidden behind the plain one, a question a frame, while the plain one stays in view and in use', async () => {
    const { adapter, release } = gatedAdapter();
    const { el, fallback } = await mountWithFallback(adapter);
    const counts: number[] = [];
    const observer = new MutationObserver(() => {
      const hidden = widgetRoot(el).querySelector('form[part="form"][hidden]');
      if (hidden) counts.push(hidden.querySelectorAll('[data-question]').length);
    });
    observer.observe(widgetRoot(el), { childList: true, subtree: true });
    release();
    await until(() => !!widgetRoot(el).querySelector('form[part="form"][hidden]'), 'the form being built');
    expect(fallback.getBoundingClientRect().height, 'the plain form still in view').to.be.greaterThan(100);
    pick(fallback, 'overall', 'basic'); // answered while the widget builds its form
    await el.updateComplete;
    observer.disconnect();
    expect(counts[0], 'one question in the first render').to.equal(1);
    expect(Math.max(...counts)).to.be.greaterThan(1);
    expect(fallback.isConnected).to.be.false;
    expect(widgetForm(el)!.querySelector<HTMLInputElement>('[data-question="overall"] input:checked')!.value).to.equal('basic');
  });

  it('starts building again when the survey loads anew mid-way, and still takes the plain form over', async () => {
    const { adapter, release } = gatedAdapter();
    const { el, fallback } = await mountWithFallback(adapter);
    release();
    await until(() => !!widgetRoot(el).querySelector('form[part="form"][hidden]'), 'the form being built');
    el.adapter = gatedAdapter().adapter; // the same survey from another source: loading again
    await until(() => !widgetRoot(el).querySelector('form[part="form"]'), 'loading again');
    expect(fallback.getBoundingClientRect().height, 'the plain form in view meanwhile').to.be.greaterThan(100);
    pick(fallback, 'overall', 'very-satisfied');
    el.adapter = createStaticAdapter({ data: { surveys: [surveyData()] } });
    await until(() => !!widgetForm(el), 'the widget form');
    await el.updateComplete;
    expect(fallback.isConnected).to.be.false;
    expect(widgetForm(el)!.querySelector<HTMLInputElement>('[data-question="overall"] input:checked')!.value).to.equal('very-satisfied');
  });

  it('sends a submit made in the pre-rendered form once the survey has taken it over — once', async () => {
    const { adapter, release, server } = gatedAdapter();
    const { el, fallback } = await mountWithFallback(adapter, { markup: await surveyFallbackHtml(parsed(surveyData()), { action: '/nowhere' }) });
    pick(fallback, 'overall', 'very-satisfied');
    fallback.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    fallback.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect(location.pathname, 'the page did not navigate').not.to.equal('/nowhere');
    release();
    await until(() => !!el.shadowRoot!.querySelector('[part~="sent"]'), 'thank-you', 5000);
    expect(server.accepted).to.have.length(1);
    expect(server.accepted[0]!.answers).to.deep.equal({ overall: 'very-satisfied' });
  });

  /** The resident submitted the plain form while the survey loaded; the survey then failed to load. */
  async function postsNativelyOnLoadError(): Promise<void> {
    const inner = createStaticAdapter({ data: { surveys: [surveyData()] } });
    let fail!: () => void;
    const failing = new Promise<never>((_, reject) => (fail = () => reject(new AdapterError('network', 'down'))));
    const adapter: DataAdapter = { ...inner, id: `test:${crypto.randomUUID()}`, getSurvey: () => failing };
    const { el, fallback } = await mountWithFallback(adapter, { markup: await surveyFallbackHtml(parsed(surveyData()), { action: '/survey-post' }) });
    pick(fallback, 'overall', 'satisfied');
    const posted: FormData[] = [];
    // Stands in for the navigation: a listener after the widget's would see (and here stops) the native post.
    const stand = (event: SubmitEvent) => {
      if (event.defaultPrevented) return; // held by the widget: no navigation would happen
      posted.push(new FormData(event.target as HTMLFormElement));
      event.preventDefault();
    };
    window.addEventListener('submit', stand);
    try {
      fallback.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      expect(posted, 'held while the survey loads').to.have.length(0);
      fail();
      await until(() => posted.length === 1, 'the native post');
      expect(posted[0]!.get('overall')).to.equal('satisfied');
      expect(fallback.getBoundingClientRect().height, 'still in view under the error').to.be.greaterThan(100);
    } finally {
      window.removeEventListener('submit', stand);
    }
    await until(() => !!el.shadowRoot!.querySelector('[part~="error"]'), 'error state');
  }

  it('lets the browser post a submitted form with an action when the survey cannot be loaded', postsNativelyOnLoadError);

  it('posts it natively also where forms have no requestSubmit (Safari before 16)', async () => {
    const requestSubmit = Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'requestSubmit')!;
    delete (HTMLFormElement.prototype as Partial<HTMLFormElement>).requestSubmit;
    try {
      await postsNativelyOnLoadError();
    } finally {
      Object.defineProperty(HTMLFormElement.prototype, 'requestSubmit', requestSubmit);
    }
  });

  it('ignores a form made from another version, and values the survey does not define', async () => {
    const { adapter, release } = gatedAdapter();
    const stale = (await surveyFallbackHtml(parsed(surveyData({ version: '1' })))).replace('value="yes"', 'value="maybe"');
    const { el, fallback } = await mountWithFallback(adapter, { markup: stale });
    pick(fallback, 'overall', 'satisfied');
    release();
    await until(() => !!widgetForm(el), 'the widget form');
    expect(widgetForm(el)!.querySelector('input:checked'), 'nothing from version 1').to.be.null;

    const forged = (await surveyFallbackHtml(parsed(surveyData()))).replace('value="yes"', 'value="maybe"');
    const second = gatedAdapter();
    const mounted = await mountWithFallback(second.adapter, { markup: forged });
    pick(mounted.fallback, 'raised', 'maybe');
    pick(mounted.fallback, 'overall', 'basic');
    second.release();
    await until(() => !!widgetForm(mounted.el), 'the widget form');
    const values = [...widgetForm(mounted.el)!.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    expect(values).to.deep.equal(['basic']);
  });

  it('keeps the answers under a load error, and takes them over after a retry', async () => {
    const server = new FakeServer();
    const inner = createStaticAdapter({ data: { surveys: [surveyData()] }, writer: server });
    let healthy = false;
    const adapter: DataAdapter = {
      ...inner,
      id: `test:${crypto.randomUUID()}`,
      getSurvey: (id, options) => (healthy ? inner.getSurvey(id, options) : Promise.reject(new AdapterError('network', 'down'))),
    };
    const { el, fallback } = await mountWithFallback(adapter);
    await until(() => !!el.shadowRoot!.querySelector('[part~="error"]'), 'error state');
    expect(fallback.getBoundingClientRect().height, 'still in view under the error').to.be.greaterThan(100);
    pick(fallback, 'overall', 'dissatisfied');
    healthy = true;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await until(() => !!widgetForm(el), 'the widget form');
    expect(widgetForm(el)!.querySelector<HTMLInputElement>('input:checked')!.value).to.equal('dissatisfied');
  });

  it('takes the answers over in light DOM too', async () => {
    const { adapter, release } = gatedAdapter();
    const wrapper = await fixture(html`<div lang="zh-Hans"></div>`);
    const el = document.createElement('cw-satisfaction-survey') as CwSatisfactionSurvey;
    el.setAttribute('survey', 'S-FB');
    el.setAttribute('render', 'light');
    el.append(fragmentOf(await surveyFallbackHtml(parsed(surveyData()))));
    pick(el.querySelector('form')!, 'overall', 'satisfied'); // before the upgrade clears the tag
    el.adapter = adapter;
    wrapper.append(el);
    release();
    await until(() => !!widgetForm(el), 'the widget form');
    await el.updateComplete;
    expect(el.querySelector<HTMLInputElement>('[data-question="overall"] input:checked')!.value).to.equal('satisfied');
    expect(el.querySelectorAll('form')).to.have.length(1);
  });
});
