/**
 * The smallest harness a page-level check needs: named checks, a browser, and the closing line CI reads
 * (`N passed, N failed`), with a non-zero exit on any failure or when the whole run takes too long.
 */
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome-path.mjs';

let passed = 0;
let failed = 0;

/** Runs one named check; a thrown error fails it and the run goes on. */
export async function check(name, run) {
  try {
    await run();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n      ')}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function launch() {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium found: install Debian chromium or set CHROME_PATH.');
  return chromium.launch({ executablePath, args: chromeArgs });
}

/**
 * Wraps a whole script: fails it after `limitMs`, prints the summary, and sets the exit code.
 * @param {() => Promise<void>} body
 */
export async function runChecks(body, limitMs = 55_000) {
  const timer = setTimeout(() => {
    console.log(`  ✗ timed out after ${limitMs / 1000} s`);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }, limitMs);
  try {
    await body();
  } catch (error) {
    failed++;
    console.log(`  ✗ setup: ${error?.stack ?? error}`);
  }
  clearTimeout(timer);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

/** The dist must exist: these checks test what a webmaster copies, not the sources. */
export function requireDist(existsSync, dist) {
  if (!existsSync(`${dist}/loader.js`)) throw new Error('dist/loader.js is missing: run `npm run build` first.');
}
