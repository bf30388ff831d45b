import type * as v from 'valibot';
import {
  CancelReceiptSchema,
  GridSchema,
  ServicePointSchema,
  SignupReceiptSchema,
  SurveyReceiptSchema,
  SurveySchema,
  VolunteerOpportunitySchema,
  WorkerSchema,
} from '../../model/index.js';
import type { DataAdapter, ReadOptions, WriteOptions } from '../data-adapter.js';
import { exchange } from './exchange.js';
import { withQuery } from './query-string.js';
import { withReadRetries } from './read-retries.js';
import { IDEMPOTENCY_HEADER, ROUTES, routePath, type ReadRoute, type WriteRoute } from './routes.js';
import { validateItem, validateItems } from './validate-body.js';

export interface RestAdapterOptions {
  /** Base URL of the API, e.g. `https://portal.example/api/v1` (see docs/openapi.yaml). */
  baseUrl: string;
  /** Sent with every request, e.g. an API key the gateway expects. Never put personal data here. */
  headers?: Record<string, string>;
  /** Whether cookies go along. Default `same-origin`: none to another host unless you ask. */
  credentials?: RequestCredentials;
  /** Milliseconds per attempt before it counts as `timeout`. Default 10 000. */
  timeoutMs?: number;
  /** Extra attempts for a read after a network failure, 5xx or 429. Default 2. Writes are never retried here. */
  retries?: number;
  /** First retry delay in ms, doubled each time (with jitter). Default 400. */
  retryDelayMs?: number;
  /** A `Retry-After` longer than this (ms) is reported to the widget instead of waited out. Default 10 000. */
  maxRetryDelayMs?: number;
  fetch?: typeof fetch;
}

type Query = Record<string, string | readonly string[] | undefined>;

/**
 * A DataAdapter for a backend that implements the OpenAPI contract in docs/openapi.yaml. Every answer is
 * validated with the model schemas; errors arrive as RFC 9457 problem documents and leave as AdapterErrors;
 * every write carries its idempotency key in the `Idempotency-Key` header.
 *
 * @example
 * const adapter = createRestAdapter({ baseUrl: 'https://portal.example/api/v1', timeoutMs: 8000 });
 * const team = await adapter.listWorkers({ gridId: 'G-JQJ-01' });
 * const receipt = await adapter.submitSignup(signup, { idempotencyKey: crypto.randomUUID() });
 */
export function createRestAdapter(options: RestAdapterOptions): DataAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const common = {
    fetch: doFetch,
    credentials: options.credentials ?? 'same-origin',
    timeoutMs: options.timeoutMs ?? 10_000,
  } as const;
  const retryPolicy = {
    retries: options.retries ?? 2,
    baseDelayMs: options.retryDelayMs ?? 400,
    maxDelayMs: options.maxRetryDelayMs ?? 10_000,
  };

  function read(route: ReadRoute, opts: ReadOptions | undefined, id?: string, query?: Query): Promise<unknown> {
    const path = routePath(route, id);
    const request = {
      ...common,
      url: withQuery(base + path, query),
      method: 'GET' as const,
      headers: { accept: 'application/json', ...options.headers },
      signal: opts?.signal,
      what: `GET ${path}`,
    };
    return withReadRetries(() => exchange(request), retryPolicy, opts?.signal);
  }

  async function list<T>(route: ReadRoute, schema: v.GenericSchema<unknown, T>, name: string, query: Query, opts?: ReadOptions): Promise<T[]> {
    return validateItems(schema, await read(route, opts, undefined, query), name, `GET ${route.path}`, opts?.onInvalid);
  }

  async function one<T>(route: ReadRoute, schema: v.GenericSchema<unknown, T>, name: string, id: string, opts?: ReadOptions): Promise<T> {
    return validateItem(schema, await read(route, opts, id), name, `GET ${routePath(route, id)}`);
  }

  async function write<T>(route: WriteRoute, schema: v.GenericSchema<unknown, T>, body: unknown, opts: WriteOptions): Promise<T> {
    const answer = await exchange({
      ...common,
      url: base + route.path,
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...options.headers,
        [IDEMPOTENCY_HEADER]: opts.idempotencyKey,
      },
      body: JSON.stringify(body),
      signal: opts.signal,
      what: `POST ${route.path}`,
    });
    return validateItem(schema, answer, 'receipt', `POST ${route.path}`);
  }

  return {
    id: `rest:${base}`,
    listGrids: (query = {}, opts) => list(ROUTES.listGrids, GridSchema, 'grids', { ids: query.ids, community: query.community }, opts),
    getGrid: (id, opts) => one(ROUTES.getGrid, GridSchema, 'grid', id, opts),
    listWorkers: (query = {}, opts) => list(ROUTES.listWorkers, WorkerSchema, 'workers', { ids: query.ids, gridId: query.gridId }, opts),
    getWorker: (id, opts) => one(ROUTES.getWorker, WorkerSchema, 'worker', id, opts),
    listServicePoints: (query = {}, opts) =>
      list(ROUTES.listServicePoints, ServicePointSchema, 'servicePoints', { community: query.community, kinds: query.kinds }, opts),
    getSurvey: (id, opts) => one(ROUTES.getSurvey, SurveySchema, 'survey', id, opts),
    listOpportunities: (query = {}, opts) =>
      list(
        ROUTES.listOpportunities,
        VolunteerOpportunitySchema,
        'opportunities',
        { community: query.community, from: query.from, to: query.to, kind: query.kind },
        opts,
      ),
    getOpportunity: (id, opts) => one(ROUTES.getOpportunity, VolunteerOpportunitySchema, 'opportunity', id, opts),
    submitSurveyResponse: (response, opts) => write(ROUTES.submitSurveyResponse, SurveyReceiptSchema, response, opts),
    submitSignup: (signup, opts) => write(ROUTES.submitSignup, SignupReceiptSchema, signup, opts),
    cancelSignup: (cancellation, opts) => write(ROUTES.cancelSignup, CancelReceiptSchema, cancellation, opts),
  };
}
