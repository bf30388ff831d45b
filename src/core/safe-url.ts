/** What a URL is for decides what may pass: a photo loads by itself, a link only when a resident follows it. */
export type UrlPurpose = 'link' | 'image' | 'tel';

export interface SafeUrlOptions {
  /** Hosts besides the page's own from which images may load. Links may go anywhere over http(s). */
  imageHosts?: readonly string[];
  base?: string;
}

const LINK_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/**
 * The URL if it is safe for its purpose, otherwise `undefined`. Blocks `javascript:`, `data:`, `vbscript:`,
 * and images from hosts the webmaster did not configure (no request may leave for them).
 *
 * @example
 * html`<a href=${safeUrl(worker.site, 'link') ?? nothing}>`
 */
export function safeUrl(raw: string | undefined | null, purpose: UrlPurpose, options: SafeUrlOptions = {}): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // Browsers ignore tabs/newlines inside a scheme (`java\tscript:`), so judge the URL as they will parse it.
  const value = raw.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value, options.base ?? document.baseURI);
  } catch {
    return undefined;
  }
  if (purpose === 'tel') return url.protocol === 'tel:' ? url.href : undefined;
  if (purpose === 'image') {
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    const sameOrigin = url.origin === new URL(document.baseURI).origin;
    return sameOrigin || options.imageHosts?.includes(url.host) ? url.href : undefined;
  }
  return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** `tel:` URL for a published number: digits and a leading + only, so the dialler gets exactly the number shown. */
export function telUrl(number: string): string | undefined {
  const digits = number.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.length >= 3 ? `tel:${digits}` : undefined;
}
