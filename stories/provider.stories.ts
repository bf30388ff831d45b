import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/provider/provider.js';
import '../src/elements/grid-map/grid-map.js';
import '../src/elements/worker-card/worker-card.js';
import { demoAdapter } from './support/fixtures.js';

/**
 * `<cw-provider>` gives every widget inside it one data source and shared settings, across shadow roots.
 * A worker card without its own target shows the team of the grid last chosen on any map in the same provider.
 */
const meta: Meta = {
  title: 'Widgets/Provider',
  component: 'cw-provider',
  parameters: {
    docs: {
      source: {
        code: `<cw-provider src="/data/community.json">
  <cw-grid-map></cw-grid-map>
  <cw-worker-card></cw-worker-card>
</cw-provider>`,
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Choose a grid on the map or in its list: the card below follows. */
export const MapAndCardShareOneSource: Story = {
  render: () => html`<cw-provider .adapter=${demoAdapter()}>
    <cw-grid-map community="丽华三村社区"></cw-grid-map>
    <cw-worker-card></cw-worker-card>
  </cw-provider>`,
};

/** 长者模式 for every widget inside, set once on the provider. */
export const ElderModeForAll: Story = {
  render: () => html`<cw-provider .adapter=${demoAdapter()} elder>
    <cw-worker-card grid="G-LHSC-01"></cw-worker-card>
  </cw-provider>`,
};
