import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, chromePath } from './scripts/chrome-path.mjs';

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One test file at a time: keyboard tests bring their tab to the front, and a background tab gets no
  // animation frames, so another file's fixture() would wait forever. The whole suite takes seconds anyway.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [inlineCss, esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs },
    }),
  ],
};
