import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/volunteer-signup/volunteer-signup.js';
import type { CwVolunteerSignup } from '../src/elements/volunteer-signup/volunteer-signup.js';
import { AdapterError } from '../src/adapters/adapter-error.js';
import type { DataAdapter, DataWriter } from '../src/adapters/data-adapter.js';
import { createMemoryWriter } from '../src/adapters/memory-writer.js';
import { createStaticAdapter } from '../src/adapters/static-adapter.js';
import { asWeChat } from '../test/helpers/download.js';
import { withoutIndexedDb } from '../test/helpers/storage.js';

/** Stories show a fixed moment, so statuses (open, closed, past) look the same on every visit. */
const STORY_NOW = new Date('2026-12-01T10:00:00+08:00');
const clock = () => STORY_NOW;

const place = { name: '朝二社区党群服务中心', address: '朝阳二村 36 幢' };

const opportunities = [
  {
    id: 'OP-PC',
    title: '尤辉志愿者服务队:免费电脑维护进社区',
    organizer: '尤辉志愿者服务队',
    community: '朝二社区',
    kind: '便民服务',
    description: '为居民免费检测、清理和维护电脑、手机,讲解防范电信网络诈骗常识。',
    start: '2026-12-12T09:00:00+08:00',
    end: '2026-12-12T11:30:00+08:00',
    place,
    capacity: 8,
    taken: 5,
    serviceHours: 2.5,
    deadline: '2026-12-10T18:00:00+08:00',
    requirements: ['会装系统或维修电脑者优先', '自带常用工具'],
  },
  {
    id: 'OP-VISIT',
    title: '“温馨6+1”空巢老人上门探访',
    organizer: '朝二社区',
    community: '朝二社区',
    kind: '为老服务',
    start: '2026-12-19T14:00:00+08:00',
    end: '2026-12-19T16:30:00+08:00',
    place: { name: '朝阳二村(社工带队上门)', address: '朝阳二村 36 幢门口集合' },
    capacity: 5,
    taken: 5,
    waitlist: 3,
    serviceHours: 2.5,
    deadline: '2026-12-17T18:00:00+08:00',
    requirements: ['需参加 30 分钟上岗培训'],
  },
  {
    id: 'OP-MEAL',
    title: '老年助餐点送餐上门',
    organizer: '朝二社区老年助餐点',
    community: '朝二社区',
    kind: '为老服务',
    start: '2026-12-09T10:30:00+08:00',
    end: '2026-12-09T12:30:00+08:00',
    place: { name: '朝二社区老年助餐点', address: '朝阳二村 36 幢 一楼' },
    capacity: 4,
    taken: 4,
    serviceHours: 2,
    minAge: 18,
  },
  {
    id: 'OP-CLEAN',
    title: '楼道堆物清理',
    organizer: '局前街社区',
    community: '局前街社区',
    kind: '环境整治',
    start: '2026-12-05T09:00:00+08:00',
    end: '2026-12-05T11:00:00+08:00',
    place: { name: '局前街社区 3 号楼' },
    capacity: 10,
    taken: 2,
    serviceHours: 2,
    status: 'closed',
  },
  {
    id: 'OP-PATROL',
    title: '平安夜间巡逻',
    organizer: '局前街社区',
    community: '局前街社区',
    kind: '平安建设',
    start: '2026-12-22T19:00:00+08:00',
    end: '2026-12-22T21:00:00+08:00',
    place: { name: '局前街社区警务室' },
    capacity: 6,
    taken: 1,
    serviceHours: 2,
    minAge: 18,
  },
  {
    id: 'OP-CLINIC',
    title: '社区义诊',
    organizer: '局前街社区',
    community: '局前街社区',
    kind: '健康服务',
    start: '2026-11-10T09:00:00+08:00',
    end: '2026-11-10T11:00:00+08:00',
    place: { name: '局前街社区卫生服务站' },
    capacity: 10,
    taken: 10,
    serviceHours: 2,
  },
];

let storyAdapters = 0;

/**
 * The static adapter with the activities above, its submissions kept in memory with real server rules.
 * Each render gets its own adapter id, so one story's signup does not show up in another.
 */
function storyAdapter(options: { writer?: (inner: DataWriter) => DataWriter; data?: unknown } = {}): DataAdapter {
  const data = options.data ?? { opportunities };
  const reader = createStaticAdapter({ data });
  const memory = createMemoryWriter({ getOpportunity: reader.getOpportunity, now: clock });
  const writer = options.writer ? options.writer(memory) : memory;
  return { ...createStaticAdapter({ data, writer }), id: `story:volunteer-signup:${Date.now()}:${storyAdapters++}` };
}

/** A writer that cannot reach its server: signups stay saved on the device. */
const offline = (): DataWriter => {
  const fail = () => Promise.reject(new AdapterError('network', 'Simulated: offline'));
  return { submitSurveyResponse: fail, submitSignup: fail, cancelSignup: fail };
};

const never = () => new Promise<never>(() => {});

interface Args {
  community: string;
  opportunity: string;
  elder: boolean;
  adapter: () => DataAdapter;
}

const render = ({ community, opportunity, elder, adapter }: Args) =>
  html`<cw-volunteer-signup .adapter=${adapter()} .clock=${clock} community=${community || ''} opportunity=${opportunity || ''} ?elder=${elder}></cw-volunteer-signup>`;

/** Fills the form as a resident would (text typed, choices clicked) and sends it. */
async function signUp(canvasElement: HTMLElement, { submit = true } = {}): Promise<CwVolunteerSignup> {
  const el = canvasElement.querySelector('cw-volunteer-signup')!;
  const root = el.shadowRoot ?? el;
  for (let i = 0; i < 100 && !root.querySelector('form'); i++) await new Promise((r) => setTimeout(r, 20));
  const typeInto = (id: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  typeInto('[id$="-f-name"]', '张小明');
  typeInto('[id$="-f-mobile"]', '138 0013 8000');
  root.querySelector<HTMLInputElement>('[id$="-f-ageGroup"]')!.click();
  root.querySelector<HTMLInputElement>('[id$="-f-consent"]')!.click();
  await el.updateComplete;
  if (submit) root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  return el;
}

async function waitFor(el: CwVolunteerSignup, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 150; i++) {
    const found = (el.shadowRoot ?? el).querySelector<HTMLElement>(selector);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${selector} did not appear`);
}

/**
 * 志愿服务报名: find an activity, sign up in a minute. Offline, the signup is saved on the device and sent later,
 * exactly once. Use the toolbar for locale and 长者模式. Stories run at a fixed moment (1 Dec 2026, 10:00).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Volunteer signup',
  component: 'cw-volunteer-signup',
  args: { community: '', opportunity: '', elder: false, adapter: () => storyAdapter() },
  argTypes: { adapter: { table: { disable: true } } },
  render,
  parameters: { docs: { source: { code: '<cw-volunteer-signup community="朝二社区"></cw-volunteer-signup>' } } },
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = {};

/** `community="…"` presets the community filter; residents can still change it. */
export const FilteredByCommunity: Story = {
  args: { community: '局前街社区' },
  parameters: { docs: { source: { code: '<cw-volunteer-signup community="局前街社区"></cw-volunteer-signup>' } } },
};

/** `opportunity="…"` embeds one activity and its form, e.g. in an article about that event. */
export const SingleActivity: Story = {
  args: { opportunity: 'OP-PC' },
  parameters: { docs: { source: { code: '<cw-volunteer-signup opportunity="OP-PC"></cw-volunteer-signup>' } } },
};

/** Every place taken, waiting list open: signing up joins the waiting list. */
export const FullWithWaitlist: Story = { args: { opportunity: 'OP-VISIT' } };

export const FullNoWaitlist: Story = { args: { opportunity: 'OP-MEAL' } };

export const Closed: Story = { args: { opportunity: 'OP-CLEAN' } };

export const FormWithErrors: Story = {
  args: { opportunity: 'OP-PC' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cw-volunteer-signup')!;
    (await waitFor(el, '[part="submit"]')).click();
  },
};

/** A child under 14: the guardian's name, mobile and consent are asked for. */
export const GuardianForAChild: Story = {
  args: { opportunity: 'OP-PC' },
  play: async ({ canvasElement }) => {
    const el = await signUp(canvasElement, { submit: false });
    (el.shadowRoot ?? el).querySelector<HTMLInputElement>('[id$="-f-ageGroup-child"]')!.click();
  },
};

export const Confirmation: Story = {
  args: { opportunity: 'OP-PC' },
  play: async ({ canvasElement }) => {
    await waitFor(await signUp(canvasElement), '[part="receipt-code"]');
  },
};

/**
 * Confirmed in WeChat: its browser saves no files, so "加入日历" says how to open the page in the browser instead
 * (here the button is pressed with WeChat's user agent).
 */
export const CalendarInWeChat: Story = {
  args: { opportunity: 'OP-PC' },
  play: async ({ canvasElement }) => {
    const el = await signUp(canvasElement);
    const calendar = await waitFor(el, '[part="calendar"]');
    // The file is built before it is offered: WeChat's user agent stays until the notice is up.
    await asWeChat(async () => {
      calendar.click();
      await waitFor(el, '[role="alert"]');
    });
  },
};

export const Waitlisted: Story = {
  args: { opportunity: 'OP-VISIT' },
  play: async ({ canvasElement }) => {
    await waitFor(await signUp(canvasElement), '[part="receipt-code"]');
  },
};

export const CancelConfirmation: Story = {
  args: { opportunity: 'OP-PC' },
  play: async ({ canvasElement }) => {
    const el = await signUp(canvasElement);
    (await waitFor(el, '[part="cancel"]')).click();
  },
};

export const Cancelled: Story = {
  args: { opportunity: 'OP-PC' },
  play: async ({ canvasElement }) => {
    const el = await signUp(canvasElement);
    (await waitFor(el, '[part="cancel"]')).click();
    (await waitFor(el, '[part="confirm-cancel"]')).click();
    await waitFor(el, '.outcome--success');
  },
};

/** No connection: the signup is kept on this device and sent when the network returns. */
export const OfflineQueued: Story = {
  args: { opportunity: 'OP-PC', adapter: () => storyAdapter({ writer: offline }) },
  play: async ({ canvasElement }) => {
    await waitFor(await signUp(canvasElement), '[part="discard"]');
  },
};

/**
 * This browser cannot store the signup (no IndexedDB, as in some in-app browsers and private modes) and the network
 * is down: it stays in the page, which says so, and is sent by itself when the network is back.
 */
export const NotSavedWaitingForNetwork: Story = {
  args: { opportunity: 'OP-PC', adapter: () => storyAdapter({ writer: offline }) },
  play: async ({ canvasElement }) => {
    const restore = withoutIndexedDb();
    try {
      await waitFor(await signUp(canvasElement), '[part="edit"]');
    } finally {
      restore();
    }
  },
};

/** The server refused the signup as it is (HTTP 4xx): change the answers or try again. */
export const Refused: Story = {
  args: {
    opportunity: 'OP-PC',
    adapter: () =>
      storyAdapter({
        writer: (inner) => ({ ...inner, submitSignup: () => Promise.reject(new AdapterError('rejected', 'Simulated: 400', { status: 400 })) }),
      }),
  },
  play: async ({ canvasElement }) => {
    await waitFor(await signUp(canvasElement), '[part="edit"]');
  },
};

export const ElderMode: Story = { args: { elder: true } };

export const ElderModeForm: Story = { args: { elder: true, opportunity: 'OP-PC' } };

export const TraditionalChinese: Story = {
  render: (args) => html`<div lang="zh-Hant">${render(args)}</div>`,
};

export const English: Story = {
  render: (args) => html`<div lang="en">${render(args)}</div>`,
};

export const EnglishForm: Story = {
  args: { opportunity: 'OP-PC' },
  render: (args) => html`<div lang="en">${render(args)}</div>`,
};

export const NarrowPhone: Story = {
  render: (args) => html`<div style="width: 320px">${render(args)}</div>`,
};

export const NarrowPhoneElderForm: Story = {
  args: { elder: true, opportunity: 'OP-PC' },
  render: (args) => html`<div style="width: 320px">${render(args)}</div>`,
};

export const Loading: Story = {
  args: { adapter: () => ({ ...storyAdapter(), listOpportunities: never, getOpportunity: never }) },
};

export const ErrorWithRetry: Story = {
  args: { adapter: () => ({ ...storyAdapter(), listOpportunities: () => Promise.reject(new AdapterError('network', 'Simulated failure')) }) },
};

export const Empty: Story = { args: { adapter: () => storyAdapter({ data: { opportunities: [] } }) } };

export const NotConfigured: Story = {
  render: () => html`<cw-volunteer-signup></cw-volunteer-signup>`,
  parameters: { docs: { source: { code: '<cw-volunteer-signup></cw-volunteer-signup>' } } },
};

/** Titles and places with markup in them render as plain text. */
export const HostileData: Story = {
  args: {
    opportunity: 'OP-EVIL',
    adapter: () =>
      storyAdapter({
        data: {
          opportunities: [
            {
              ...opportunities[0],
              id: 'OP-EVIL',
              title: '<img src=x onerror=alert(1)>',
              place: { name: '<script>alert(1)</script>' },
              organizer: '"><svg onload=alert(1)>',
            },
          ],
        },
      }),
  },
};
