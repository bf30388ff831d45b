/**
 * A Vite dev server for e2e pages: the project root served as is (e2e/pages/*.html import the TypeScript
 * sources directly), or the demo portal with its own config.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** @param {{ demo?: boolean }} [options] `demo`: the portal page (demo/vite.config.ts; REST mode with `/?api=`). */
export async function startVite(options = {}) {
  const server = await createServer({
    configFile: options.demo ? fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url)) : false,
    ...(options.demo ? {} : { root: projectRoot }),
    // Its own cache, so e2e runs never disturb the demo or Storybook servers of people working meanwhile.
    cacheDir: fileURLToPath(new URL(`../../node_modules/.vite-e2e${options.demo ? '-demo' : ''}`, import.meta.url)),
    logLevel: 'warn',
    clearScreen: false,
    // Dependencies are ESM already; discovering and pre-bundling them mid-test would reload the page under us.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null, fs: { allow: [projectRoot] } },
  });
  await server.listen();
  const url = server.resolvedUrls.local[0].replace(/\/$/, '');
  return { url, origin: new URL(url).origin, close: () => server.close() };
}
