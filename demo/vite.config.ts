/**
 * Dev server for the demo portal page: `npx vite --config demo/vite.config.ts` (or `npm start`).
 * Serves demo/ as the site root, demo/public/ as static files (the JSON data, photos), and the library sources
 * from ../src, so a change in a widget reloads the page.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const demoRoot = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(demoRoot, '..');
const libraryEntry = resolve(projectRoot, 'src/index.ts');

/**
 * While the all-in-one entry src/index.ts is not written yet, `import '../src/index.ts'` resolves to a module that
 * only warns, so the portal chrome still works and the widgets show their fallback content. When the file appears,
 * the page reloads with the real widgets.
 */
function optionalLibraryEntry(): Plugin {
  const placeholder = '\0cw-demo:missing-library-entry';
  return {
    name: 'cw-demo:optional-library-entry',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.endsWith('src/index.ts')) return null;
      const target = resolve(dirname(importer.split('?')[0]!), source);
      return target === libraryEntry && !existsSync(libraryEntry) ? placeholder : null;
    },
    load(id) {
      if (id !== placeholder) return null;
      return "console.warn('[demo] src/index.ts does not exist yet: the widgets show their fallback content.');\nexport {};\n";
    },
    // package.json's `sideEffects` is written for the published dist/; in this app build the demo scripts and the
    // library sources they import are all wanted for their side effects (registering elements, wiring the page).
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!file.startsWith(projectRoot + '/') || file.includes('/node_modules/')) return null;
      return { code, map: null, moduleSideEffects: true };
    },
    configureServer(server) {
      server.watcher.add(libraryEntry);
      server.watcher.on('add', (file) => {
        if (resolve(file) !== libraryEntry) return;
        server.moduleGraph.invalidateAll();
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

export default defineConfig({
  root: demoRoot,
  publicDir: resolve(demoRoot, 'public'),
  // Its own cache, so the demo server and other Vite-based tools (Storybook) can run side by side.
  cacheDir: resolve(projectRoot, 'node_modules/.vite-demo'),
  plugins: [optionalLibraryEntry()],
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
