/// <reference types="node" />
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { IDEMPOTENCY_HEADER, REPLAY_HEADER, ROUTES, type ReadRoute, type RouteName, type WriteRoute } from '../../src/adapters/rest/routes.js';
import {
  DateTimeSchema,
  SignupCancellationSchema,
  SurveyResponseSchema,
  VolunteerSignupSchema,
  describeIssue,
} from '../../src/model/index.js';
import type { Db } from './database.js';
import { installCors } from './http/cors.js';
import { sendProblem } from './http/problem.js';
import { installRateLimit, type RateLimit } from './http/rate-limit.js';
import { createCatalog } from './store/catalog.js';
import { createIdempotentRunner } from './store/idempotency.js';
import { Refusal, createSubmissions } from './store/submissions.js';

export interface AppOptions {
  db: Db;
  /** Where the API lives, e.g. `/api/v1`. */
  prefix: string;
  /** Largest accepted request body in bytes; larger ones get a 413 problem. */
  bodyLimit: number;
  rateLimit: RateLimit;
  /** Page origins allowed to call the API from a browser. */
  corsOrigins: readonly string[];
  logger?: boolean;
  now?: () => Date;
}

// Keys are UUIDs in practice; the bounds keep junk out of the table without tying backends to one format.
const KEY_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

type Query = Record<string, string | string[] | undefined>;

/** Comma-separated list parameter: absent → no filter; present but empty → matches nothing. */
const list = (query: Query, name: string): string[] | undefined => {
  const value = query[name];
  if (value === undefined) return undefined;
  const joined = Array.isArray(value) ? value.join(',') : value;
  return joined === '' ? [] : joined.split(',');
};
const text = (query: Query, name: string): string | undefined => {
  const value = query[name];
  return Array.isArray(value) ? value[0] : value || undefined;
};

/**
 * The reference server: every endpoint of docs/openapi.yaml, registered from the same route table the REST
 * adapter calls (startup fails if one is missing), validated with the same valibot schemas.
 *
 * @example
 * const app = buildApp({ db: openDatabase(file), prefix: '/api/v1', bodyLimit: 65_536, rateLimit: { max: 600, windowMs: 60_000 }, corsOrigins: [] });
 * await app.listen({ host: '127.0.0.1', port: 8787 });
 */
export function buildApp(options: AppOptions): FastifyInstance {
  const now = options.now ?? (() => new Date());
  const app = Fastify({ bodyLimit: options.bodyLimit, logger: options.logger ?? false, trustProxy: false });
  const catalog = createCatalog(options.db);
  const submissions = createSubmissions(options.db);
  const once = createIdempotentRunner(options.db);
  const registered = new Set<RouteName>();
  // Fastify parses text/plain by default; the contract takes JSON only, and anything else gets a clear 415.
  app.removeContentTypeParser('text/plain');

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
  });
  installCors(app, options.corsOrigins);
  installRateLimit(app, options.rateLimit);

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(reply, 'tooLarge', { status: 413, title: 'Body too large', detail: `The body must be at most ${options.bodyLimit} bytes` });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(reply, 'unsupportedMediaType', { status: 415, title: 'Unsupported media type', detail: 'The body must be application/json' });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(reply, 'invalidBody', { status: 400, title: 'Invalid body', detail: `The body is not valid JSON: ${error.message}` });
    }
    if (error.statusCode && error.statusCode < 500) {
      return sendProblem(reply, 'invalidBody', { status: error.statusCode, title: 'Bad request', detail: error.message });
    }
    request.log.error(error);
    return sendProblem(reply, 'server', { status: 500, title: 'Server error', detail: 'The server failed; try again later' });
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 'notFound', { status: 404, title: 'Not found', detail: `No endpoint ${request.method} ${request.url.split('?')[0]}` }),
  );

  const url = (path: string) => options.prefix + path.replace('{id}', ':id');

  function read(name: RouteName, answer: (query: Query, id: string) => unknown | undefined): void {
    const route = ROUTES[name] as ReadRoute;
    registered.add(name);
    app.get(url(route.path), async (request: FastifyRequest<{ Params: { id?: string }; Querystring: Query }>, reply) => {
      const query = request.query;
      for (const parameter of route.query ?? []) {
        const value = text(query, parameter.name);
        if (parameter.format === 'date-time' && value !== undefined && !v.is(DateTimeSchema, value)) {
          return sendProblem(reply, 'invalidBody', { status: 400, title: 'Invalid query', detail: `${parameter.name} must be an ISO 8601 date-time with an offset`, path: parameter.name });
        }
      }
      const result = answer(query, request.params.id ?? '');
      if (result === undefined) {
        return sendProblem(reply, 'notFound', { status: 404, title: 'Not found', detail: `No ${route.response.schema} with id ${request.params.id}` });
      }
      return route.response.list ? { items: result } : result;
    });
  }

  function write<T, R extends object>(
    name: RouteName,
    schema: v.GenericSchema<unknown, T>,
    bodyName: string,
    decide: (input: T, at: Date) => R,
  ): void {
    const route = ROUTES[name] as WriteRoute;
    registered.add(name);
    app.post(url(route.path), async (request: FastifyRequest, reply: FastifyReply) => {
      const key = request.headers[IDEMPOTENCY_HEADER.toLowerCase()];
      if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
        return sendProblem(reply, 'idempotencyKeyMissing', {
          status: 400,
          title: 'Idempotency-Key required',
          detail: 'Every write needs an Idempotency-Key header of 8–128 letters, digits and . _ : -',
        });
      }
      const parsed = v.safeParse(schema, request.body);
      if (!parsed.success) {
        const { path, message } = describeIssue(bodyName, parsed.issues);
        return sendProblem(reply, 'invalidBody', { status: 400, title: 'Invalid body', detail: `${path}: ${message}`, path });
      }
      let result;
      try {
        result = once(route.path, key, request.body, () => {
          const receipt = decide(parsed.output, now());
          const status = 'status' in receipt ? String(receipt.status) : '';
          const created = route.created === 'always' || (route.created !== 'never' && route.created.includes(status));
          return { statusCode: created ? 201 : 200, body: receipt };
        });
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        return sendProblem(reply, 'refused', { status: 422, title: 'Refused', detail: error.message, path: error.path });
      }
      if (result.kind === 'replay') reply.header(REPLAY_HEADER, 'true');
      // Not an error (see idempotency.ts), but worth a line for whoever maintains the widget that sent it.
      if (result.bodyDiffers) request.log.warn({ route: route.path }, 'Idempotency-Key replayed for a different body');
      return reply.code(result.outcome.statusCode).send(result.outcome.body);
    });
  }

  read('listGrids', (q) => catalog.listGrids({ ids: list(q, 'ids'), community: text(q, 'community') }));
  read('getGrid', (_q, id) => catalog.getGrid(id));
  read('listWorkers', (q) => catalog.listWorkers({ ids: list(q, 'ids'), gridId: text(q, 'gridId') }));
  read('getWorker', (_q, id) => catalog.getWorker(id));
  read('listServicePoints', (q) => catalog.listServicePoints({ community: text(q, 'community'), kinds: list(q, 'kinds') }));
  read('getSurvey', (_q, id) => catalog.getSurvey(id));
  read('listOpportunities', (q) =>
    catalog.listOpportunities({ community: text(q, 'community'), from: text(q, 'from'), to: text(q, 'to'), kind: text(q, 'kind') }),
  );
  read('getOpportunity', (_q, id) => catalog.getOpportunity(id));
  write('submitSurveyResponse', SurveyResponseSchema, 'response', (response, at) => submissions.surveyResponse(response, at));
  write('submitSignup', VolunteerSignupSchema, 'signup', (signup, at) => submissions.signup(signup, at));
  write('cancelSignup', SignupCancellationSchema, 'cancellation', (cancellation, at) => submissions.cancel(cancellation, at));

  const missing = (Object.keys(ROUTES) as RouteName[]).filter((name) => !registered.has(name));
  if (missing.length) throw new Error(`The reference server does not serve ${missing.join(', ')}`);
  return app;
}
