import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { BROWSER_FLOOR } from '../../scripts/browser-floor.mjs';

/**
 * Bundle a bench page (a folder with index.html) with Vite's production build into a temp dir, so benchmarks
 * measure minified code the way a portal ships it, for the same browsers as dist/. Returns `{ dir, dispose }`.
 * Set CW_BENCH_MINIFY=0 to keep function names readable in a CPU profile.
 */
export async function buildPage(root) {
  const dir = await mkdtemp(join(tmpdir(), 'cw-bench-'));
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { minify: process.env.CW_BENCH_MINIFY !== '0', outDir: dir, emptyOutDir: true, sourcemap: false, target: BROWSER_FLOOR, reportCompressedSize: false },
  });
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}
