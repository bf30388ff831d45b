import { until } from './fixtures.js';

/**
 * Runs `action` and returns the file it offers for download (name and text) instead of letting the browser
 * save it: a real download would navigate the test page away.
 */
export async function captureDownload(action: () => unknown | Promise<unknown>): Promise<{ filename: string; text: string }> {
  let href = '';
  let filename = '';
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    href = this.href;
    filename = this.download;
  };
  try {
    await action();
    await until(() => href !== '', 'download');
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return { filename, text: await (await fetch(href)).text() };
}
