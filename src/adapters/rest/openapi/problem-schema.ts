import type { JsonSchema } from '@valibot/to-json-schema';

/** Problem types the reference server uses; a backend may add its own. Relative to nothing: they are URNs. */
export const PROBLEM_TYPES = {
  invalidBody: 'urn:community-widgets:problem:invalid-body',
  notFound: 'urn:community-widgets:problem:not-found',
  refused: 'urn:community-widgets:problem:refused',
  idempotencyKeyMissing: 'urn:community-widgets:problem:idempotency-key-missing',
  tooLarge: 'urn:community-widgets:problem:body-too-large',
  unsupportedMediaType: 'urn:community-widgets:problem:unsupported-media-type',
  rateLimited: 'urn:community-widgets:problem:rate-limited',
  originNotAllowed: 'urn:community-widgets:problem:origin-not-allowed',
  server: 'urn:community-widgets:problem:server-error',
} as const;

/** RFC 9457 problem details, with `path`: where in the submitted body the problem is. */
export const PROBLEM_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details, sent as `application/problem+json`. `detail` is for the webmaster, not for residents.',
  properties: {
    type: { type: 'string', format: 'uri-reference', default: 'about:blank' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', format: 'uri-reference' },
    path: { type: 'string', description: 'Where in the request body the problem is, e.g. `signup.mobile`.' },
  },
  required: ['type', 'title', 'status'],
};
