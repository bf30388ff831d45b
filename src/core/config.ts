import type { DataAdapter } from '../adapters/data-adapter.js';

export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';
export type RenderMode = 'shadow' | 'light';

/**
 * Settings a widget reads. Each key may come from the element's attributes, the nearest `<cw-provider>`, or
 * the page config — the most specific wins (see `resolveConfig`).
 */
export interface WidgetConfig {
  /** URL of the static JSON data file. */
  data?: string;
  /** Base URL of a REST backend implementing the OpenAPI contract. */
  api?: string;
  /** An adapter object, for webmasters who bring their own backend. */
  adapter?: DataAdapter;
  /** Force a language instead of following the page's `lang`. */
  locale?: Locale;
  /** Elder mode (长者模式) for every widget. */
  elder?: boolean;
  /** A selector that, when it matches `<html>` or `<body>`, turns elder mode on: the portal's own 长者模式 switch. */
  elderSelector?: string;
  render?: RenderMode;
  /** Hosts besides the page's own from which worker photos may load. */
  imageHosts?: string[];
  /** Offer "read aloud" buttons on long content where the browser can speak (speechSynthesis). */
  speak?: boolean;
  /** Page config only: how dist/loader.js turns pasted links and data attributes into widgets. */
  loader?: LoaderSettings;
}

/** The loader's page-config settings; every one optional, with the defaults documented in the loader. */
export interface LoaderSettings {
  /** Turn links carrying `cw=` into widgets (default true). */
  links?: boolean;
  /** Only links whose path starts with one of these count (default: any path on an allowed host). */
  linkPaths?: string[];
  /** Hosts besides the page's own whose links count, e.g. the CMS preview host (default none). */
  linkHosts?: string[];
  /** Turn `<div data-cw="…">` and `<div class="cw-…">` into widgets (default true). */
  dataAttributes?: boolean;
}

const CONFIG_KEYS: readonly (keyof WidgetConfig)[] = ['data', 'api', 'adapter', 'locale', 'elder', 'elderSelector', 'render', 'imageHosts', 'speak'];

/** Merges config layers, most specific first; `undefined` never overrides a less specific value. */
export function resolveConfig(...layers: (Partial<WidgetConfig> | undefined)[]): WidgetConfig {
  const result: WidgetConfig = {};
  for (const key of CONFIG_KEYS) {
    for (const layer of layers) {
      const value = layer?.[key];
      if (value !== undefined && value !== null && value !== '') {
        (result as Record<string, unknown>)[key] = value;
        break;
      }
    }
  }
  return result;
}

/** Which layer supplies the adapter matters: a nearer `data` must beat a farther `api`, and vice versa. */
export function adapterSource(...layers: (Partial<WidgetConfig> | undefined)[]): Pick<WidgetConfig, 'adapter' | 'api' | 'data'> {
  for (const layer of layers) {
    if (layer?.adapter) return { adapter: layer.adapter };
    if (layer?.api) return { api: layer.api };
    if (layer?.data) return { data: layer.data };
  }
  return {};
}
