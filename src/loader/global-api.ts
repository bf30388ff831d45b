import type { WidgetConfig } from '../core/config.js';

/**
 * `window.CommunityWidgets`: what a portal script can do with the loader on the page.
 *
 * @example
 * CommunityWidgets.configure({ data: '/cms/community.json' });
 * await CommunityWidgets.ready;
 * CommunityWidgets.mount(dialog.shadowRoot); // a root the loader cannot see by itself
 */
export interface CommunityWidgetsApi {
  /** Page-wide settings; widgets already on the page pick them up at once (the same store the elements read). */
  configure(config: Partial<WidgetConfig>): void;
  /** Resolves when every widget found so far is defined and rendered (a failed definition keeps its fallback). */
  readonly ready: Promise<void>;
  /** The package version. */
  readonly version: string;
  /** Upgrades widgets inside `root` (default: the document) and watches it for more; returns `ready`. */
  mount(root?: Document | ShadowRoot | Element): Promise<void>;
}

declare global {
  interface Window {
    CommunityWidgets?: CommunityWidgetsApi;
  }
}
