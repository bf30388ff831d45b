import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/satisfaction-survey/satisfaction-survey.js';
import type { CwSatisfactionSurvey } from '../src/elements/satisfaction-survey/satisfaction-survey.js';
import { AdapterError } from '../src/adapters/adapter-error.js';
import type { DataAdapter, DataWriter } from '../src/adapters/data-adapter.js';
import { createStaticAdapter } from '../src/adapters/static-adapter.js';
import { closeOutboxes } from '../src/core/outbox-registry.js';
import type { SurveyResponse } from '../src/model/index.js';
import { until } from './helpers/fixtures.js';

// ---------------------------------------------------------------------------------------------------------------
// Fixtures: one survey with every question kind, and a server that records what it accepted.

function surveyData(overrides: Record<string, unknown> = {}) {
  return {
    id: 'S-TEST',
    version: '1',
    title: '社区服务评价',
    intro: '请对最近一次办事作出评价。',
    followUpPolicy: { receiver: '局前街社区居委会', retentionDays: 30 },
    resultsUrl: 'https://www.cztn.gov.cn/results',
    questions: [
      { id: 'overall', kind: 'rating5', section: '评价', title: '整体满意度', required: true },
      {
        id: 'items',
        kind: 'rating-matrix',
        section: '评价',
        title: '请对以下服务事项作出评价',
        required: true,
        items: [
          { value: 'efficiency', label: '服务效率' },
          { value: 'attitude', label: '服务态度' },
        ],
      },
      {
        id: 'raised',
        kind: 'single',
        section: '经历',
        title: '是否向网格员反映过问题?',
        required: true,
        options: [
          { value: 'yes', label: '是' },
          { value: 'no', label: '否' },
        ],
      },
      {
        id: 'resolved',
        kind: 'single',
        section: '经历',
        title: '您反映的问题解决了吗?',
        required: true,
        showIf: { question: 'raised', anyOf: ['yes'] },
        options: [
          { value: 'resolved', label: '已解决' },
          { value: 'unresolved', label: '未解决' },
        ],
      },
      {
        id: 'improve',
        kind: 'multiple',
        section: '建议',
        title: '最需要改进的方面',
        max: 2,
        options: [
          { value: 'visits', label: '增加上门走访' },
          { value: 'response', label: '加快问题响应' },
          { value: 'parking', label: '解决停车难' },
        ],
      },
      { id: 'recommend', kind: 'scale', section: '建议', title: '推荐的可能性', minLabel: '完全不可能', maxLabel: '非常可能' },
      { id: 'comment', kind: 'text', section: '建议', title: '其他意见', maxLength: 20 },
    ],
    ...overrides,
  };
}

/** A server that remembers idempotency keys, like a real one: a repeated key is not stored twice. */
class FakeServer implements DataWriter {
  readonly accepted = new Map<string, SurveyResponse>();
  calls = 0;
  failures: AdapterError[] = [];

  submitSurveyResponse: DataWriter['submitSurveyResponse'] = async (response, { idempotencyKey }) => {
    this.calls++;
    const failure = this.failures.shift();
    if (failure) throw failure;
    if (!this.accepted.has(idempotencyKey)) this.accepted.set(idempotencyKey, response);
    return { code: `SV-${String(this.accepted.size).padStart(6, '0')}`, receivedAt: new Date().toISOString() };
  };
  submitSignup: DataWriter['submitSignup'] = () => Promise.reject(new AdapterError('rejected', 'not here'));
  cancelSignup: DataWriter['cancelSignup'] = () => Promise.reject(new AdapterError('rejected', 'not here'));

  get only(): SurveyResponse {
    expect(this.accepted.size, 'accepted submissions').to.equal(1);
    return [...this.accepted.values()][0]!;
  }
}

/** Each test gets its own adapter id, so outbox entries and drafts never leak between tests. */
function adapterFor(server: FakeServer, survey: unknown = surveyData()): DataAdapter {
  return { ...createStaticAdapter({ data: { surveys: [survey] }, writer: server }), id: `test:${crypto.randomUUID()}` };
}

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const q = (el: HTMLElement, id: string) => root(el).querySelector<HTMLElement>(`[data-question="${id}"]`)!;
const input = (el: HTMLElement, question: string, value: string) =>
  q(el, question).querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const choose = async (el: CwSatisfactionSurvey, question: string, value: string) => {
  input(el, question, value).click();
  await el.updateComplete;
};
const typeInto = async (el: CwSatisfactionSurvey, control: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};
const submit = async (el: CwSatisfactionSurvey) => {
  root(el).querySelector<HTMLButtonElement>('[part~="submit"], [part~="next"]')!.click();
  await el.updateComplete;
  await el.updateComplete;
};
const byLabel = (el: HTMLElement, label: string) => {
  const found = [...root(el).querySelectorAll('label')].find((l) => l.textContent!.includes(label));
  return root(el).getElementById(found!.htmlFor) as HTMLInputElement | HTMLTextAreaElement;
};

async function mount(options: { server?: FakeServer; adapter?: DataAdapter; lang?: string; elder?: boolean; paged?: boolean } = {}) {
  const adapter = options.adapter ?? adapterFor(options.server ?? new FakeServer());
  const wrapper = await fixture(html`<div lang=${options.lang ?? 'zh-Hans'}>
    <cw-satisfaction-survey .adapter=${adapter} survey="S-TEST" ?elder=${options.elder} ?paged=${options.paged}></cw-satisfaction-survey>
  </div>`);
  const el = wrapper.querySelector('cw-satisfaction-survey')!;
  await until(() => !!root(el).querySelector('form'), 'survey form');
  await el.updateComplete; // the rest of the form follows the first questions
  return el;
}

/** Answers every visible required question positively. */
async function answerRequired(el: CwSatisfactionSurvey) {
  await choose(el, 'overall', 'satisfied');
  for (const row of root(el).querySelectorAll('.matrix-row')) row.querySelector<HTMLInputElement>('input[value="very-satisfied"]')!.click();
  await el.updateComplete;
  await choose(el, 'raised', 'no');
}

async function submittedFrom(el: CwSatisfactionSurvey, server: FakeServer): Promise<SurveyResponse> {
  await submit(el);
  await until(() => !!root(el).querySelector('[part~="sent"]'), 'thank-you');
  return server.only;
}

// Test files run in parallel tabs of one origin: clean up only what this file made (its survey's drafts; outbox
// entries are kept apart by the per-test adapter id), never the whole database or storage.
afterEach(async () => {
  await closeOutboxes();
  for (const key of Object.keys(localStorage)) if (key.includes(':S-TEST:')) localStorage.removeItem(key);
});

// ---------------------------------------------------------------------------------------------------------------

describe('cw-satisfaction-survey', () => {
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    for (const elder of [false, true]) {
      it(`is accessible in ${lang}${elder ? ' in elder mode' : ''}: form, error summary with follow-up, thank-you`, async () => {
        const server = new FakeServer();
        const el = await mount({ server, lang, elder });
        await expect(el).to.be.accessible();

        await choose(el, 'overall', 'dissatisfied');
        (root(el).querySelector('[part="consent"]') as HTMLInputElement).click();
        await el.updateComplete;
        await submit(el);
        expect(root(el).querySelector('[part="error-summary"]')).to.exist;
        expect(root(el).querySelector('[part="contact"] input[type="tel"]')).to.exist;
        await expect(el).to.be.accessible();

        await answerRequired(el);
        await choose(el, 'overall', 'dissatisfied');
        await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('[part="follow-up"] textarea')!, '等了很久');
        await typeInto(el, root(el).querySelector<HTMLInputElement>('[part="contact"] input[type="tel"]')!, '13912345678');
        await submittedFrom(el, server);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('paints the first question first, then one more per frame; the buttons come last, and updateComplete waits for them', async () => {
    const wrapper = await fixture(html`<div lang="zh-Hans"></div>`);
    const el = document.createElement('cw-satisfaction-survey') as CwSatisfactionSurvey;
    el.adapter = adapterFor(new FakeServer());
    el.survey = 'S-TEST';
    const renders: { questions: number; submit: boolean }[] = [];
    // A mutation callback runs right after each render, before anything later can.
    const observer = new MutationObserver(() => {
      const form = root(el).querySelector('form');
      const questions = form?.querySelectorAll('[data-question]').length ?? 0;
      if (form && questions !== renders.at(-1)?.questions) renders.push({ questions, submit: !!form.querySelector('[part~="submit"]') });
    });
    wrapper.append(el);
    observer.observe(root(el), { childList: true, subtree: true });
    await until(() => renders.length > 0, 'first form render');
    await el.updateComplete;
    observer.disconnect();
    const total = root(el).querySelectorAll('[data-question]').length;
    expect(total).to.be.above(3);
    expect(renders.map((r) => r.questions)).to.deep.equal(Array.from({ length: total }, (_, i) => i + 1));
    expect(renders.slice(0, -1).some((r) => r.submit), 'no buttons before the last question').to.equal(false);
    expect(root(el).querySelector('[part~="submit"]')).to.exist;
  });

  it('shows the official five levels as star radios in a fieldset with a legend', async () => {
    const el = await mount();
    const group = q(el, 'overall');
    expect(group.tagName).to.equal('FIELDSET');
    expect(group.querySelector('legend')!.textContent).to.contain('整体满意度').and.contain('(必答)');
    const labels = [...group.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    const radios = group.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios.length).to.equal(5);
    expect(new Set([...radios].map((r) => r.name)).size).to.equal(1);
    expect(group.querySelectorAll('svg.meter').length).to.equal(5);
    expect(group.querySelectorAll('label:first-child .on').length, '非常满意 has five stars').to.equal(5);
  });

  it('operates the star radios with the arrow keys and submits the chosen level', async () => {
    const server = new FakeServer();
    const el = await mount({ server });
    input(el, 'overall', 'very-satisfied').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(input(el, 'overall', 'basic').checked).to.equal(true);
    expect(root(el).activeElement).to.equal(input(el, 'overall', 'basic'));
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(input(el, 'overall', 'satisfied').checked).to.equal(true);
    expect(q(el, 'overall').querySelector('.is-checked')!.textContent).to.contain('满意');

    for (const row of root(el).querySelectorAll('.matrix-row')) row.querySelector<HTMLInputElement>('input[value="basic"]')!.click();
    await choose(el, 'raised', 'no');
    const response = await submittedFrom(el, server);
    expect(response.answers.overall).to.equal('satisfied');
  });

  it('makes each matrix item its own radio group and names the items left unrated', async () => {
    const server = new FakeServer();
    const el = await mount({ server, lang: 'en' });
    const rows = [...root(el).querySelectorAll<HTMLElement>('.matrix-row')];
    expect(rows.map((r) => r.getAttribute('role'))).to.deep.equal(['radiogroup', 'radiogroup']);
    expect(rows.map((r) => root(el).getElementById(r.getAttribute('aria-labelledby')!)!.textContent)).to.deep.equal(['服务效率', '服务态度']);
    expect(new Set(rows.map((r) => r.querySelector('input')!.name)).size).to.equal(2);

    rows[0]!.querySelector<HTMLInputElement>('input[value="satisfied"]')!.click();
    await choose(el, 'overall', 'satisfied');
    await choose(el, 'raised', 'no');
    await submit(el);
    expect(q(el, 'items').querySelector('.error')!.textContent).to.contain('Rate “服务态度”');
    expect(rows[1]!.getAttribute('aria-invalid')).to.equal('true');
    expect(rows[0]!.hasAttribute('aria-invalid')).to.equal(false);

    rows[1]!.querySelector<HTMLInputElement>('input[value="very-dissatisfied"]')!.click();
    await el.updateComplete;
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('[part="follow-up"] textarea')!, 'Rude staff');
    const response = await submittedFrom(el, server);
    expect(response.answers.items).to.deep.equal({ efficiency: 'satisfied', attitude: 'very-dissatisfied' });
  });

  it('shows a question only while its showIf holds, and neither validates nor submits it when hidden', async () => {
    const server = new FakeServer();
    const el = await mount({ server });
    expect(q(el, 'resolved')).to.equal(null);
    await choose(el, 'raised', 'yes');
    expect(q(el, 'resolved')).to.exist;
    await choose(el, 'resolved', 'unresolved');
    await choose(el, 'raised', 'no');
    expect(q(el, 'resolved')).to.equal(null);

    await answerRequired(el);
    const response = await submittedFrom(el, server);
    expect(response.answers).to.have.keys(['overall', 'items', 'raised']);
  });

  it('requires a shown showIf question', async () => {
    const el = await mount();
    await answerRequired(el);
    await choose(el, 'raised', 'yes');
    await submit(el);
    expect([...root(el).querySelectorAll('[part="error-summary"] a')].map((a) => a.textContent)).to.deep.equal(['请回答“您反映的问题解决了吗?”']);
  });

  it('enforces the maximum of a multiple-choice question at once and keeps the option order', async () => {
    const server = new FakeServer();
    const el = await mount({ server });
    await choose(el, 'improve', 'parking');
    await choose(el, 'improve', 'visits');
    expect(q(el, 'improve').querySelector('.error')).to.equal(null);
    expect(q(el, 'improve').textContent).to.contain('最多选择 2 项');
    await choose(el, 'improve', 'response');
    expect(q(el, 'improve').querySelector('.error')!.textContent).to.contain('“最需要改进的方面”最多只能选择 2 项');
    await choose(el, 'improve', 'response');
    expect(q(el, 'improve').querySelector('.error')).to.equal(null);

    await answerRequired(el);
    const response = await submittedFrom(el, server);
    expect(response.answers.improve).to.deep.equal(['visits', 'parking']);
  });

  it('offers 0–10 on a scale with its anchor labels and submits a number', async () => {
    const server = new FakeServer();
    const el = await mount({ server });
    const points = [...q(el, 'recommend').querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.value);
    expect(points).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const anchors = root(el).getElementById(q(el, 'recommend').getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(anchors.textContent).to.contain('0 = 完全不可能').and.contain('10 = 非常可能');
    await choose(el, 'recommend', '8');
    await answerRequired(el);
    const response = await submittedFrom(el, server);
    expect(response.answers.recommend).to.equal(8);
  });

  it('counts characters of a text answer, announces politely after a pause, and refuses too long a text', async () => {
    const el = await mount();
    const box = q(el, 'comment').querySelector('textarea')!;
    const live = q(el, 'comment').querySelector('[aria-live="polite"]')!;
    await typeInto(el, box, '楼道灯坏了');
    expect(q(el, 'comment').querySelector('.counter')!.textContent).to.equal('还可以输入 15 字');
    expect(live.textContent).to.equal('');
    await until(() => live.textContent === '还可以输入 15 字', 'debounced announcement');

    await typeInto(el, box, '一二三四五六七八九十一二三四五六七八九十超出');
    expect(q(el, 'comment').querySelector('.counter')!.textContent).to.equal('已超出 2 字');
    await answerRequired(el);
    await submit(el);
    expect(q(el, 'comment').querySelector('.error')!.textContent).to.contain('“其他意见”不能超过 20 字');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
  });

  it('asks why after 不满意, and sends no contact without the consent', async () => {
    const server = new FakeServer();
    const el = await mount({ server });
    expect(root(el).querySelector('[part="follow-up"]')).to.equal(null);
    await answerRequired(el);
    await choose(el, 'overall', 'dissatisfied');
    const followUp = root(el).querySelector('[part="follow-up"]')!;
    expect(followUp.previousElementSibling).to.equal(q(el, 'overall'));
    const consent = followUp.querySelector<HTMLInputElement>('[part="consent"]')!;
    expect(consent.checked).to.equal(false);
    expect(followUp.textContent).to.contain('局前街社区居委会').and.contain('30 天后删除').and.contain('回访');
    expect(followUp.querySelector('input[type="tel"]'), 'no phone field before consent').to.equal(null);

    await submit(el);
    expect(text(el)).to.contain('请写明不满意的原因');
    await typeInto(el, followUp.querySelector('textarea')!, '窗口排队太久');
    const response = await submittedFrom(el, server);
    expect(response.followUp).to.deep.equal({ reason: '窗口排队太久' });
    expect(JSON.stringify(response)).not.to.match(/phone|contact/);
  });

  it('sends a normalized phone only with the consent, and drops it when the consent is withdrawn', async () => {
    const server = new FakeServer();
    const el = await mount({ server });
    await answerRequired(el);
    for (const row of root(el).querySelectorAll('.matrix-row')) row.querySelector<HTMLInputElement>('input[value="dissatisfied"]')!.click();
    await el.updateComplete;
    const followUp = root(el).querySelector('[part="follow-up"]')!;
    expect(followUp.previousElementSibling, 'block follows the matrix').to.equal(q(el, 'items'));
    await typeInto(el, followUp.querySelector('textarea')!, '态度差');

    const consent = followUp.querySelector<HTMLInputElement>('[part="consent"]')!;
    consent.click();
    await el.updateComplete;
    const phone = followUp.querySelector<HTMLInputElement>('input[type="tel"]')!;
    await typeInto(el, phone, '139 1234');
    phone.focus();
    root(el).querySelector<HTMLTextAreaElement>('[part="follow-up"] textarea')!.focus(); // leave the phone field
    await el.updateComplete;
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById(phone.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).to.contain('请填写正确的手机号码');

    consent.click();
    await el.updateComplete;
    consent.click();
    await el.updateComplete;
    expect(followUp.querySelector<HTMLInputElement>('input[type="tel"]')!.value, 'withdrawing forgets the number').to.equal('');
    await typeInto(el, followUp.querySelector<HTMLInputElement>('input[type="tel"]')!, '+86 139-1234-5678');
    await typeInto(el, byLabel(el, '称呼(可选)'), '王女士');
    const response = await submittedFrom(el, server);
    expect(response.followUp!.reason).to.equal('态度差');
    expect(response.followUp!.contact).to.deep.include({ phone: '13912345678', name: '王女士' });
    expect(response.followUp!.contact!.consent.version).to.be.a('string').and.not.be.empty;
    expect(Date.parse(response.followUp!.contact!.consent.at)).to.be.closeTo(Date.now(), 60_000);
    expect(text(el)).to.contain('工作人员会通过您留下的电话与您联系回访');
  });

  it('summarizes problems at the top; each link moves focus to its field; inline errors are described and invalid', async () => {
    const el = await mount({ lang: 'en' });
    await submit(el);
    const summary = root(el).querySelector<HTMLElement>('[part="error-summary"]')!;
    expect(summary.querySelector('[role="alert"]')).to.exist;
    expect(summary.textContent).to.contain('There is a problem');
    expect(root(el).activeElement).to.equal(summary);
    expect(summary.compareDocumentPosition(q(el, 'overall')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Answer “整体满意度”',
      'Rate “服务效率”, “服务态度”',
      'Answer “是否向网格员反映过问题?”',
    ]);

    links[2]!.click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(input(el, 'raised', 'yes'));
    links[1]!.click();
    expect(root(el).activeElement!.closest('.matrix-row')!.getAttribute('aria-labelledby')).to.exist;

    const overall = q(el, 'overall');
    expect(overall.getAttribute('aria-invalid')).to.equal('true');
    const errorId = overall.getAttribute('aria-describedby')!;
    expect(root(el).getElementById(errorId)!.textContent).to.equal('Error: Answer “整体满意度”');

    await choose(el, 'overall', 'satisfied');
    expect(overall.hasAttribute('aria-invalid'), 'fixed answer clears its error').to.equal(false);
    expect(summary.querySelectorAll('a').length).to.equal(2);
  });

  it('validates a touched field on blur, but not one the resident only tabbed past', async () => {
    const el = await mount();
    input(el, 'raised', 'yes').focus();
    input(el, 'recommend', '0').focus();
    await el.updateComplete;
    expect(q(el, 'raised').querySelector('.error'), 'tabbing past is not an error').to.equal(null);

    const box = q(el, 'comment').querySelector('textarea')!;
    box.focus();
    await typeInto(el, box, '一二三四五六七八九十一二三四五六七八九十超');
    input(el, 'recommend', '0').focus();
    await el.updateComplete;
    expect(q(el, 'comment').querySelector('.error')!.textContent).to.contain('不能超过 20 字');
  });

  it('follows the page language in validation messages', async () => {
    const el = await mount({ lang: 'zh-Hant' });
    await submit(el);
    expect(root(el).querySelector('[part="error-summary"]')!.textContent).to.contain('請修改以下問題').and.contain('請回答「整體滿意度」');
    el.parentElement!.setAttribute('lang', 'en');
    await until(() => text(el).includes('There is a problem'), 'English summary');
  });

  it('keeps answers and the outcome when the portal switches to 繁體 (data shown in Traditional)', async () => {
    const server = new FakeServer();
    const el = await mount({ server });
    await answerRequired(el);
    await choose(el, 'overall', 'dissatisfied');
    el.parentElement!.setAttribute('lang', 'zh-TW');
    await until(() => text(el).includes('整體滿意度'), 'data in Traditional');
    expect(input(el, 'overall', 'dissatisfied').checked).to.equal(true);
    expect(root(el).querySelector('[part="follow-up"]')).to.exist;
    await typeInto(el, root(el).querySelector<HTMLTextAreaElement>('[part="follow-up"] textarea')!, '太慢');
    await submittedFrom(el, server);
    el.parentElement!.setAttribute('lang', 'zh-Hans');
    await until(() => text(el).includes('感谢您的评价'), 'thank-you in Simplified');
  });

  it('pages through sections with progress, per-step validation and focus on the step heading', async () => {
    const server = new FakeServer();
    const el = await mount({ server, paged: true });
    const progress = () => root(el).querySelector('[part="progress"] .progress-text')!.textContent;
    expect(progress()).to.equal('第 1 步,共 3 步');
    expect(root(el).querySelector('.step-title')!.textContent!.trim()).to.equal('评价');
    expect(q(el, 'raised'), 'later steps are not shown').to.equal(null);
    expect(root(el).querySelector('[part~="submit"]')).to.equal(null);

    await submit(el); // "next" with nothing answered
    expect(progress()).to.equal('第 1 步,共 3 步');
    const links = [...root(el).querySelectorAll('[part="error-summary"] a')].map((a) => a.textContent);
    expect(links).to.have.length(2);

    await choose(el, 'overall', 'very-satisfied');
    for (const row of root(el).querySelectorAll('.matrix-row')) row.querySelector<HTMLInputElement>('input[value="satisfied"]')!.click();
    await el.updateComplete;
    await submit(el);
    await until(() => progress() === '第 2 步,共 3 步', 'step 2');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.step-title'));
    expect(root(el).querySelector('.step-title')!.textContent!.trim()).to.equal('经历');
    expect(root(el).querySelector('[part="error-summary"]')).to.equal(null);

    root(el).querySelector<HTMLButtonElement>('[part="back"]')!.click();
    await until(() => progress() === '第 1 步,共 3 步', 'back to step 1');
    expect(input(el, 'overall', 'very-satisfied').checked, 'answers survive going back').to.equal(true);
    await submit(el);
    await until(() => progress() === '第 2 步,共 3 步', 'step 2 again');
    await choose(el, 'raised', 'no');
    await submit(el);
    await until(() => progress() === '第 3 步,共 3 步', 'step 3');
    expect(root(el).querySelector('[part~="submit"]')).to.exist;
    const response = await submittedFrom(el, server);
    expect(response.answers).to.deep.equal({ overall: 'very-satisfied', items: { efficiency: 'satisfied', attitude: 'satisfied' }, raised: 'no' });
  });

  it('thanks the resident with the receipt code and a safe results link, and tells listeners', async () => {
    const server = new FakeServer();
    const el = await mount({ server });
    await answerRequired(el);
    const event = oneEvent(el, 'cw-survey-submitted');
    await submit(el);
    const { detail } = await event;
    expect(detail).to.have.keys(['surveyId', 'key', 'receiptCode']);
    expect(detail).to.deep.include({ surveyId: 'S-TEST', receiptCode: 'SV-000001' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="receipt"]')!.textContent).to.equal('SV-000001');
    expect(root(el).querySelector<HTMLAnchorElement>('[part="results-link"]')!.href).to.equal('https://www.cztn.gov.cn/results');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.outcome-title'));
  });

  it('refuses a javascript: results link', async () => {
    const server = new FakeServer();
    const el = await mount({ server, adapter: adapterFor(server, surveyData({ resultsUrl: 'javascript:alert(1)' })) });
    await answerRequired(el);
    await submittedFrom(el, server);
    expect(root(el).querySelector('[part="results-link"]')).to.equal(null);
  });

  it('says when a survey has closed or is not open yet, instead of showing questions', async () => {
    const closed = adapterFor(new FakeServer(), surveyData({ closesAt: '2020-01-31T23:59:59+08:00' }));
    const wrapper = await fixture(html`<div lang="zh-Hans"><cw-satisfaction-survey .adapter=${closed} survey="S-TEST"></cw-satisfaction-survey></div>`);
    const el = wrapper.firstElementChild as CwSatisfactionSurvey;
    await until(() => !!root(el).querySelector('[part~="empty"]'), 'closed notice');
    expect(text(el)).to.contain('本次调查已于 2020年1月31日 结束');
    expect(root(el).querySelector('form')).to.equal(null);

    const future = adapterFor(new FakeServer(), surveyData({ opensAt: '2099-03-01T00:00:00+08:00' }));
    const later = await fixture<CwSatisfactionSurvey>(html`<cw-satisfaction-survey lang="en" .adapter=${future} survey="S-TEST"></cw-satisfaction-survey>`);
    await until(() => !!root(later).querySelector('[part~="empty"]'), 'not-open notice');
    expect(text(later)).to.contain('This survey opens on 1 March 2099');
  });

  it('shows not-configured, loading, and a load error with a retry that works', async () => {
    const bare = await fixture<CwSatisfactionSurvey>(html`<cw-satisfaction-survey></cw-satisfaction-survey>`);
    expect(root(bare).querySelector('[part~="not-configured"]')).to.exist;
    expect(text(bare)).to.contain('survey="问卷编号"');

    const never: DataAdapter = { ...adapterFor(new FakeServer()), getSurvey: () => new Promise(() => {}) };
    const loading = await fixture<CwSatisfactionSurvey>(html`<cw-satisfaction-survey .adapter=${never} survey="S-TEST"></cw-satisfaction-survey>`);
    expect(root(loading).querySelector('[part~="loading"]')).to.exist;

    let healthy = false;
    const inner = adapterFor(new FakeServer());
    const flaky: DataAdapter = { ...inner, getSurvey: (id, o) => (healthy ? inner.getSurvey(id, o) : Promise.reject(new AdapterError('network', 'down'))) };
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await fixture<CwSatisfactionSurvey>(html`<cw-satisfaction-survey .adapter=${flaky} survey="S-TEST"></cw-satisfaction-survey>`);
      await until(() => !!root(el).querySelector('[part~="error"]'), 'error state');
      expect(text(el)).to.contain('网络连接失败');
      healthy = true;
      root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await until(() => !!root(el).querySelector('form'), 'form after retry');
      await el.updateComplete; // the rest of the form follows the first questions
    } finally {
      console.warn = warn;
    }
  });

  it('renders hostile survey text as inert text', async () => {
    (window as unknown as { __pwned?: number }).__pwned = undefined;
    const hostile = surveyData({ title: '<img src=x onerror="window.__pwned=1">', intro: '<script>window.__pwned=1</script>' });
    (hostile.questions as { title: string }[])[0]!.title = '<b onmouseover=alert(1)>bold</b>';
    const el = await mount({ adapter: adapterFor(new FakeServer(), hostile) });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(root(el).querySelector('img, script, b')).to.equal(null);
    expect(text(el)).to.contain('<img src=x onerror=');
  });

  it('meets elder-mode sizes: star options at least 60×60 and text ≥ 18pt', async () => {
    const el = await mount({ elder: true });
    expect(el.hasAttribute('data-cw-elder')).to.equal(true);
    expect(parseFloat(getComputedStyle(el).fontSize)).to.be.at.least(24);
    const targets = [
      ...root(el).querySelectorAll<HTMLElement>('.star, .scale-point, .matrix-cell, .choice, button'),
    ];
    expect(targets.length).to.be.greaterThan(20);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.textContent!).to.be.at.least(60);
      expect(box.height, target.textContent!).to.be.at.least(60);
    }
  });

  it('fits a 320 px column: nothing overflows sideways and the matrix stacks', async () => {
    for (const elder of [false, true]) {
      const wrapper = await fixture(html`<div style="width: 320px" lang="zh-Hans">
        <cw-satisfaction-survey .adapter=${adapterFor(new FakeServer())} survey="S-TEST" ?elder=${elder}></cw-satisfaction-survey>
      </div>`);
      const el = wrapper.firstElementChild as CwSatisfactionSurvey;
      await until(() => !!root(el).querySelector('form'), 'form');
      await el.updateComplete; // the rest of the form follows the first questions
      const form = root(el).querySelector('form')!;
      expect(form.scrollWidth, `elder=${elder}`).to.be.at.most(form.clientWidth + 1);
      expect(getComputedStyle(root(el).querySelector('.matrix-head')!).display).to.equal('none');
    }
  });
});
