import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/satisfaction-survey/satisfaction-survey.js';
import type { CwSatisfactionSurvey } from '../src/elements/satisfaction-survey/satisfaction-survey.js';
import { AdapterError } from '../src/adapters/adapter-error.js';
import type { DataAdapter, DataWriter } from '../src/adapters/data-adapter.js';
import { receiptCode } from '../src/adapters/receipt-code.js';
import { createStaticAdapter } from '../src/adapters/static-adapter.js';
import * as v from 'valibot';
import { surveyFallbackHtml } from '../src/elements/satisfaction-survey/fallback/survey-fallback-html.js';
import { SurveySchema } from '../src/model/survey.js';
import fallbackStyles from '../src/themes/survey-fallback.css?inline';
import { withoutIndexedDb } from '../test/helpers/storage.js';

// ---------------------------------------------------------------------------------------------------------------
// Inline fixtures: the two surveys of the Tianning demo data.

/** 政务服务“好差评” for a community service centre (offline indicators, GB/T 39735-2020). */
const HCP = {
  id: 'S-HCP-2026',
  version: '1',
  title: '社区服务“好差评”',
  intro: '请对您最近一次在社区党群服务中心办理的事项作出评价。评价为“不满意”或“非常不满意”的,社区将在 15 个工作日内回访整改。',
  followUpPolicy: { receiver: '天宁区社区服务中心', retentionDays: 90 },
  questions: [
    { id: 'overall', kind: 'rating5', title: '整体满意度', required: true, followUp: true },
    {
      id: 'items',
      kind: 'rating-matrix',
      title: '请对以下服务事项作出评价',
      required: true,
      followUp: true,
      items: [
        { value: 'efficiency', label: '服务效率' },
        { value: 'quality', label: '服务水平' },
        { value: 'attitude', label: '服务态度' },
      ],
    },
    { id: 'comment', kind: 'text', title: '其他意见和建议', help: '请勿填写身份证号等个人信息。', maxLength: 500, multiline: true },
  ],
  opensAt: '2026-01-01T00:00:00+08:00',
  closesAt: '2099-12-31T23:59:59+08:00',
};

const option = (value: string, label: string) => ({ value, label });

/** The longer grid-work survey (网格化服务管理群众满意度调查), in three sections. */
const GRID = {
  id: 'S-GRID-2026',
  version: '1',
  title: '天宁区网格化服务管理群众满意度调查',
  intro: '为了解居民对网格化服务管理工作的评价,改进网格服务,特开展本次调查。问卷匿名填写,约需 3 分钟,结果将在区政府网站“结果反馈”栏目公布。',
  resultsUrl: 'https://www.cztn.gov.cn/',
  questions: [
    { id: 'age', kind: 'single', section: '基本情况', title: '您的年龄', options: [option('under-18', '18 岁以下'), option('18-35', '18—35 岁'), option('36-59', '36—59 岁'), option('60-plus', '60 岁及以上')] },
    { id: 'residence', kind: 'single', section: '基本情况', title: '您在本社区居住了多久?', options: [option('lt-1', '不到 1 年'), option('1-5', '1—5 年'), option('gt-5', '5 年以上')] },
    { id: 'know-leader', kind: 'single', section: '基本情况', title: '您知道您所在网格的网格长是谁吗?', required: true, options: [option('know-contact', '知道,并有联系方式'), option('know-name', '只知道姓名'), option('no', '不知道')] },
    { id: 'visits', kind: 'single', section: '网格服务', title: '网格员上门走访您家的频率', required: true, options: [option('often', '经常'), option('sometimes', '偶尔'), option('rarely', '几乎不'), option('never', '从来没有')] },
    { id: 'raised', kind: 'single', section: '网格服务', title: '过去一年,您是否向网格员反映过问题或诉求?', required: true, options: [option('yes', '是'), option('no', '否')] },
    {
      id: 'resolved',
      kind: 'single',
      section: '网格服务',
      title: '您反映的问题解决了吗?',
      required: true,
      showIf: { question: 'raised', anyOf: ['yes'] },
      options: [option('resolved', '已解决'), option('in-progress', '正在解决'), option('explained', '未解决,但作了解释'), option('unresolved', '未解决')],
    },
    { id: 'effect', kind: 'rating5', section: '网格服务', title: '您对本网格服务管理工作效果的总体评价', required: true, followUp: true },
    {
      id: 'improve',
      kind: 'multiple',
      section: '评价与建议',
      title: '您认为网格服务最需要改进的方面(最多选 3 项)',
      min: 1,
      max: 3,
      options: [
        option('visits', '增加上门走访'),
        option('response', '加快问题响应'),
        option('elderly', '加强老人、残疾人等特殊群体关爱'),
        option('safety', '加强治安和安全隐患巡查'),
        option('environment', '改善环境卫生和垃圾分类'),
        option('parking', '解决停车难'),
      ],
    },
    { id: 'recommend', kind: 'scale', section: '评价与建议', title: '您有多大可能向亲友推荐通过网格员办事?', minLabel: '完全不可能', maxLabel: '非常可能' },
    { id: 'suggestions', kind: 'text', section: '评价与建议', title: '您对网格化服务管理还有哪些意见和建议?', maxLength: 300 },
  ],
};

type Definition = typeof HCP | typeof GRID;
type Backend = 'accepts' | 'offline' | 'refuses' | 'hangs' | 'not-configured';

/** Servers that show each outcome. None makes a request: stories need no server. */
function writer(backend: Backend): DataWriter | undefined {
  const no = () => Promise.reject(new AdapterError('rejected', 'not used here'));
  const answer: Record<Backend, DataWriter['submitSurveyResponse'] | undefined> = {
    accepts: async () => ({ code: receiptCode('SV'), receivedAt: new Date().toISOString() }),
    offline: () => Promise.reject(new AdapterError('network', 'Failed to fetch')),
    refuses: () => Promise.reject(new AdapterError('rejected', 'The survey has closed', { status: 422 })),
    hangs: () => new Promise(() => {}),
    'not-configured': undefined,
  };
  const submit = answer[backend];
  return submit && { submitSurveyResponse: submit, submitSignup: no, cancelSignup: no };
}

/**
 * Each story gets its own survey id and adapter id: drafts and queued answers are kept per survey and adapter,
 * so one story's saved answers never show up in another.
 */
function adapter(survey: Definition, story: string, backend: Backend = 'accepts'): DataAdapter {
  const data = { surveys: [{ ...survey, id: `${survey.id}.${story}` }] };
  return { ...createStaticAdapter({ data, writer: writer(backend) }), id: `story:${story}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Driving the form like a resident, for the states that follow an action.

type Canvas = { canvasElement: HTMLElement };

/** Waits (up to 2 s) until the widget shows `selector`. */
async function shown(el: CwSatisfactionSurvey, selector: string): Promise<void> {
  for (let i = 0; i < 100 && !(el.shadowRoot ?? el).querySelector(selector); i++) await new Promise((r) => setTimeout(r, 20));
}

async function survey(canvasElement: HTMLElement): Promise<CwSatisfactionSurvey> {
  const el = canvasElement.querySelector('cw-satisfaction-survey')!;
  await shown(el, 'form');
  await el.updateComplete; // the questions after the first come one per frame
  return el;
}

async function pick(el: CwSatisfactionSurvey, question: string, value: string, row = 0): Promise<void> {
  const group = (el.shadowRoot ?? el).querySelector(`[data-question="${question}"]`)!;
  const scope = group.querySelectorAll('.matrix-row')[row] ?? group;
  scope.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  await el.updateComplete;
}

async function rateAll(el: CwSatisfactionSurvey, level: string): Promise<void> {
  await pick(el, 'overall', level);
  for (const row of [0, 1, 2]) await pick(el, 'items', 'satisfied', row);
}

async function press(el: CwSatisfactionSurvey, part: string): Promise<void> {
  (el.shadowRoot ?? el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!.click();
  await el.updateComplete;
}

async function fill(el: CwSatisfactionSurvey, selector: string, value: string): Promise<void> {
  const field = (el.shadowRoot ?? el).querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Answers the 好差评 survey with a bad review, a reason and a consented call-back number. */
async function badReview(el: CwSatisfactionSurvey, withContact: boolean): Promise<void> {
  await rateAll(el, 'dissatisfied');
  await fill(el, '[part="follow-up"] textarea', '排队等了一个多小时,窗口只开了一个。');
  if (!withContact) return;
  await press(el, 'consent');
  await fill(el, '[part="contact"] input[type="tel"]', '139 1234 5678');
}

// ---------------------------------------------------------------------------------------------------------------

interface Args {
  survey: Definition;
  story: string;
  backend: Backend;
  paged: boolean;
  elder: boolean;
}

/**
 * 群众满意: the 好差评 five levels as star radios, rating matrices, choices, scales and text, with `showIf`.
 * A 不满意 answer asks why and offers a call back (回访) behind its own consent. Answers are kept on the device
 * while typing and submitted through the outbox, so they are never lost nor sent twice. Use the toolbar for
 * locale and 长者模式.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Satisfaction survey',
  component: 'cw-satisfaction-survey',
  args: { survey: HCP, story: 'ready', backend: 'accepts', paged: false, elder: false },
  argTypes: { survey: { table: { disable: true } }, story: { table: { disable: true } }, backend: { control: 'select', options: ['accepts', 'offline', 'refuses', 'hangs', 'not-configured'] } },
  render: ({ survey: definition, story, backend, paged, elder }) =>
    html`<cw-satisfaction-survey
      .adapter=${adapter(definition, story, backend)}
      survey="${definition.id}.${story}"
      ?paged=${paged}
      ?elder=${elder}
    ></cw-satisfaction-survey>`,
  parameters: { docs: { source: { code: '<cw-satisfaction-survey survey="S-HCP-2026"></cw-satisfaction-survey>' } } },
};
export default meta;

type Story = StoryObj<Args>;

/** 好差评 for a community service centre: overall level, three service items, comments. */
export const CommunityServiceReview: Story = {};

/** The longer grid-work survey on one page; "您反映的问题解决了吗?" appears only after answering 是. */
export const GridWorkSurvey: Story = {
  args: { survey: GRID, story: 'grid' },
  parameters: { docs: { source: { code: '<cw-satisfaction-survey survey="S-GRID-2026"></cw-satisfaction-survey>' } } },
};

/** Paged: one section per step, "第 1 步,共 3 步", back and next, each step checked before moving on. */
export const GridWorkSurveyPaged: Story = {
  args: { survey: GRID, story: 'grid-paged', paged: true },
  parameters: { docs: { source: { code: '<cw-satisfaction-survey survey="S-GRID-2026" paged></cw-satisfaction-survey>' } } },
};

/** Step 2 of the paged survey, with the conditional question shown. */
export const PagedSecondStep: Story = {
  args: { survey: GRID, story: 'grid-step-2', paged: true },
  play: async ({ canvasElement }: Canvas) => {
    const el = await survey(canvasElement);
    await pick(el, 'know-leader', 'know-name');
    await press(el, 'next');
    await new Promise((r) => setTimeout(r, 50));
    await pick(el, 'raised', 'yes');
  },
};

/** A 不满意 answer: the reason, and the call-back consent (unticked until the resident ticks it). */
export const FollowUpAfterBadReview: Story = {
  args: { story: 'follow-up' },
  play: async ({ canvasElement }: Canvas) => {
    const el = await survey(canvasElement);
    await rateAll(el, 'very-dissatisfied');
    await press(el, 'consent');
  },
};

/** Submitted with nothing answered: the error summary at the top, each link focusing its question. */
export const ErrorSummary: Story = {
  args: { story: 'errors' },
  play: async ({ canvasElement }: Canvas) => {
    const el = await survey(canvasElement);
    await pick(el, 'overall', 'very-dissatisfied');
    await press(el, 'consent');
    await fill(el, '[part="contact"] input[type="tel"]', '12345');
    await press(el, 'submit');
  },
};

/** The server takes its time: the button is disabled, so a second click cannot send twice. */
export const Submitting: Story = {
  args: { story: 'submitting', backend: 'hangs' },
  play: async ({ canvasElement }: Canvas) => {
    const el = await survey(canvasElement);
    await rateAll(el, 'satisfied');
    await press(el, 'submit');
  },
};

/** Accepted: the thank-you with the short receipt code; a call back is promised when a number was left. */
export const Sent: Story = {
  args: { story: 'sent' },
  play: async ({ canvasElement }: Canvas) => {
    const el = await survey(canvasElement);
    await badReview(el, true);
    await press(el, 'submit');
  },
};

/** Accepted, with a link to where results are published (结果反馈). */
export const SentWithResultsLink: Story = {
  args: { survey: GRID, story: 'sent-results' },
  play: async ({ canvasElement }: Canvas) => {
    const el = await survey(canvasElement);
    await pick(el, 'know-leader', 'know-contact');
    await pick(el, 'visits', 'often');
    await pick(el, 'raised', 'no');
    await pick(el, 'effect', 'very-satisfied');
    await press(el, 'submit');
  },
};

/** No network: the answers are saved on this device and go out when it is back (or on the next visit). */
export const SavedOnDevice: Story = {
  args: { story: 'queued', backend: 'offline' },
  play: async ({ canvasElement }: Canvas) => {
    const el = await survey(canvasElement);
    await badReview(el, false);
    await press(el, 'submit');
  },
};

/** The site has no submission endpoint yet: the answers wait on the device. */
export const SavedNoEndpoint: Story = {
  args: { story: 'no-endpoint', backend: 'not-configured' },
  play: async ({ canvasElement }: Canvas) => {
    const el = await survey(canvasElement);
    await rateAll(el, 'basic');
    await press(el, 'submit');
  },
};

/** Refused by the server: retry, or discard and change the answers. */
export const Failed: Story = {
  args: { story: 'failed', backend: 'refuses' },
  play: async ({ canvasElement }: Canvas) => {
    const el = await survey(canvasElement);
    await rateAll(el, 'satisfied');
    await press(el, 'submit');
  },
};

/**
 * This browser cannot store answers (no IndexedDB, as in some in-app browsers and private modes) and the network
 * is down: the answers stay in the page, which says so, and are sent by themselves when the network is back.
 */
export const NotSavedWaitingForNetwork: Story = {
  args: { story: 'not-saved', backend: 'offline' },
  play: async ({ canvasElement }: Canvas) => {
    const restore = withoutIndexedDb();
    try {
      const el = await survey(canvasElement);
      await rateAll(el, 'satisfied');
      await press(el, 'submit');
      await shown(el, '[part~="failed"]');
    } finally {
      restore();
    }
  },
};

export const Loading: Story = {
  render: () => {
    const never = { ...adapter(HCP, 'loading'), getSurvey: () => new Promise<never>(() => {}) };
    return html`<cw-satisfaction-survey .adapter=${never} survey="S-HCP-2026"></cw-satisfaction-survey>`;
  },
};

/** The survey's closing date has passed: a notice instead of questions. */
export const ClosedEmpty: Story = {
  args: { survey: { ...HCP, closesAt: '2026-03-31T23:59:59+08:00' }, story: 'closed' },
};

export const ErrorWithRetry: Story = {
  render: () => {
    const failing = { ...adapter(HCP, 'error'), getSurvey: () => Promise.reject(new AdapterError('network', 'Simulated failure')) };
    return html`<cw-satisfaction-survey .adapter=${failing} survey="S-HCP-2026"></cw-satisfaction-survey>`;
  },
};

// ---------------------------------------------------------------------------------------------------------------
// The plain form a portal's server can write inside the tag (docs/embedding/survey-prerender.md).

/** The tag as the page arrives: the survey written as a plain form by surveyFallbackHtml. */
async function prerenderedTag(story: string, getSurvey: DataAdapter['getSurvey']): Promise<HTMLElement> {
  const definition = v.parse(SurveySchema, { ...HCP, id: `${HCP.id}.${story}` });
  const markup = await surveyFallbackHtml(definition);
  const el = document.createElement('cw-satisfaction-survey');
  el.setAttribute('survey', definition.id);
  // What the browser's parser does with the server's page; it runs no script.
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  el.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  (el as CwSatisfactionSurvey).adapter = { ...adapter(HCP, story), getSurvey };
  // The stylesheet a portal links with the plain form (dist/themes/survey-fallback.css).
  const styles = document.createElement('style');
  styles.textContent = fallbackStyles;
  const page = document.createElement('div');
  page.append(styles, el);
  return page;
}

/** The survey is still loading: its pre-rendered questions are in view and can be answered already. */
export const PreRenderedWhileLoading: Story = {
  loaders: [async () => ({ tag: await prerenderedTag('prerendered-loading', () => new Promise<never>(() => {})) })],
  render: (_args, { loaded }) => loaded['tag'] as HTMLElement,
  parameters: { docs: { source: { code: '<cw-satisfaction-survey survey="S-HCP-2026"><form class="cw-survey-fallback" data-cw-survey="S-HCP-2026" …>…</form></cw-satisfaction-survey>' } } },
};

let arrive: () => void = () => {};

/** A resident answered the plain form; then the survey arrived and the widget took the answers and focus over. */
export const PreRenderedTakenOver: Story = {
  loaders: [
    async () => {
      const arrived = new Promise<void>((resolve) => (arrive = resolve));
      const inner = adapter(HCP, 'prerendered-taken-over');
      return { tag: await prerenderedTag('prerendered-taken-over', (id, options) => arrived.then(() => inner.getSurvey(id, options))) };
    },
  ],
  render: (_args, { loaded }) => loaded['tag'] as HTMLElement,
  play: async ({ canvasElement }: Canvas) => {
    const plain = canvasElement.querySelector<HTMLFormElement>('form.cw-survey-fallback')!;
    plain.querySelector<HTMLInputElement>('input[name="overall"][value="satisfied"]')!.click();
    plain.querySelector<HTMLInputElement>('input[name="items/attitude"][value="very-satisfied"]')!.click();
    const comment = plain.querySelector<HTMLTextAreaElement>('textarea')!;
    comment.value = '窗口办事很快';
    comment.focus();
    arrive();
    await survey(canvasElement);
  },
  parameters: PreRenderedWhileLoading.parameters,
};

export const NotConfigured: Story = {
  render: () => html`<cw-satisfaction-survey></cw-satisfaction-survey>`,
  parameters: { docs: { source: { code: '<cw-satisfaction-survey></cw-satisfaction-survey>' } } },
};

export const ElderMode: Story = { args: { story: 'elder', elder: true } };

export const ElderModeFollowUp: Story = {
  args: { story: 'elder-follow-up', elder: true },
  play: FollowUpAfterBadReview.play,
};

export const TraditionalChinese: Story = {
  args: { story: 'zh-hant' },
  render: (args) => html`<div lang="zh-Hant">${meta.render!(args, {} as never)}</div>`,
};

export const English: Story = {
  args: { story: 'en' },
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
};

export const EnglishErrorSummary: Story = {
  args: { story: 'en-errors' },
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
  play: ErrorSummary.play,
};

/** 320 px phone, elder mode: the five levels and the matrix stack into one column. */
export const NarrowPhoneElder: Story = {
  args: { story: 'narrow', elder: true },
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};
