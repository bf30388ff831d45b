#!/usr/bin/env node
/**
 * Benchmark runner: `node bench/run.mjs [suite…] [--quick]`.
 *
 * Every bench/suites/*.mjs exports a default `{ name, description, run(context) }`; `run` returns a list of tables
 * (`{ title, columns, rows, notes }`) printed as markdown. The context gives suites one shared Chromium
 * (`context.browser()`), `quick` (fewer iterations) and `log` (progress on stderr, so stdout stays a clean report).
 * Numbers are reported, never asserted: this machine is shared and timing thresholds would flake.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { markdownTable } from './lib/markdown.mjs';
import { launchBrowser } from './lib/browser.mjs';

const suitesDir = fileURLToPath(new URL('./suites/', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const unknownFlags = args.filter((a) => a.startsWith('--') && a !== '--quick');
if (unknownFlags.length) {
  console.error(`Unknown option ${unknownFlags.join(', ')}. Usage: node bench/run.mjs [suite…] [--quick]`);
  process.exit(2);
}
const wanted = args.filter((a) => !a.startsWith('--'));

const files = (await readdir(suitesDir)).filter((f) => f.endsWith('.mjs')).sort();
const suites = [];
for (const file of files) {
  const suite = (await import(pathToFileURL(suitesDir + file).href)).default;
  if (!wanted.length || wanted.includes(suite.name)) suites.push(suite);
}
const missing = wanted.filter((w) => !suites.some((s) => s.name === w));
if (missing.length) {
  console.error(`No suite named ${missing.join(', ')}. Available: ${files.map((f) => f.replace(/\.mjs$/, '')).join(', ')}`);
  process.exit(2);
}

let browser;
const context = {
  quick,
  log: (message) => process.stderr.write(`[bench] ${message}\n`),
  browser: async () => (browser ??= await launchBrowser()),
};

const started = performance.now();
let failed = false;
try {
  for (const suite of suites) {
    context.log(`suite ${suite.name}${quick ? ' (quick)' : ''}: ${suite.description}`);
    try {
      const tables = await suite.run(context);
      console.log(`## ${suite.name}\n`);
      for (const table of tables) console.log(`${markdownTable(table)}\n`);
    } catch (error) {
      failed = true;
      console.error(`[bench] suite ${suite.name} failed:`, error);
    }
  }
} finally {
  await browser?.close();
}
context.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = failed ? 1 : 0;
