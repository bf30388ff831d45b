import { pageConfig } from '../core/page-config.js';

/**
 * For each element, the chunks its file imports, and for each kind of data source, the adapter's chunks (with
 * the validation chunk): paths relative to the loader. The library build writes them over this placeholder
 * (vite.config.ts, `entryChunksInLoader`); unbuilt, the map is empty and nothing is preloaded.
 */
const CHUNKS: Readonly<Record<string, readonly string[] | undefined>> = JSON.parse('{"cw-entry-chunks":[]}');

const preloaded = new Set<string>();

/**
 * Which adapter a widget will load, judged in the order the widget's own `adapterSource` uses: its attributes,
 * its provider's, the page config (not imported from there: the loader would share one more chunk with the
 * elements). A property set from script is not seen here; that widget just gets no head start.
 */
export function dataKind(element: Element): 'static' | 'rest' | undefined {
  for (const layer of [element, element.closest('cw-provider')]) {
    if (layer?.getAttribute('api')) return 'rest';
    if (layer?.getAttribute('src')) return 'static';
  }
  const page = pageConfig();
  return page.adapter ? undefined : page.api ? 'rest' : page.data ? 'static' : undefined;
}

/**
 * Starts fetching, without running, the chunks `<cw-NAME>` needs: those its file imports, and its data adapter's.
 * A browser finds a module's imports only once it has the module, so without this each link of loader → element
 * file → its chunks → adapter chunks cost a round trip of its own (≈150 ms each on a slow mobile network).
 *
 * @example
 * preloadChunks('satisfaction-survey', element, import.meta.url);
 */
export function preloadChunks(name: string, element: Element, base: string): void {
  const kind = dataKind(element);
  for (const path of [...(CHUNKS[name] ?? []), ...(kind ? (CHUNKS[`adapter:${kind}`] ?? []) : [])]) {
    if (preloaded.has(path)) continue;
    preloaded.add(path);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = new URL(path, base).href;
    document.head.append(link);
  }
}
