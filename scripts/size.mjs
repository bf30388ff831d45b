#!/usr/bin/env node
/**
 * Gzip size of each dist entry plus every chunk it imports statically (what a page downloads before the widget
 * can render). Dynamic imports (Leaflet, OpenCC, ics) are listed separately: they load only when needed.
 *
 *   node scripts/size.mjs            print the table
 *   node scripts/size.mjs --check    also fail when an entry exceeds its budget in size-budgets.json
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve('dist');
if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const staticImport = /(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const dynamicImport = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** The entry and everything it pulls in statically, and the set reached only through import(). */
function closure(entry) {
  const seen = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(staticImport)) visit(join(dirname(file), spec));
    for (const [, spec] of code.matchAll(dynamicImport)) lazy.add(join(dirname(file), spec));
  };
  visit(entry);
  return { files: [...seen], lazy: [...lazy].filter((f) => !seen.has(f)) };
}

const entries = ['index.js', 'loader.js', 'adapters.js', 'adapters/contract.js', ...readdirSync(join(dist, 'elements')).map((f) => `elements/${f}`)]
  .filter((f) => f.endsWith('.js') && existsSync(join(dist, f)));

const budgets = existsSync('size-budgets.json') ? JSON.parse(readFileSync('size-budgets.json', 'utf8')) : {};
const rows = [];
let over = false;
for (const entry of entries) {
  const { files, lazy } = closure(join(dist, entry));
  const bytes = files.reduce((sum, f) => sum + gz(f), 0);
  const lazyBytes = lazy.map((f) => ({ name: relative(dist, f), bytes: closure(f).files.reduce((s, x) => s + gz(x), 0) }));
  const budget = budgets[entry];
  const ok = budget === undefined || bytes <= budget * 1024;
  if (!ok) over = true;
  rows.push({ entry, bytes, budget, ok, lazyBytes });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('| entry | gzip (entry + static imports) | budget | lazy chunks (gzip, loaded on demand) |');
console.log('|---|---|---|---|');
for (const r of rows) {
  const lazy = r.lazyBytes.map((l) => `${l.name} ${kb(l.bytes)}`).join(', ') || '–';
  console.log(`| ${r.entry} | ${kb(r.bytes)} | ${r.budget === undefined ? '–' : `${r.budget} KB${r.ok ? '' : ' ✗ OVER'}`} | ${lazy} |`);
}
if (process.argv.includes('--check') && over) {
  console.error('A size budget is exceeded (see ✗ above). Shrink the entry or raise its budget in size-budgets.json with a reason.');
  process.exit(1);
}
