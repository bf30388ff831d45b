import { specFrom, type EmbedSpec } from './embed-spec.js';
import type { LoaderOptions } from './loader-options.js';

/**
 * Settings from the query, else from the fragment. Editors that escape twice leave `&amp;worker=` in the href,
 * which arrives as a key `amp;worker`: read it as `worker`.
 */
function settings(url: URL): URLSearchParams | undefined {
  for (const part of [url.search, url.hash]) {
    const params = new URLSearchParams(part.slice(1));
    if (!params.has('cw')) continue;
    for (const [key, value] of [...params]) if (key.startsWith('amp;')) params.append(key.slice(4), value);
    return params;
  }
  return undefined;
}

/**
 * The widget an ordinary link asks for, e.g. `<a href="/community/card.html?cw=worker-card&worker=W-0101">`.
 * The link is recognised by its `cw=` setting, not its exact URL: TinyMCE makes URLs relative, Quill adds
 * target/rel, wangEditor writes a raw `&`. Only links to the page's own host (or `linkHosts`) count, and only
 * under `linkPaths` when the webmaster set them.
 *
 * @example
 * linkSpec(anchor, loaderOptions()); // { name: 'worker-card', attributes: [['worker', 'W-0101']] }
 */
export function linkSpec(link: HTMLAnchorElement, options: LoaderOptions): EmbedSpec | undefined {
  const href = link.getAttribute('href');
  if (!options.links || !href?.includes('cw=')) return undefined;
  let url: URL;
  try {
    url = new URL(href, document.baseURI);
  } catch {
    return undefined;
  }
  const sameSite = url.origin === location.origin || options.linkHosts.includes(url.host.toLowerCase());
  const onPath = !options.linkPaths.length || options.linkPaths.some((path) => url.pathname.startsWith(path));
  const params = sameSite && onPath ? settings(url) : undefined;
  return params && specFrom(params.get('cw'), (key) => params.get(key));
}
