/**
 * Dev server for the demo portal page: `npx vite --config demo/vite.config.ts` (or `npm start`).
 * Serves demo/ as the site root, demo/public/ as static files (the JSON data, photos), and the library sources
 * from ../src, so a change in a widget reloads the page.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { defineConfig, type Plugin, type ViteDevServer } from 'vite';

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
 * Like a portal that renders its pages on a server: the 好差评 survey's questions are written into the page as a
 * plain form (the library's own pre-rendering), so they show before any script and the widget takes them over.
 * Dev server only; `?prerender=0` serves the page without it, to compare.
 */
function prerenderSurvey(): Plugin {
  let server: ViteDevServer | undefined;
  const tag = '<cw-satisfaction-survey survey="S-HCP-2026" heading-level="4">';
  return {
    name: 'cw-demo:prerender-survey',
    configureServer(devServer) {
      server = devServer;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        const wanted = new URL(context.originalUrl ?? '/', 'http://x').searchParams.get('prerender') !== '0';
        if (!server || !wanted || !html.includes(tag)) return html;
        const { surveyFallbackFromData } = (await server.ssrLoadModule(resolve(projectRoot, 'src/node/survey-fallback.ts'))) as typeof import('../src/node/survey-fallback.js');
        const data: unknown = JSON.parse(await readFile(resolve(demoRoot, 'public/data/tianning.json'), 'utf8'));
        const form = await surveyFallbackFromData(data, 'S-HCP-2026', { headingLevel: 4, source: 'tianning.json' });
        // The stylesheet a portal links with it (dist/themes/survey-fallback.css), here straight from the source.
        const stylesheet = `<link rel="stylesheet" href="/@fs${resolve(projectRoot, 'src/themes/survey-fallback.css')}" />`;
        return html.replace('</head>', `${stylesheet}\n</head>`).replace(tag, `${tag}\n${form}`);
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
  plugins: [keepSideEffects(), restMode(), prerenderSurvey()],
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
