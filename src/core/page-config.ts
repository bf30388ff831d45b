import type { WidgetConfig } from './config.js';

/** Fired on `window` whenever the page config changes, so connected widgets re-resolve. */
export const PAGE_CONFIG_CHANGE = 'cw-config-change';

interface PageConfigState {
  /** The `#cw-config` script's settings, once read. */
  fromScript?: Partial<WidgetConfig>;
  /** What `configure()` set. */
  fromApi: Partial<WidgetConfig>;
}

/**
 * One page config per page, kept on the global object: `loader.js` carries its own copy of this module (importing
 * the elements' copy would cost it a round trip before it could start anything), so the two must share the state.
 */
const STATE = Symbol.for('community-widgets.page-config');

function state(): PageConfigState {
  const global = globalThis as typeof globalThis & { [STATE]?: PageConfigState };
  return (global[STATE] ??= { fromApi: {} });
}

/**
 * `<script type="application/json" id="cw-config">` is read once, lazily: a CMS template can put it anywhere in
 * the page, and a JSON script needs no `unsafe-inline` under a strict CSP.
 */
function readScriptConfig(): Partial<WidgetConfig> {
  const page = state();
  if (page.fromScript) return page.fromScript;
  const script = document.getElementById('cw-config');
  page.fromScript = {};
  if (script?.textContent) {
    try {
      const parsed: unknown = JSON.parse(script.textContent);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) page.fromScript = parsed as Partial<WidgetConfig>;
      else console.warn('[community-widgets] #cw-config must hold a JSON object; it was ignored.');
    } catch (error) {
      console.warn(`[community-widgets] #cw-config is not valid JSON and was ignored: ${(error as Error).message}`);
    }
  }
  return page.fromScript;
}

/** The page-wide layer: `configure()` values over the JSON script. */
export function pageConfig(): Partial<WidgetConfig> {
  return { ...readScriptConfig(), ...state().fromApi };
}

/**
 * Sets page-wide defaults from script; widgets already on the page pick them up at once.
 *
 * @example
 * CommunityWidgets.configure({ data: '/cms/community.json', elderSelector: 'body.oldman' });
 */
export function configure(config: Partial<WidgetConfig>): void {
  const page = state();
  page.fromApi = { ...page.fromApi, ...config };
  window.dispatchEvent(new Event(PAGE_CONFIG_CHANGE));
}

/** For tests: forget both layers so the next read sees the document as it is now. */
export function resetPageConfig(): void {
  const page = state();
  page.fromScript = undefined;
  page.fromApi = {};
  window.dispatchEvent(new Event(PAGE_CONFIG_CHANGE));
}
