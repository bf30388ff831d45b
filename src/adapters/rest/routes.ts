/**
 * The REST contract as data: one table that the REST adapter calls, the reference server serves and the
 * OpenAPI document describes, so the three cannot disagree about a path, a method or a query parameter.
 *
 * Paths are relative to the API base URL (e.g. `https://portal.example/api/v1`) and use OpenAPI's `{id}` style.
 */

/** A query parameter; `list` ones are comma-separated (`ids=G-01,G-02`): ids never contain commas. */
export interface QueryParameter {
  name: string;
  description: string;
  list?: boolean;
  format?: 'date-time';
}

/** Names of the schemas in `components.schemas` (see openapi/component-schemas.ts). */
export type SchemaName =
  | 'Grid'
  | 'Worker'
  | 'ServicePoint'
  | 'Survey'
  | 'VolunteerOpportunity'
  | 'SurveyResponse'
  | 'SurveyReceipt'
  | 'VolunteerSignup'
  | 'SignupReceipt'
  | 'SignupCancellation'
  | 'CancelReceipt';

interface RouteBase {
  operationId: string;
  path: string;
  summary: string;
  description?: string;
  tag: 'Grids' | 'Workers' | 'Service points' | 'Surveys' | 'Volunteering';
}

export interface ReadRoute extends RouteBase {
  method: 'GET';
  query?: readonly QueryParameter[];
  /** Lists answer `{ "items": [...] }`; single items answer the object itself. */
  response: { schema: SchemaName; list: boolean };
}

export interface WriteRoute extends RouteBase {
  method: 'POST';
  /** Idempotency keys are unique per write route: the same key on two routes is two different requests. */
  body: SchemaName;
  response: { schema: SchemaName };
  /** When the answer is HTTP 201 (something was stored): always, never, or for these receipt statuses; else 200. */
  created: 'always' | 'never' | readonly string[];
}

export type Route = ReadRoute | WriteRoute;

const ids = (what: string): QueryParameter => ({ name: 'ids', list: true, description: `Only these ${what} ids (comma-separated).` });
const community: QueryParameter = { name: 'community', description: 'Only items of this community (社区), matched exactly.' };

export const ROUTES = {
  listGrids: {
    operationId: 'listGrids',
    method: 'GET',
    path: '/grids',
    tag: 'Grids',
    summary: 'List grids (网格)',
    query: [ids('grid'), community],
    response: { schema: 'Grid', list: true },
  },
  getGrid: { operationId: 'getGrid', method: 'GET', path: '/grids/{id}', tag: 'Grids', summary: 'One grid', response: { schema: 'Grid', list: false } },
  listWorkers: {
    operationId: 'listWorkers',
    method: 'GET',
    path: '/workers',
    tag: 'Workers',
    summary: 'List workers',
    description: "With `gridId`: the grid's team — workers the grid lists, and workers who list the grid.",
    query: [ids('worker'), { name: 'gridId', description: 'Only the team of this grid.' }],
    response: { schema: 'Worker', list: true },
  },
  getWorker: { operationId: 'getWorker', method: 'GET', path: '/workers/{id}', tag: 'Workers', summary: 'One worker', response: { schema: 'Worker', list: false } },
  listServicePoints: {
    operationId: 'listServicePoints',
    method: 'GET',
    path: '/service-points',
    tag: 'Service points',
    summary: 'List service points (助餐点, 看护站 …)',
    query: [community, { name: 'kinds', list: true, description: 'Only these kinds (comma-separated), e.g. `meal,childcare`.' }],
    response: { schema: 'ServicePoint', list: true },
  },
  getSurvey: { operationId: 'getSurvey', method: 'GET', path: '/surveys/{id}', tag: 'Surveys', summary: 'One survey', response: { schema: 'Survey', list: false } },
  listOpportunities: {
    operationId: 'listOpportunities',
    method: 'GET',
    path: '/opportunities',
    tag: 'Volunteering',
    summary: 'List volunteer activities, soonest first',
    description: 'With `from`/`to`: activities overlapping the range (inclusive).',
    query: [
      community,
      { name: 'from', format: 'date-time', description: 'ISO 8601 date-time with offset.' },
      { name: 'to', format: 'date-time', description: 'ISO 8601 date-time with offset.' },
      { name: 'kind', description: 'Only activities of this kind.' },
    ],
    response: { schema: 'VolunteerOpportunity', list: true },
  },
  getOpportunity: {
    operationId: 'getOpportunity',
    method: 'GET',
    path: '/opportunities/{id}',
    tag: 'Volunteering',
    summary: 'One volunteer activity',
    response: { schema: 'VolunteerOpportunity', list: false },
  },
  submitSurveyResponse: {
    operationId: 'submitSurveyResponse',
    method: 'POST',
    path: '/survey-responses',
    tag: 'Surveys',
    summary: 'Submit a survey response',
    body: 'SurveyResponse',
    response: { schema: 'SurveyReceipt' },
    created: 'always',
  },
  submitSignup: {
    operationId: 'submitSignup',
    method: 'POST',
    path: '/signups',
    tag: 'Volunteering',
    summary: 'Sign up for a volunteer activity',
    description:
      'Capacity, waiting list and one signup per mobile per activity are decided atomically. `full`, `closed` and ' +
      '`duplicate` are answers, not errors: they come with HTTP 200 and store nothing.',
    body: 'VolunteerSignup',
    response: { schema: 'SignupReceipt' },
    created: ['confirmed', 'waitlisted'],
  },
  cancelSignup: {
    operationId: 'cancelSignup',
    method: 'POST',
    path: '/signup-cancellations',
    tag: 'Volunteering',
    summary: 'Cancel a signup with its receipt code and cancel token',
    description:
      'The token travels in the body, never in the URL. A wrong token answers `not-found`, exactly like an unknown ' +
      'code, so the answer does not reveal which codes exist. A freed place goes to the first on the waiting list.',
    body: 'SignupCancellation',
    response: { schema: 'CancelReceipt' },
    created: 'never',
  },
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof ROUTES;

/** Fills `{id}` with an encoded value: ids are validated on the server, but the URL must stay a URL. */
export function routePath(route: Route, id?: string): string {
  return id === undefined ? route.path : route.path.replace('{id}', encodeURIComponent(id));
}

/** The request header that carries the idempotency key on every write. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Set on a write answer that repeats the stored first result for the same key. */
export const REPLAY_HEADER = 'Idempotent-Replayed';
