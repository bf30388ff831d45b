import { toLocale } from '../core/locale.js';
import { pageConfig } from '../core/page-config.js';

/**
 * For each element, the chunks its file imports, and for each kind of data source (`adapter:static`,
 * `adapter:rest`), the adapter's chunks with the validation chunk, and for each element with translations
 * (`zh-Hant:NAME`) its Traditional Chinese strings with the character table: indexes into `files`, the names of
 * `chunks/<name>.js` next to the loader. The library build writes them over this placeholder (vite.config.ts,
 * `entryChunksInLoader`); unbuilt, both are empty and no chunk is preloaded.
 */
const PLAN: { files: readonly string[]; of: Readonly<Record<string, readonly number[] | undefined>> } = JSON.parse('{"files":[],"of":{}}');

const preloaded = new Set<string>();

export interface DataSource {
  kind: 'static' | 'rest';
  /** The attribute or setting as written: a data file's URL, or a REST base. */
  url: string;
}

/**
 * Where a widget will get its data, judged in the order the widget's own `adapterSource` uses: its attributes,
 * its provider's, the page config (not imported from there: the loader would share one more chunk with the
 * elements). A property set from script is not seen here; that widget just gets no head start.
 */
export function dataSourceOf(element: Element): DataSource | undefined {
  for (const layer of [element, element.closest('cw-provider')]) {
    const api = layer?.getAttribute('api');
    if (api) return { kind: 'rest', url: api };
    const data = layer?.getAttribute('src');
    if (data) return { kind: 'static', url: data };
  }
  const page = pageConfig();
  if (page.adapter) return undefined;
  if (page.api) return { kind: 'rest', url: page.api };
  return page.data ? { kind: 'static', url: page.data } : undefined;
}

/**
 * Whether the widget will show Traditional Chinese, judged as it judges it: its provider's or the page's `locale`,
 * else the nearest `lang` (zh-Hant, zh-TW, zh-HK, zh-MO …).
 */
export function readsTraditional(element: Element): boolean {
  const tag = element.closest('cw-provider')?.getAttribute('locale') || pageConfig().locale || element.closest('[lang]')?.getAttribute('lang');
  return toLocale(tag) === 'zh-Hant';
}

function append(rel: 'modulepreload' | 'preload', href: string): void {
  const link = document.createElement('link');
  link.rel = rel;
  if (rel === 'preload') {
    // Matches the static adapter's own request (CORS mode, same-origin credentials), which then takes this one.
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  link.href = href;
  document.head.append(link);
}

const waitingChunks: string[] = [];

/**
 * Starting a request costs the page's main thread a few milliseconds on a slow phone: the chunks' links go in one
 * task each, after the task that found the widgets (which has already asked for the element's own file), so the
 * loader adds no long task. A chunk the element's file asks for first is fetched once all the same (the module map).
 * `setTimeout`, not core's `nextTask`: importing that would make the loader share the widgets' runtime chunk.
 */
function appendNextChunk(): void {
  const href = waitingChunks.shift();
  if (!href) return;
  append('modulepreload', href);
  if (waitingChunks.length) setTimeout(appendNextChunk, 0);
}

function preloadChunk(href: string): void {
  if (preloaded.has(href)) return;
  preloaded.add(href);
  if (!waitingChunks.length) setTimeout(appendNextChunk, 0);
  waitingChunks.push(href);
}

/**
 * The data file's preload goes in at once: the widget's own request takes it only if it comes first (a request
 * made before it would be a second download).
 */
function preloadData(href: string): void {
  if (preloaded.has(href)) return;
  preloaded.add(href);
  append('preload', href);
}

/**
 * Starts fetching, without running, what `<cw-NAME>` needs: the chunks its file imports, its data adapter's
 * chunks, a data file, and on a zh-Hant page its Traditional strings and the character table. A browser finds a
 * module's imports only once it has the module, and the widget asks for its data (and strings) only once its code
 * runs, so without this each link of loader → element file → its chunks → adapter chunks → data file cost a round
 * trip of its own (≈150 ms each on a slow mobile network).
 *
 * @example
 * preloadFor('satisfaction-survey', element, import.meta.url);
 */
export function preloadFor(name: string, element: Element, base: string): void {
  const source = dataSourceOf(element);
  if (source?.kind === 'static') {
    try {
      preloadData(new URL(source.url, document.baseURI).href);
    } catch {
      // Not a URL: the widget reports it.
    }
  }
  const lists = [PLAN.of[name], source && PLAN.of[`adapter:${source.kind}`], readsTraditional(element) && PLAN.of[`zh-Hant:${name}`]];
  for (const index of lists.flatMap((list) => list || [])) {
    preloadChunk(new URL(`chunks/${PLAN.files[index]}.js`, base).href);
  }
}
