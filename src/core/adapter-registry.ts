import type { DataAdapter } from '../adapters/data-adapter.js';
import { lazyAdapter } from '../adapters/lazy-adapter.js';
import { raceAbort } from '../adapters/signals.js';
import type { WidgetConfig } from './config.js';

const byKey = new Map<string, DataAdapter>();

/**
 * One adapter per data URL or API base for the whole page: ten cards pointing at the same file fetch it once.
 * Relative URLs are resolved first so `data.json` and `./data.json` share.
 */
export function adapterFor(source: Pick<WidgetConfig, 'adapter' | 'api' | 'data'>): DataAdapter | undefined {
  if (source.adapter) return source.adapter;
  if (source.api) {
    // Like the static adapter, the REST adapter is fetched only by pages that use it.
    const base = new URL(source.api, document.baseURI).href.replace(/\/+$/, '');
    return cached(`api:${base}`, () =>
      lazyAdapter(`rest:${base}`, () =>
        withValidation(() => import('../adapters/rest/rest-adapter.js')).then((m) => m.createRestAdapter({ baseUrl: base })),
      ),
    );
  }
  if (source.data) {
    const url = new URL(source.data, document.baseURI).href;
    // Validation (valibot + schemas) arrives with the adapter, after the widget has painted its loading state;
    // the data file is requested at the same time, not after the code.
    return cached(`data:${url}`, () =>
      lazyAdapter(`static:${url}`, () => {
        const fetchOnce = prefetch(url);
        return withValidation(() => import('../adapters/static-adapter.js')).then((m) => m.createStaticAdapter({ url, fetch: fetchOnce }));
      }),
    );
  }
  return undefined;
}

/**
 * Imports an adapter's code with the validation chunk (valibot and the schemas) it imports started at the same
 * time: otherwise the browser finds that chunk only after fetching and parsing the adapter's.
 */
function withValidation<T>(load: () => Promise<T>): Promise<T> {
  import('../adapters/dataset-validation.js').catch(() => {}); // the adapter's own import reports a failure
  return load();
}

/**
 * A fetch that answers its first call with a request already under way (the caller's signal still aborts the
 * wait) and makes ordinary requests after that, so "retry" fetches anew.
 */
function prefetch(url: string): typeof fetch {
  let early: Promise<Response> | undefined = fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  early.catch(() => {}); // reported through the adapter's own call, not as an unhandled rejection
  return (input, init) => {
    const pending = early;
    early = undefined;
    return pending ? raceAbort(pending, init?.signal ?? undefined) : fetch(input, init);
  };
}

function cached(key: string, make: () => DataAdapter): DataAdapter {
  let adapter = byKey.get(key);
  if (!adapter) byKey.set(key, (adapter = make()));
  return adapter;
}

/** For tests: drop cached adapters so a new page state fetches anew. */
export function clearAdapterCache(): void {
  byKey.clear();
}
