import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    // The library's vite.config.ts is a lib-mode build; Storybook gets a plain one.
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  // Designers browse offline portals' themes too: no requests to other hosts.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
