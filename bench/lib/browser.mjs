import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome-path.mjs';

/**
 * One headless Chromium for a whole bench run, so every variant of a suite is measured in the same browser
 * process. `--enable-precise-memory-info` makes performance.memory exact instead of bucketed.
 */
export async function launchBrowser() {
  const executablePath = chromePath();
  if (!executablePath) throw new Error('No Chromium found: install Debian chromium or set CHROME_PATH');
  return chromium.launch({ executablePath, headless: true, args: [...chromeArgs, '--enable-precise-memory-info'] });
}

/**
 * Used JS heap plus ArrayBuffer backing stores after a forced garbage collection, in bytes (via the DevTools
 * protocol). Typed arrays live outside the V8 heap proper, so `usedSize` alone would hide a typed-array engine.
 */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, backingStorageSize = 0 } = await cdp.send('Runtime.getHeapUsage');
    return usedSize + backingStorageSize;
  } finally {
    await cdp.detach();
  }
}
