import type { LoaderSettings } from '../core/config.js';
import { pageConfig } from '../core/page-config.js';

/**
 * How the loader treats pasted content, from the `loader` key of the page config, every setting with its
 * default filled in.
 *
 * @example
 * <script type="application/json" id="cw-config">
 *   { "data": "/cms/community.json", "loader": { "linkPaths": ["/community/"] } }
 * </script>
 */
export type LoaderOptions = Required<LoaderSettings>;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The options in force; anything malformed falls back to the default rather than stopping the page. */
export function loaderOptions(): LoaderOptions {
  // Typed, but written by hand in a page's JSON: every value is checked below.
  const raw = (pageConfig().loader ?? {}) as Record<keyof LoaderOptions, unknown>;
  return {
    links: raw.links !== false,
    linkPaths: strings(raw.linkPaths),
    linkHosts: strings(raw.linkHosts).map((host) => host.toLowerCase()),
    dataAttributes: raw.dataAttributes !== false,
  };
}
