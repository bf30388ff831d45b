import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, chromePath } from './scripts/chrome-path.mjs';
import { restApiServerPlugin } from './e2e/wtr-api-plugin.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** Vite serves `x.css?inline` as a string module; the test server must do the same. */
const inlineCss = {
  name: 'inline-css',
  async serve(context) {
    if (context.path.endsWith('.css') && context.URL.searchParams.has('inline')) {
      const file = fileURLToPath(new URL(`.${context.path}`, import.meta.url));
      const css = await readFile(file, 'utf8');
      return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
    }
    return undefined;
  },
};

/**
 * `ics` ships only CommonJS. Vite converts it for the build; the test server does not, so serve such packages
 * as one ES module bundled by esbuild, with their named exports.
 */
const requireCjs = createRequire(import.meta.url);
const commonJsPackages = new Set(['ics']);
const commonJs = {
  name: 'commonjs-packages',
  resolveImport: ({ source }) => (commonJsPackages.has(source) ? `/__cjs__/${source}.js` : undefined),
  async serve(context) {
    const name = context.path.startsWith('/__cjs__/') && context.path.slice('/__cjs__/'.length, -'.js'.length);
    if (!name || !commonJsPackages.has(name)) return undefined;
    const names = Object.keys(requireCjs(name)).filter((key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key));
    const contents = `import * as m from ${JSON.stringify(name)};\n${names.map((n) => `export const ${n} = m.${n};`).join('\n')}\nexport default m;`;
    const out = await build({
      stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return { body: out.outputFiles[0].text, type: 'js' };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One test file at a time: keyboard tests bring their tab to the front, and a background tab gets no
  // animation frames, so another file's fixture() would wait forever. The whole suite takes seconds anyway.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [inlineCss, commonJs, restApiServerPlugin(), esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs },
    }),
  ],
};
