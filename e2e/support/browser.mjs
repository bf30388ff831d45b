import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome-path.mjs';

export function launchBrowser() {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium fonts-noto-cjk, or set CHROME_PATH');
  return chromium.launch({ executablePath, args: chromeArgs });
}

/** Resolves when `check()` is truthy; polls, because the outbox delivers in the background. */
export async function until(check, { timeoutMs = 20_000, intervalMs = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
