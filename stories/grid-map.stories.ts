import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { userEvent, waitFor } from 'storybook/test';
import '../src/elements/grid-map/grid-map.js';
import '../src/elements/worker-card/worker-card.js';
import '../src/elements/provider/provider.js';
import type { DataAdapter, ReadOptions } from '../src/adapters/data-adapter.js';
import { generateGrids } from '../bench/map/generate-grids.js';
import { demoAdapter, failingAdapter, loadingAdapter } from './support/fixtures.js';

interface Args {
  community: string;
  selected: string;
  points: boolean;
  elder: boolean;
  adapter: () => DataAdapter;
}

/**
 * 网格地图: the community's grids, a searchable list that works by keyboard and screen reader, and "find my grid"
 * (the device's position, asked for only on a click, or typed coordinates). All stories run on inline data with
 * no base map, so they make no network requests. Use the toolbar for locale and 长者模式.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Grid map',
  component: 'cw-grid-map',
  args: { community: '', selected: '', points: false, elder: false, adapter: demoAdapter },
  argTypes: { adapter: { table: { disable: true } } },
  render: ({ community, selected, points, elder, adapter }) =>
    html`<cw-grid-map
      .adapter=${adapter()}
      community=${community || ''}
      selected=${selected || ''}
      ?points=${points}
      ?elder=${elder}
    ></cw-grid-map>`,
  parameters: {
    docs: { source: { code: '<cw-grid-map id="map"></cw-grid-map>\n<cw-worker-card for="map"></cw-worker-card>' } },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** A grid chosen by the page (`selected="G-LHSC-01"`): highlighted on the map and ticked in the list. */
export const Selected: Story = { args: { selected: 'G-LHSC-01' } };

export const OneCommunityWithServicePoints: Story = { args: { community: '局前街社区', points: true } };

/**
 * Find my grid. Here the coordinates of a point in 局前街社区第2网格 are typed in; "用我的位置查找" asks the browser
 * for the device's position (the browser asks the resident first).
 */
export const FindMyGrid: Story = {
  play: async ({ canvasElement }) => {
    const map = canvasElement.querySelector('cw-grid-map')!;
    const input = await waitFor(
      () => {
        const found = (map.shadowRoot ?? map).querySelector<HTMLInputElement>('input[name="point"]');
        if (!found) throw new Error('map not ready');
        return found;
      },
      { timeout: 5000 },
    );
    await userEvent.type(input, '119.957,31.7799');
    await userEvent.click((map.shadowRoot ?? map).querySelector<HTMLButtonElement>('.point-form button')!);
  },
};

/**
 * With 天地图 configured: `base-map="tianditu" tk="…" review-number="…"`. The key here is a placeholder, so no tiles
 * load (and offline none could): the grids, the source and the 审图号 at the lower left still show.
 */
export const WithTianditu: Story = {
  render: () =>
    html`<cw-grid-map .adapter=${demoAdapter()} base-map="tianditu" tk="YOUR-TIANDITU-BROWSER-KEY" review-number="审图号:GS(2024)0568号"></cw-grid-map>`,
  parameters: {
    docs: { source: { code: '<cw-grid-map base-map="tianditu" tk="YOUR-KEY" review-number="审图号:GS(2024)0568号"></cw-grid-map>' } },
  },
};

/** 10,000 generated grids (the map benchmark's data): the map draws canvas tiles; the list asks for a name. */
export const TenThousandGrids: Story = {
  args: {
    adapter: () => {
      const { grids } = generateGrids(10_000);
      // Generated data is valid by construction; skipping validation keeps the story quick to open.
      return { ...demoAdapter(), id: 'generated-10k', listGrids: async () => grids, listWorkers: async () => [], listServicePoints: async () => [] };
    },
  },
};

export const ElderMode: Story = { args: { elder: true, selected: 'G-JQJ-02' } };

export const TraditionalChinese: Story = {
  render: (args) => html`<div lang="zh-Hant">${meta.render!(args, {} as never)}</div>`,
};

export const English: Story = {
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
};

export const NarrowPhone: Story = {
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
};

export const Loading: Story = { args: { adapter: loadingAdapter } };

export const ErrorWithRetry: Story = { args: { adapter: () => failingAdapter('network') } };

export const Empty: Story = { args: { community: '没有网格的社区' } };

export const NotConfigured: Story = {
  render: () => html`<cw-grid-map></cw-grid-map>`,
  parameters: { docs: { source: { code: '<cw-grid-map></cw-grid-map>' } } },
};

/**
 * Some grids have malformed boundaries: the others still draw, and a note says how many are missing. Shown with an
 * adapter that reports left-out items through the list read option `onInvalid`.
 */
export const SomeGridsNotShown: Story = {
  args: {
    adapter: () => {
      const inner = demoAdapter();
      type Reporting = ReadOptions & { onInvalid?: (items: Array<{ path: string }>) => void };
      return {
        ...inner,
        id: 'reporting',
        listGrids: async (query, options?: Reporting) => {
          options?.onInvalid?.([{ path: 'grids[3].boundary.coordinates[0]' }, { path: 'grids[7].boundary' }]);
          return (await inner.listGrids(query, options)).filter((g) => g.id !== 'G-JQJ-04' && g.id !== 'G-XFJ-02');
        },
      };
    },
  },
};

/** The map and a worker card in one provider: choosing a grid (click, list, or find my grid) shows its team. */
export const WithLinkedWorkerCard: Story = {
  render: () => html`<cw-provider .adapter=${demoAdapter()}>
    <cw-grid-map id="story-map" selected="G-LHSC-01" points></cw-grid-map>
    <div style="margin-top: 1em"><cw-worker-card for="story-map" grid="G-LHSC-01"></cw-worker-card></div>
  </cw-provider>`,
  parameters: {
    docs: {
      source: {
        code: '<cw-provider src="/data/tianning.json">\n  <cw-grid-map id="map"></cw-grid-map>\n  <cw-worker-card for="map"></cw-worker-card>\n</cw-provider>',
      },
    },
  },
};
