/**
 * Offers the text as a file download without navigating away (no data: URL, so a strict CSP is fine). Returns
 * false, offering nothing, in WeChat's and WeCom's in-app browsers (both say MicroMessenger): they drop downloads
 * without a word, so the widget says what to do instead.
 */
export function downloadText(text: string, filename: string, type: string): boolean {
  if (/MicroMessenger/i.test(navigator.userAgent)) return false;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
