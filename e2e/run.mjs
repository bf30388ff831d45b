#!/usr/bin/env node
/**
 * Every end-to-end script, one after another (they share the two CPU cores badly): faults, hostile input, the
 * demo page in REST mode, and the embedding checks against the built dist/. Exit code 1 if any failed.
 *
 *   node e2e/run.mjs
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The embedding checks read the built dist/ (npm run build first); the others run on the sources.
const scripts = ['embedding-csp.mjs', 'embedding-sanitizers.mjs', 'embedding-fallback.mjs', 'embedding-cls.mjs', 'survey-prerender.mjs', 'older-browsers.mjs', 'faults.mjs', 'hostile.mjs', 'demo-rest.mjs'];
const started = Date.now();
const failed = scripts.filter((script) => {
  console.log(`\n=== e2e/${script}`);
  return spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], { stdio: 'inherit' }).status !== 0;
});
console.log(`\n${scripts.length - failed.length}/${scripts.length} e2e scripts passed in ${((Date.now() - started) / 1000).toFixed(0)} s${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
