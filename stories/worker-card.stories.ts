import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import '../src/elements/worker-card/worker-card.js';
import type { DataAdapter } from '../src/adapters/data-adapter.js';
import { demoAdapter, failingAdapter, hostileAdapter, loadingAdapter } from './support/fixtures.js';
import { asWeChat } from '../test/helpers/download.js';

interface Args {
  worker: string;
  grid: string;
  elder: boolean;
  adapter: () => DataAdapter;
}

/**
 * 民情联系卡: a grid worker's photo, role and work phone, or a grid's whole team. Only fields the worker agreed
 * to publish are shown. Use the toolbar for locale and 长者模式.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Worker card',
  component: 'cw-worker-card',
  args: { worker: 'W-0501', grid: '', elder: false, adapter: demoAdapter },
  argTypes: { adapter: { table: { disable: true } } },
  render: ({ worker, grid, elder, adapter }) =>
    html`<cw-worker-card .adapter=${adapter()} worker=${worker || ''} grid=${grid || ''} ?elder=${elder}></cw-worker-card>`,
  parameters: {
    docs: {
      source: { code: '<cw-worker-card worker="W-0501"></cw-worker-card>' },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const OneWorker: Story = {};

export const GridTeam: Story = {
  args: { worker: '', grid: 'G-LHSC-01' },
  parameters: { docs: { source: { code: '<cw-worker-card grid="G-LHSC-01"></cw-worker-card>' } } },
};

/** Photo not published: initials instead, and the unpublished mobile never appears. */
export const PhotoNotPublished: Story = { args: { worker: 'W-0301' } };

export const ElderMode: Story = { args: { elder: true } };

export const TraditionalChinese: Story = {
  render: (args) => html`<div lang="zh-Hant">${meta.render!(args, {} as never)}</div>`,
};

export const English: Story = {
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
};

export const Loading: Story = { args: { adapter: loadingAdapter } };

export const ErrorWithRetry: Story = { args: { adapter: () => failingAdapter('network') } };

export const EmptyTeam: Story = {
  args: { worker: '', grid: 'G-EMPTY' },
  render: ({ grid }) => {
    const adapter = demoAdapter();
    const empty = { ...adapter, id: 'empty', listWorkers: async () => [] };
    return html`<cw-worker-card .adapter=${empty} grid=${grid}></cw-worker-card>`;
  },
};

export const NotConfigured: Story = {
  render: () => html`<cw-worker-card></cw-worker-card>`,
  parameters: { docs: { source: { code: '<cw-worker-card></cw-worker-card>' } } },
};

/** Names and addresses with markup in them render as plain text; the `javascript:` photo is refused. */
export const HostileData: Story = { args: { worker: 'W-EVIL', adapter: hostileAdapter } };

export const NarrowPhone: Story = {
  args: { worker: '', grid: 'G-LHSC-01' },
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};

/**
 * Opened from a WeChat chat: WeChat's browser saves no files, so "保存联系人" says how to open the page in the
 * browser instead (here the button is pressed with WeChat's user agent).
 */
export const SaveContactInWeChat: Story = {
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('cw-worker-card')!;
    const save = await waitFor(
      () => {
        const found = card.shadowRoot?.querySelector<HTMLButtonElement>('[part="save"]');
        if (!found) throw new Error('card not ready');
        return found;
      },
      { timeout: 5000 },
    );
    await asWeChat(() => save.click());
  },
};
