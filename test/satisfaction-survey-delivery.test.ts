import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/elements/satisfaction-survey/satisfaction-survey.js';
import type { CwSatisfactionSurvey } from '../src/elements/satisfaction-survey/satisfaction-survey.js';
import { AdapterError } from '../src/adapters/adapter-error.js';
import type { DataAdapter, DataWriter } from '../src/adapters/data-adapter.js';
import { createStaticAdapter } from '../src/adapters/static-adapter.js';
import { closeOutboxes, outboxFor } from '../src/core/outbox-registry.js';
import type { SurveyResponse } from '../src/model/index.js';
import { until } from './helpers/fixtures.js';
import { leavingAsks, withoutIndexedDb } from './helpers/storage.js';

// Given a resident on a flaky network, when they submit, their answers are delivered exactly once.

const SURVEY = {
  id: 'S-HCP',
  version: '3',
  title: '社区服务“好差评”',
  questions: [
    { id: 'overall', kind: 'rating5', title: '整体满意度', required: true },
    { id: 'comment', kind: 'text', title: '其他意见和建议', maxLength: 500 },
  ],
};

/** Remembers idempotency keys like a real server; fails the next calls with `failures`; may hold answers back. */
class FakeServer implements DataWriter {
  readonly accepted = new Map<string, SurveyResponse>();
  readonly keys: string[] = [];
  failures: AdapterError[] = [];
  gate: Promise<void> | undefined;

  submitSurveyResponse: DataWriter['submitSurveyResponse'] = async (response, { idempotencyKey }) => {
    this.keys.push(idempotencyKey);
    await this.gate;
    const failure = this.failures.shift();
    if (failure) throw failure;
    if (!this.accepted.has(idempotencyKey)) this.accepted.set(idempotencyKey, response);
    return { code: `SV-${this.accepted.size}`, receivedAt: new Date().toISOString() };
  };
  submitSignup: DataWriter['submitSignup'] = () => Promise.reject(new AdapterError('rejected', 'not here'));
  cancelSignup: DataWriter['cancelSignup'] = () => Promise.reject(new AdapterError('rejected', 'not here'));
}

const down = () => new AdapterError('network', 'Failed to fetch');

let adapterId: string;
/** A page's adapter: a reload makes a new object with the same id, which is what the outbox keys entries by. */
const pageAdapter = (server: FakeServer): DataAdapter => ({ ...createStaticAdapter({ data: { surveys: [SURVEY] }, writer: server }), id: adapterId });

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement) => root(el).textContent!.replace(/\s+/g, ' ');
const star = (el: HTMLElement, level: string) => root(el).querySelector<HTMLInputElement>(`[data-question="overall"] input[value="${level}"]`)!;
const comment = (el: HTMLElement) => root(el).querySelector<HTMLTextAreaElement>('[data-question="comment"] textarea')!;
const submitButton = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('[part~="submit"]')!;
const shows = (el: HTMLElement, outcome: 'sent' | 'queued' | 'failed') => () => !!root(el).querySelector(`[part~="${outcome}"]`);

async function mount(adapter: DataAdapter, lang = 'zh-Hans'): Promise<CwSatisfactionSurvey> {
  const el = await fixture<CwSatisfactionSurvey>(html`<cw-satisfaction-survey lang=${lang} .adapter=${adapter} survey="S-HCP"></cw-satisfaction-survey>`);
  await until(() => !!root(el).querySelector('form, [part~="outcome"]') && !root(el).querySelector('[part~="loading"]'), 'survey or outcome');
  await el.updateComplete; // the rest of the form follows the first questions
  return el;
}

async function fillIn(el: CwSatisfactionSurvey, comment_ = '办事很快') {
  star(el, 'satisfied').click();
  comment(el).value = comment_;
  comment(el).dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** What a reload does to this page: the element goes, the page's outboxes close. */
async function unload(el: HTMLElement) {
  el.remove();
  await closeOutboxes();
}

beforeEach(() => {
  adapterId = `test:${crypto.randomUUID()}`;
});

const clearDrafts = () => {
  for (const key of Object.keys(localStorage)) if (key.includes(':S-HCP:')) localStorage.removeItem(key);
};

// Test files run in parallel tabs of one origin: clean up only what this file made (its survey's drafts; outbox
// entries are kept apart by the per-test adapter id), never the whole database or storage.
afterEach(async () => {
  await closeOutboxes();
  clearDrafts();
});

describe('cw-satisfaction-survey delivery', () => {
  it('is accessible while the answers are saved on the device, and when they failed', async () => {
    const server = new FakeServer();
    server.failures = [down()];
    for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
      clearDrafts(); // a fresh form each time, not the previous language's queued answers
      const el = await mount(pageAdapter(server), lang);
      await fillIn(el);
      server.failures = [down()];
      submitButton(el).click();
      await until(shows(el, 'queued'), 'queued');
      await expect(el).to.be.accessible();
      el.remove();
    }
    server.failures = [new AdapterError('rejected', 'Survey closed', { status: 422 })];
    const el = await mount(pageAdapter(server), 'en');
    await until(shows(el, 'queued'), 'queued from earlier');
    el.elder = true;
    root(el).querySelector<HTMLButtonElement>('[part="send-now"]')!.click();
    await until(shows(el, 'failed'), 'failed');
    await expect(el).to.be.accessible();
  });

  it('restores a draft in a re-created element, without the phone number', async () => {
    const server = new FakeServer();
    const first = await mount(pageAdapter(server));
    star(first, 'very-dissatisfied').click();
    await first.updateComplete;
    const reason = root(first).querySelector<HTMLTextAreaElement>('[part="follow-up"] textarea')!;
    reason.value = '等待时间太长';
    reason.dispatchEvent(new Event('input'));
    root(first).querySelector<HTMLInputElement>('[part="consent"]')!.click();
    await first.updateComplete;
    const phone = root(first).querySelector<HTMLInputElement>('input[type="tel"]')!;
    phone.value = '13912345678';
    phone.dispatchEvent(new Event('input'));
    await fillIn(first, '窗口少');
    star(first, 'very-dissatisfied').click();
    await first.updateComplete;
    await until(() => Object.keys(localStorage).some((k) => k.startsWith('cw-survey-draft:S-HCP:3')), 'debounced draft save');
    first.remove();

    const stored = Object.values(localStorage).join('\n');
    expect(stored).to.contain('等待时间太长').and.contain('窗口少');
    expect(stored).not.to.contain('13912345678');

    const again = await mount(pageAdapter(server));
    expect(star(again, 'very-dissatisfied').checked).to.equal(true);
    expect(comment(again).value).to.equal('窗口少');
    expect(root(again).querySelector<HTMLTextAreaElement>('[part="follow-up"] textarea')!.value).to.equal('等待时间太长');
    expect(root(again).querySelector<HTMLInputElement>('[part="consent"]')!.checked, 'consent is asked again').to.equal(false);
  });

  it('keeps drafts apart per survey version', async () => {
    const server = new FakeServer();
    const first = await mount(pageAdapter(server));
    await fillIn(first);
    first.remove(); // flushes the draft
    const v4 = { ...createStaticAdapter({ data: { surveys: [{ ...SURVEY, version: '4' }] }, writer: server }), id: adapterId };
    const el = await mount(v4);
    expect(star(el, 'satisfied').checked).to.equal(false);
  });

  it('clears the draft once the answers are sent', async () => {
    const server = new FakeServer();
    const el = await mount(pageAdapter(server));
    await fillIn(el);
    submitButton(el).click();
    await until(shows(el, 'sent'), 'sent');
    await new Promise((r) => setTimeout(r, 500)); // past the draft debounce
    expect(Object.keys(localStorage).filter((k) => k.includes(':S-HCP:'))).to.deep.equal([]);
    el.remove();
    const again = await mount(pageAdapter(server));
    expect(root(again).querySelector('form')).to.exist;
    expect(star(again, 'satisfied').checked).to.equal(false);
  });

  it('queues on a dead network, says so, and flips to sent when the outbox gets through: exactly one record', async () => {
    const server = new FakeServer();
    server.failures = [down(), down(), down()];
    const el = await mount(pageAdapter(server));
    await fillIn(el);
    const queued = oneEvent(el, 'cw-survey-queued');
    submitButton(el).click();
    const { detail } = await queued;
    expect(detail).to.have.keys(['surveyId', 'key', 'reason']);
    expect(detail).to.deep.include({ surveyId: 'S-HCP', reason: 'network' });
    await until(shows(el, 'queued'), 'queued message');
    expect(text(el)).to.contain('答案已保存在本设备上').and.contain('网络恢复后会自动提交');
    expect(root(el).activeElement).to.equal(root(el).querySelector('.outcome-title'));
    expect(leavingAsks(), 'stored on the device: the page may be closed').to.equal(false);

    window.dispatchEvent(new Event('online')); // fails again (2nd)
    await until(() => server.keys.length === 2, 'second attempt');
    root(el).querySelector<HTMLButtonElement>('[part="send-now"]')!.click(); // fails again (3rd)
    await until(() => server.keys.length === 3, 'third attempt');
    expect(root(el).querySelector('[part~="queued"]')).to.exist;

    const sent = oneEvent(el, 'cw-survey-submitted');
    window.dispatchEvent(new Event('online')); // the network is back
    expect((await sent).detail).to.deep.include({ surveyId: 'S-HCP', key: detail.key, receiptCode: 'SV-1' });
    await until(shows(el, 'sent'), 'thank-you');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('感谢您的评价');
    expect(server.accepted.size).to.equal(1);
    expect(new Set(server.keys)).to.deep.equal(new Set([detail.key]));
    expect([...server.accepted.values()][0]!.answers).to.deep.equal({ overall: 'satisfied', comment: '办事很快' });
  });

  it('delivers once after a reload mid-queue, and the new page shows it as sent', async () => {
    const server = new FakeServer();
    server.failures = [down()];
    const el = await mount(pageAdapter(server));
    await fillIn(el);
    submitButton(el).click();
    await until(shows(el, 'queued'), 'queued');
    const key = server.keys[0]!;
    await unload(el);

    server.failures = [];
    const reloaded = await mount(pageAdapter(server)); // a new outbox starts and flushes what was left
    // Sent as soon as the first failure's backoff (1–2 s after it) has passed: a reload does not skip it.
    await until(shows(reloaded, 'sent'), 'sent after reload', 5000);
    expect(root(reloaded).querySelector('[part="receipt"]')!.textContent).to.equal('SV-1');
    expect(server.accepted.size).to.equal(1);
    expect(server.keys.every((k) => k === key)).to.equal(true);
    expect(await outboxFor(pageAdapter(server)).pending()).to.deep.equal([]);
  });

  it('shows the queued state after a reload while the network is still down', async () => {
    const server = new FakeServer();
    server.failures = [down(), down(), down()];
    const el = await mount(pageAdapter(server));
    await fillIn(el);
    submitButton(el).click();
    await until(shows(el, 'queued'), 'queued');
    await unload(el);
    const reloaded = await mount(pageAdapter(server));
    await until(shows(reloaded, 'queued'), 'still queued after reload');
    expect(root(reloaded).querySelector('form')).to.equal(null);
  });

  it('submits once on a double click: the button is disabled and the key is reused', async () => {
    const server = new FakeServer();
    let open!: () => void;
    server.gate = new Promise((resolve) => (open = resolve));
    const el = await mount(pageAdapter(server));
    await fillIn(el);
    const button = submitButton(el);
    button.click();
    button.click();
    await el.updateComplete;
    expect(button.disabled).to.equal(true);
    expect(text(el)).to.contain('正在提交');
    button.dispatchEvent(new Event('click')); // a click that ignores `disabled`
    root(el).querySelector('form')!.requestSubmit();
    await new Promise((r) => setTimeout(r, 100));
    open();
    await until(shows(el, 'sent'), 'sent');
    expect(server.keys).to.have.length(1);
    expect(server.accepted.size).to.equal(1);
  });

  it('offers retry or discard when the server refuses; discarding returns to the answers with a new key', async () => {
    const server = new FakeServer();
    server.failures = [new AdapterError('rejected', 'Bad answer', { status: 422 })];
    const el = await mount(pageAdapter(server), 'en');
    await fillIn(el);
    const failed: CustomEvent[] = [];
    el.addEventListener('cw-survey-failed', (event) => failed.push(event));
    submitButton(el).click();
    await until(shows(el, 'failed'), 'failed');
    expect(text(el)).to.contain('Your answers were not accepted').and.contain('The request was not accepted.');
    const firstKey = server.keys[0]!;
    expect(failed.map((e) => e.detail)).to.deep.equal([{ surveyId: 'S-HCP', key: firstKey, code: 'rejected' }]);

    root(el).querySelector<HTMLButtonElement>('[part="discard"]')!.click();
    await until(() => !!root(el).querySelector('form'), 'form again');
    await el.updateComplete; // the rest of the form follows the first questions
    expect(star(el, 'satisfied').checked).to.equal(true);
    expect(comment(el).value).to.equal('办事很快');
    expect(await outboxFor(pageAdapter(server)).get(firstKey)).to.equal(undefined);

    submitButton(el).click();
    await until(shows(el, 'sent'), 'sent');
    expect(server.keys).to.have.length(2);
    expect(server.keys[1]).not.to.equal(firstKey);
    expect(server.accepted.size).to.equal(1);
  });

  it('sends a refused submission again with the same key when the resident retries', async () => {
    const server = new FakeServer();
    server.failures = [new AdapterError('rejected', 'Try later', { status: 409 })];
    const el = await mount(pageAdapter(server));
    await fillIn(el);
    submitButton(el).click();
    await until(shows(el, 'failed'), 'failed');
    root(el).querySelector<HTMLButtonElement>('[part="retry-submit"]')!.click();
    await until(shows(el, 'sent'), 'sent');
    expect(server.keys).to.have.length(2);
    expect(server.keys[0]).to.equal(server.keys[1]);
    expect(server.accepted.size).to.equal(1);
  });

  it('sends directly, once and with its key, when the device cannot store the answers', async () => {
    const restore = withoutIndexedDb();
    try {
      const server = new FakeServer();
      const el = await mount(pageAdapter(server));
      await fillIn(el);
      const sent = oneEvent(el, 'cw-survey-submitted');
      submitButton(el).click();
      submitButton(el).click();
      const { detail } = await sent;
      await until(shows(el, 'sent'), 'thank-you');
      expect(text(el)).to.contain('SV-1');
      expect(server.keys).to.deep.equal([detail.key]);
    } finally {
      restore();
    }
  });

  it('without storage and offline: says the answers are not saved yet, and sends them when the network is back', async () => {
    const restore = withoutIndexedDb();
    try {
      const server = new FakeServer();
      server.failures = [down()];
      const el = await mount(pageAdapter(server));
      await fillIn(el);
      submitButton(el).click();
      await until(shows(el, 'failed'), 'failed');
      expect(text(el)).to.contain('答案尚未提交').and.contain('网络连接失败').and.contain('尚未保存到本设备上').and.contain('网络恢复后会自动重新提交');
      expect(root(el).activeElement).to.equal(root(el).querySelector('.outcome-title'));
      expect(leavingAsks(), 'leaving the page asks while the answers exist only in it').to.equal(true);
      for (const lang of ['zh-Hant', 'en']) {
        el.lang = lang;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
      expect(text(el)).to.contain('Your answers have not been sent yet').and.contain('not yet saved on this device');

      const sent = oneEvent(el, 'cw-survey-submitted');
      window.dispatchEvent(new Event('online'));
      const { detail } = await sent;
      await until(shows(el, 'sent'), 'thank-you');
      expect(leavingAsks(), 'nothing is at stake once sent').to.equal(false);
      expect(server.keys).to.deep.equal([detail.key, detail.key]);
      expect(server.accepted.size).to.equal(1);
      expect([...server.accepted.values()][0]!.answers).to.deep.equal({ overall: 'satisfied', comment: '办事很快' });
    } finally {
      restore();
    }
  });

  it('says so when a site without an endpoint meets a device that cannot keep the answers', async () => {
    const restore = withoutIndexedDb();
    try {
      const noEndpoint = { ...createStaticAdapter({ data: { surveys: [SURVEY] } }), id: adapterId };
      const el = await mount(noEndpoint);
      await fillIn(el);
      submitButton(el).click();
      await until(shows(el, 'failed'), 'failed');
      expect(text(el)).to.contain('网站尚未开通在线提交,答案暂时也未能保存在本设备上').and.not.contain('尚未配置数据来源');
      await expect(el).to.be.accessible();
      expect(leavingAsks()).to.equal(true);
      el.remove(); // the survey gone from the page: nothing of it to keep
      expect(leavingAsks()).to.equal(false);
    } finally {
      restore();
    }
  });
});
