#!/usr/bin/env node
/**
 * Opens every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in Chromium and
 * fails on any page error, console error or axe violation — what a designer browsing it would run into.
 *
 *   node e2e/storybook-smoke.mjs [--filter text]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../scripts/chrome-path.mjs';
import { serveDirectory } from '../bench/lib/serve.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
if (!existsSync(`${root}index.json`)) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const filterIndex = process.argv.indexOf('--filter');
const filter = filterIndex > 0 ? process.argv[filterIndex + 1] : '';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const stories = Object.values(JSON.parse(readFileSync(`${root}index.json`, 'utf8')).entries).filter(
  (entry) => entry.type === 'story' && entry.id.includes(filter),
);

const server = await serveDirectory(root);
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
let passed = 0;
const failures = [];
try {
  for (const story of stories) {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // A base map's tiles cannot load offline; the story says so. Everything else is a real error.
      if (message.type() === 'error' && !/Failed to load resource|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED/.test(message.text())) {
        problems.push(`console error: ${message.text().slice(0, 300)}`);
      }
    });
    try {
      await page.goto(`${server.url}iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount, null, { timeout: 15_000 });
      await page.waitForTimeout(800); // data and lazy chunks settle
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' > ')}`);
      });
      problems.push(...violations.map((v) => `axe: ${v}`));
    } catch (error) {
      problems.push(`did not render: ${error.message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
    if (problems.length) failures.push({ story: story.id, problems });
    else passed++;
  }
} finally {
  await browser.close();
  await server.close();
}
for (const { story, problems } of failures) console.log(`✗ ${story}\n    ${problems.join('\n    ')}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
