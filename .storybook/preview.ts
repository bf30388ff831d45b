import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import manifest from '../dist/custom-elements.json';
import { THEMES, type ThemeName } from '../src/themes/index.js';
import '../src/elements/provider/provider.js';

setCustomElementsManifest(manifest);

const themeSheets = new Map<ThemeName, CSSStyleSheet>();

/** Switching a theme swaps one stylesheet of custom properties: the widgets' markup stays the same. */
function useTheme(name: ThemeName): void {
  let sheet = themeSheets.get(name);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(THEMES[name]);
    themeSheets.set(name, sheet);
  }
  const others = [...themeSheets.values()];
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => !others.includes(s)), sheet];
}

/**
 * Every story runs inside the same wrapper a portal gives a widget: a `lang` to follow, the portal's
 * elder-mode class, a theme and a render mode. The toolbar sets them, so any story can be seen in any combination.
 * The render mode is decided when a widget connects, so the story is re-created inside a provider carrying it.
 */
const portalFrame: Decorator = (story, context) => {
  const { locale, elder, theme, render } = context.globals as { locale: string; elder: string; theme: ThemeName; render: string };
  document.documentElement.classList.toggle('cw-elder', elder === 'on');
  useTheme(theme ?? 'default');
  const mode = render ?? 'shadow';
  return html`<div lang=${locale} style="max-width: 48rem">
    ${keyed(mode, html`<cw-provider render=${mode}>${story()}</cw-provider>`)}
  </div>`;
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
    theme: {
      description: 'District theme (a CSS file of --cw-* custom properties)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: (Object.keys(THEMES) as ThemeName[]).map((value) => ({ value, title: value })),
        dynamicTitle: true,
      },
    },
    render: {
      description: 'Shadow DOM, or light DOM for portal toolbars (繁體 converters, read-aloud)',
      toolbar: {
        title: 'Render',
        icon: 'component',
        items: [
          { value: 'shadow', title: 'Shadow DOM' },
          { value: 'light', title: 'Light DOM' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-Hans', elder: 'off', theme: 'default', render: 'shadow' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
