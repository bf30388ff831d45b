/**
 * Dev server for the demo portal page: `npx vite --config demo/vite.config.ts` (or `npm start`).
 * Serves demo/ as the site root, demo/public/ as static files (the JSON data, photos), and the library sources
 * from ../src, so a change in a widget reloads the page.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const demoRoot = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(demoRoot, '..');

/**
 * `/?api=<base URL>` serves the page in REST mode: the provider gets `api` instead of `src`, so the widgets talk
 * to a backend such as the reference server (`npm run serve:api`). Done on the server, not by script in the page:
 * Chromium's Local Network Access would otherwise treat the rewritten page as public and block loopback calls.
 */
function restMode(): Plugin {
  return {
    name: 'cw-demo:rest-mode',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const api = new URL(context.originalUrl ?? '/', 'http://x').searchParams.get('api');
        return api ? html.replace('<cw-provider src="/data/tianning.json">', `<cw-provider api="${encodeURI(api)}">`) : html;
      },
    },
  };
}

/**
 * package.json's `sideEffects` is written for the published dist/; in this app build the demo scripts and the
 * library sources they import are all wanted for their side effects (registering elements, wiring the page).
 */
function keepSideEffects(): Plugin {
  return {
    name: 'cw-demo:keep-side-effects',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(projectRoot + '/') || file.includes('/node_modules/')) return null;
      return { code, map: null, moduleSideEffects: true };
    },
  };
}

export default defineConfig({
  root: demoRoot,
  publicDir: resolve(demoRoot, 'public'),
  // Its own cache, so the demo server and other Vite-based tools (Storybook) can run side by side.
  cacheDir: resolve(projectRoot, 'node_modules/.vite-demo'),
  plugins: [keepSideEffects(), restMode()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: false,
    fs: { allow: [projectRoot] },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: {
    outDir: resolve(projectRoot, 'demo-dist'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(demoRoot, 'index.html'),
        'service-info': resolve(demoRoot, 'service-info.html'),
      },
    },
  },
});
