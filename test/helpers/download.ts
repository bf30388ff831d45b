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

/** WeChat's in-app browser on an iPhone, as it introduces itself. */
const WECHAT_USER_AGENT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323c) NetType/4G Language/zh_CN';

/** Runs `action` with WeChat's user agent; returns how many downloads it started (WeChat would drop them). */
export async function asWeChat(action: () => unknown | Promise<unknown>): Promise<number> {
  let downloads = 0;
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = () => void downloads++;
  Object.defineProperty(navigator, 'userAgent', { value: WECHAT_USER_AGENT, configurable: true });
  try {
    await action();
  } finally {
    delete (navigator as unknown as Record<string, unknown>)['userAgent'];
    HTMLAnchorElement.prototype.click = click;
  }
  return downloads;
}
