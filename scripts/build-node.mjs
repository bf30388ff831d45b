/**
 * Builds `dist/node/survey-fallback.js`: the survey pre-rendering for a portal's server or build step (Node ≥ 20),
 * one self-contained file so it shares no chunk with the browser build. Run after `vite build`, which empties dist/.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes `survey-fallback.js` into `outDir` (default `dist/node`). */
export async function buildNode(outDir = 'dist/node') {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      lib: { entry: 'src/node/survey-fallback.ts', formats: ['es'], fileName: () => 'survey-fallback.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildNode();
