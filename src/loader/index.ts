/**
 * `dist/loader.js`: the one script tag a webmaster adds. It defines only the widgets the page uses, from the
 * `elements/` folder next to itself, so `dist/` works copied to any path.
 *
 * @example
 * <script type="module" src="/static/cw/loader.js"></script>
 */
import { configure } from '../core/page-config.js';
import { Autoloader } from './autoloader.js';
import { adoptCloak } from './cloak.js';
import { preloadFor } from './preload.js';
import type { CommunityWidgetsApi } from './global-api.js';
import { VERSION } from './version.js';

export type { CommunityWidgetsApi } from './global-api.js';
export type { LoaderOptions } from './loader-options.js';

// Held in a variable so the bundler leaves the URL alone: it must resolve at run time, next to this file.
const here = import.meta.url;

function start(): void {
  if (window.CommunityWidgets) {
    console.warn('[community-widgets] loader included twice; the first stays.');
    return;
  }
  // A browser without custom elements keeps the fallback content; nothing here would help it.
  if (!('customElements' in window)) return;
  const loader = new Autoloader(
    (name) => import(/* @vite-ignore */ new URL(`elements/${name}.js`, here).href),
    (name, element) => preloadFor(name, element, here),
  );
  const api: CommunityWidgetsApi = {
    // The loader's own copy of the page config (vite.config.ts), sharing the elements' state: this reaches them.
    configure,
    get ready() {
      return loader.ready;
    },
    version: VERSION,
    mount: (root) => loader.mount(root),
  };
  window.CommunityWidgets = api;
  adoptCloak();
  void loader.mount();
}

start();
