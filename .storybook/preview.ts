import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json';

setCustomElementsManifest(manifest);

/**
 * Every story runs inside the same wrapper a portal gives a widget: a `lang` to follow, and the portal's
 * elder-mode class. The toolbar sets them, so any story can be seen in any locale and mode.
 */
const portalFrame: Decorator = (story, context) => {
  const { locale, elder } = context.globals as { locale: string; elder: string };
  document.documentElement.classList.toggle('cw-elder', elder === 'on');
  return html`<div lang=${locale} style="max-width: 48rem">${story()}</div>`;
};

const preview: Preview = {
  decorators: [portalFrame],
  globalTypes: {
    locale: {
      description: 'Language the widgets follow (nearest lang attribute)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-Hans', title: '简体中文' },
          { value: 'zh-Hant', title: '繁體中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    elder: {
      description: '长者模式 (elder mode)',
      toolbar: {
        title: 'Elder mode',
        icon: 'accessibility',
        items: [
          { value: 'off', title: 'Standard' },
          { value: 'on', title: '长者模式' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-Hans', elder: 'off' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
