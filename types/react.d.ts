/**
 * React 19 JSX typings for the community widgets. React 19 passes attributes of custom elements through and adds
 * listeners for `on<event-name>` props, so a `cw-*` event is `oncw-ready`, `oncw-grid-select`, …
 *
 * @example
 * // tsconfig.json: "types": ["community-widgets/types/react"]
 * import 'community-widgets/elements/worker-card';
 * <cw-worker-card worker="W-0501" oncw-contact-save={(e) => log(e.detail.workerId)}>
 *   <a href="tel:0519-86605551">0519-86605551</a>
 * </cw-worker-card>
 */
import type { DetailedHTMLProps, HTMLAttributes, Ref } from 'react';
import type { CwElementAttributes, CwElementEvents, CwEventMap } from './widget-attributes.js';

type EventProps<Tag extends keyof CwElementEvents> = {
  [Name in CwElementEvents[Tag] as `on${Name}`]?: (event: CustomEvent<CwEventMap[Name]>) => void;
};

/** React's own HTML props (children, className, style, key…) minus those an attribute here redefines. */
type BaseProps<Tag extends keyof HTMLElementTagNameMap> = Omit<
  DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[Tag]>, HTMLElementTagNameMap[Tag]>,
  keyof CwElementAttributes[Tag & keyof CwElementAttributes] | 'ref'
>;

type WidgetProps<Tag extends keyof CwElementAttributes & keyof HTMLElementTagNameMap> = BaseProps<Tag> &
  CwElementAttributes[Tag] &
  EventProps<Tag> & { ref?: Ref<HTMLElementTagNameMap[Tag]> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'cw-provider': WidgetProps<'cw-provider'>;
      'cw-grid-map': WidgetProps<'cw-grid-map'>;
      'cw-worker-card': WidgetProps<'cw-worker-card'>;
      'cw-satisfaction-survey': WidgetProps<'cw-satisfaction-survey'>;
      'cw-volunteer-signup': WidgetProps<'cw-volunteer-signup'>;
    }
  }
}

/** Pulls in each element's `HTMLElementTagNameMap` entry, so refs get the element classes. */
import '../dist/types/elements/provider/provider.js';
import '../dist/types/elements/grid-map/grid-map.js';
import '../dist/types/elements/worker-card/worker-card.js';
import '../dist/types/elements/satisfaction-survey/satisfaction-survey.js';
import '../dist/types/elements/volunteer-signup/volunteer-signup.js';
