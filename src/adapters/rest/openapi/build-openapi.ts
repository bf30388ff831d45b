import type { JsonSchema } from '@valibot/to-json-schema';
import { IDEMPOTENCY_HEADER, REPLAY_HEADER, ROUTES, type QueryParameter, type Route, type WriteRoute } from '../routes.js';
import { componentSchemas } from './component-schemas.js';
import { PROBLEM_SCHEMA, PROBLEM_TYPES } from './problem-schema.js';
import type { JsonValue } from './to-yaml.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemResponse = (name: string) => ({ $ref: `#/components/responses/${name}` });

const DESCRIPTION = `What a backend implements so that the community widgets (cw-grid-map, cw-worker-card,
cw-satisfaction-survey, cw-volunteer-signup) can run on it with \`api="<base URL>"\`. Generated from the
valibot schemas in src/model by scripts/openapi.mjs — do not edit by hand. demo/server is a complete
reference implementation (Fastify + SQLite).

Rules every implementation keeps:
- Errors are RFC 9457 problem documents (\`application/problem+json\`). 400/422 mean the request is wrong as
  it is and will not be retried; 404 an unknown id; 429 and 503 carry \`Retry-After\` (seconds).
- Every write carries an \`Idempotency-Key\` (a UUID made when the form was first shown). Keys are unique per
  endpoint and kept at least 30 days: a repeated key returns the first answer, status and body, with
  \`Idempotent-Replayed: true\`, and stores nothing — whatever the body of the repeat.
- Answers are validated by the widgets; an invalid list item is left out, an invalid single item is an error.
- Data is text, never markup: widgets render every string as text.
- Personal data (names, mobiles, cancel tokens) travel only in request bodies, never in URLs.`;

function queryParameter(parameter: QueryParameter): Record<string, JsonValue> {
  const schema: JsonValue = parameter.list
    ? { type: 'array', items: { type: 'string' } }
    : parameter.format
      ? { type: 'string', format: parameter.format }
      : { type: 'string' };
  return {
    name: parameter.name,
    in: 'query',
    required: false,
    description: parameter.list ? `${parameter.description} Present but empty matches nothing.` : parameter.description,
    schema,
    ...(parameter.list ? { style: 'form', explode: false } : {}),
  };
}

function readOperation(route: Extract<Route, { method: 'GET' }>): Record<string, JsonValue> {
  const itemSchema = ref(route.response.schema);
  const body = route.response.list
    ? { type: 'object', properties: { items: { type: 'array', items: itemSchema } }, required: ['items'] }
    : itemSchema;
  const parameters = [
    ...(route.path.includes('{id}') ? [{ name: 'id', in: 'path', required: true, schema: ref('Id') }] : []),
    ...(route.query ?? []).map(queryParameter),
  ];
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    responses: {
      '200': { description: 'OK', content: { 'application/json': { schema: body } } },
      ...(route.path.includes('{id}') ? { '404': problemResponse('NotFound') } : {}),
      '400': problemResponse('BadRequest'),
      '429': problemResponse('TooManyRequests'),
      '500': problemResponse('ServerError'),
    },
  };
}

function writeOperation(route: WriteRoute): Record<string, JsonValue> {
  const receipt = { content: { 'application/json': { schema: ref(route.response.schema) } }, headers: { [REPLAY_HEADER]: { $ref: '#/components/headers/IdempotentReplayed' } } };
  const created = route.created;
  const responses: Record<string, JsonValue> = {};
  if (created !== 'never') {
    responses['201'] = { description: created === 'always' ? 'Stored.' : `Stored: status ${created.join(' or ')}.`, ...receipt };
  }
  if (created !== 'always') {
    responses['200'] = { description: created === 'never' ? 'Done; see `status`.' : 'Answered without storing anything; see `status`.', ...receipt };
  }
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }],
    requestBody: { required: true, content: { 'application/json': { schema: ref(route.body) } } },
    responses: {
      ...responses,
      '400': problemResponse('BadRequest'),
      '403': problemResponse('Forbidden'),
      '413': problemResponse('PayloadTooLarge'),
      '415': problemResponse('UnsupportedMediaType'),
      '422': problemResponse('Unprocessable'),
      '429': problemResponse('TooManyRequests'),
      '500': problemResponse('ServerError'),
    },
  };
}

function problem(description: string, type: string, extraHeaders = false): JsonValue {
  return {
    description: `${description} Problem type \`${type}\`.`,
    ...(extraHeaders ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}

/**
 * The OpenAPI 3.1 document of the REST contract, built from the route table and the valibot schemas.
 * `scripts/openapi.mjs` writes it to docs/openapi.yaml; test/openapi.test.ts rebuilds it and compares.
 *
 * @example
 * const yaml = toYaml(buildOpenApiDocument());
 */
export function buildOpenApiDocument(): Record<string, JsonValue> {
  const paths: Record<string, Record<string, JsonValue>> = {};
  for (const route of Object.values(ROUTES) as Route[]) {
    const item = (paths[route.path] ??= {});
    item[route.method.toLowerCase()] = route.method === 'GET' ? readOperation(route) : writeOperation(route);
  }
  const schemas = { ...componentSchemas(), Problem: PROBLEM_SCHEMA } as Record<string, JsonSchema>;
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: { title: 'community-widgets data API', version: '1.0.0', description: DESCRIPTION, license: { name: 'MIT', identifier: 'MIT' } },
    servers: [
      { url: 'http://127.0.0.1:8787/api/v1', description: 'The reference server (npm run serve:api).' },
      { url: '{base}', description: "The portal's own backend.", variables: { base: { default: 'https://portal.example/api/v1' } } },
    ],
    tags: ['Grids', 'Workers', 'Service points', 'Surveys', 'Volunteering'].map((name) => ({ name })),
    paths,
    components: {
      schemas: schemas as unknown as JsonValue,
      parameters: {
        IdempotencyKey: {
          name: IDEMPOTENCY_HEADER,
          in: 'header',
          required: true,
          description: 'Made once per form and reused for every retry, reload and tab: a repeated key returns the first answer.',
          schema: { type: 'string', minLength: 8, maxLength: 128, pattern: '^[A-Za-z0-9._:-]+$' },
        },
      },
      headers: {
        RetryAfter: { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 0 } },
        IdempotentReplayed: { description: '`true` when this is the stored answer to an earlier request with the same key.', schema: { type: 'string', enum: ['true'] } },
      },
      responses: {
        BadRequest: problem('The request does not match the schema; `path` names the field.', PROBLEM_TYPES.invalidBody),
        Forbidden: problem('The page origin is not on the server\'s CORS allow-list.', PROBLEM_TYPES.originNotAllowed),
        NotFound: problem('No item with this id.', PROBLEM_TYPES.notFound),
        PayloadTooLarge: problem('The body is larger than the server accepts.', PROBLEM_TYPES.tooLarge),
        UnsupportedMediaType: problem('The body must be `application/json`.', PROBLEM_TYPES.unsupportedMediaType),
        Unprocessable: problem('Well-formed but refused: an unknown survey or activity. Nothing was stored.', PROBLEM_TYPES.refused),
        TooManyRequests: problem('Too many requests from this client; wait `Retry-After` seconds.', PROBLEM_TYPES.rateLimited, true),
        ServerError: problem('The server failed; the request may be retried (writes with the same Idempotency-Key).', PROBLEM_TYPES.server, true),
      },
    },
  };
}
