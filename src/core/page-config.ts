import type { WidgetConfig } from './config.js';

/** Fired on `window` whenever the page config changes, so connected widgets re-resolve. */
export const PAGE_CONFIG_CHANGE = 'cw-config-change';

let fromScript: Partial<WidgetConfig> | undefined;
let fromApi: Partial<WidgetConfig> = {};

/**
 * `<script type="application/json" id="cw-config">` is read once, lazily: a CMS template can put it anywhere in
 * the page, and a JSON script needs no `unsafe-inline` under a strict CSP.
 */
function readScriptConfig(): Partial<WidgetConfig> {
  if (fromScript) return fromScript;
  const script = document.getElementById('cw-config');
  fromScript = {};
  if (script?.textContent) {
    try {
      const parsed: unknown = JSON.parse(script.textContent);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fromScript = parsed as Partial<WidgetConfig>;
      else console.warn('[community-widgets] #cw-config must hold a JSON object; it was ignored.');
    } catch (error) {
      console.warn(`[community-widgets] #cw-config is not valid JSON and was ignored: ${(error as Error).message}`);
    }
  }
  return fromScript;
}

/** The page-wide layer: `configure()` values over the JSON script. */
export function pageConfig(): Partial<WidgetConfig> {
  return { ...readScriptConfig(), ...fromApi };
}

/**
 * Sets page-wide defaults from script; widgets already on the page pick them up at once.
 *
 * @example
 * CommunityWidgets.configure({ data: '/cms/community.json', elderSelector: 'body.oldman' });
 */
export function configure(config: Partial<WidgetConfig>): void {
  fromApi = { ...fromApi, ...config };
  window.dispatchEvent(new Event(PAGE_CONFIG_CHANGE));
}

/** For tests: forget both layers so the next read sees the document as it is now. */
export function resetPageConfig(): void {
  fromScript = undefined;
  fromApi = {};
  window.dispatchEvent(new Event(PAGE_CONFIG_CHANGE));
}
