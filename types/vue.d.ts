/**
 * Vue 3 global component typings for the community widgets (Volar / vue-tsc check the attributes in templates).
 * Vue must also be told these tags are custom elements, or it tries to resolve them as Vue components:
 *
 * @example
 * // vite.config.ts
 * vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cw-') } } })
 * // env.d.ts
 * /// <reference types="community-widgets/types/vue" />
 * // a template
 * <cw-worker-card worker="W-0501" @cw-contact-save="onSave"><a href="tel:0519-86605551">0519-86605551</a></cw-worker-card>
 */
import type { DefineComponent } from 'vue';
import type { CwElementAttributes, CwElementEvents, CwEventMap } from './widget-attributes.js';

/** `@cw-ready` in a template is `onCw-ready` in Vue's props typing. */
type EventProps<Tag extends keyof CwElementEvents> = {
  [Name in CwElementEvents[Tag] as `on${Capitalize<Name>}`]?: (event: CustomEvent<CwEventMap[Name]>) => void;
};

type Widget<Tag extends keyof CwElementAttributes> = DefineComponent<CwElementAttributes[Tag] & EventProps<Tag>>;

declare module 'vue' {
  interface GlobalComponents {
    'cw-provider': Widget<'cw-provider'>;
    'cw-grid-map': Widget<'cw-grid-map'>;
    'cw-worker-card': Widget<'cw-worker-card'>;
    'cw-satisfaction-survey': Widget<'cw-satisfaction-survey'>;
    'cw-volunteer-signup': Widget<'cw-volunteer-signup'>;
  }
}
