import { AdapterError } from './adapter-error.js';
import type { DataAdapter, DataWriter, ReadOptions } from './data-adapter.js';
import { pick, reportInvalid, validateDataset, type ValidatedDataset } from './dataset-validation.js';
import { filterGrids, filterOpportunities, filterServicePoints, filterWorkers } from './queries.js';
import { raceAbort, withTimeout } from './signals.js';

export interface StaticAdapterOptions {
  /** URL of the JSON data file (grids, workers, servicePoints, surveys, opportunities). */
  url?: string;
  /** The data itself, instead of a URL. */
  data?: unknown;
  /**
   * Where submissions go. Without one, writes fail as `not-configured` — retryable, so the outbox keeps
   * them on the device until the webmaster configures an endpoint.
   */
  writer?: DataWriter;
  /** Milliseconds before loading the file counts as a timeout. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

function resolveAgainst(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url; // left as is; safeUrl refuses it at display time
  }
}

/**
 * The embedded default adapter: one JSON file a portal can publish as it publishes anything else. The file is
 * fetched once per adapter and validated item by item.
 *
 * @example
 * const adapter = createStaticAdapter({ url: '/data/tianning.json' });
 * const grid = await adapter.getGrid('G-JQJ-01');
 */
export function createStaticAdapter(options: StaticAdapterOptions): DataAdapter {
  const source = options.url ?? 'inline data';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  let loading: Promise<ValidatedDataset> | undefined;

  async function load(): Promise<ValidatedDataset> {
    if (options.data !== undefined) return validateDataset(options.data, source);
    if (!options.url) throw new AdapterError('not-configured', 'The static adapter needs a url or data');
    const { signal, dispose } = withTimeout(undefined, options.timeoutMs ?? 15_000);
    try {
      const response = await doFetch(options.url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) {
        const code = response.status >= 500 ? 'server' : response.status === 429 ? 'rate-limited' : 'rejected';
        throw new AdapterError(code, `GET ${options.url} answered ${response.status}`, { status: response.status });
      }
      let raw: unknown;
      try {
        raw = await response.json();
      } catch (error) {
        throw new AdapterError('invalid-data', `${source} is not valid JSON: ${(error as Error).message}`, { path: '(root)' });
      }
      // Links inside the file (photos, results pages) are relative to the file, as in CSS: the page showing a
      // widget may live anywhere on the portal.
      const base = response.url || new URL(options.url, document.baseURI).href;
      return validateDataset(raw, source, { resolveUrl: (url) => resolveAgainst(url, base) });
    } catch (error) {
      throw AdapterError.from(error);
    } finally {
      dispose();
    }
  }

  /** One shared load; a failure is forgotten so that "retry" fetches again. */
  function dataset(opts?: ReadOptions): Promise<ValidatedDataset> {
    if (!loading) {
      loading = load();
      loading.catch(() => (loading = undefined));
    }
    return raceAbort(loading, opts?.signal).catch((error: unknown) => Promise.reject(AdapterError.from(error)));
  }

  function writer(): DataWriter {
    if (!options.writer) throw new AdapterError('not-configured', 'No endpoint is configured for submissions');
    return options.writer;
  }

  return {
    id: `static:${source}`,
    listGrids: async (query = {}, opts) => {
      const grids = (await dataset(opts)).grids;
      reportInvalid(grids, query, opts?.onInvalid);
      return filterGrids(grids.items, query);
    },
    getGrid: async (id, opts) => pick((await dataset(opts)).grids, 'grid', id),
    listWorkers: async (query, opts) => {
      const data = await dataset(opts);
      return filterWorkers(data.workers.items, data.grids.items, query);
    },
    getWorker: async (id, opts) => pick((await dataset(opts)).workers, 'worker', id),
    listServicePoints: async (query, opts) => filterServicePoints((await dataset(opts)).servicePoints.items, query),
    getSurvey: async (id, opts) => pick((await dataset(opts)).surveys, 'survey', id),
    listOpportunities: async (query, opts) => filterOpportunities((await dataset(opts)).opportunities.items, query),
    getOpportunity: async (id, opts) => pick((await dataset(opts)).opportunities, 'opportunity', id),
    submitSurveyResponse: async (response, opts) => writer().submitSurveyResponse(response, opts),
    submitSignup: async (signup, opts) => writer().submitSignup(signup, opts),
    cancelSignup: async (cancellation, opts) => writer().cancelSignup(cancellation, opts),
  };
}
