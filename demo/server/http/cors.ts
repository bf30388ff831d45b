import type { FastifyInstance } from 'fastify';
import { IDEMPOTENCY_HEADER, REPLAY_HEADER } from '../../../src/adapters/rest/routes.js';
import { sendProblem } from './problem.js';

const ALLOWED_HEADERS = ['accept', 'content-type', IDEMPOTENCY_HEADER.toLowerCase(), 'authorization'].join(', ');
const EXPOSED_HEADERS = ['Retry-After', REPLAY_HEADER].join(', ');

/**
 * CORS for the pages in `origins` only (exact `scheme://host:port` strings). Answers preflights itself, marks
 * every answer (errors and 429s included, or the page could not read them), and refuses writes from any other
 * page outright, so a foreign site cannot make a resident's browser sign them up.
 *
 * @example
 * installCors(app, ['https://www.cztn.gov.cn']);
 */
export function installCors(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin) return; // not a browser page (curl, another server): CORS does not apply
    if (!allowed.has(origin)) {
      if (request.method === 'GET' || request.method === 'HEAD') return; // no CORS headers: the browser hides the answer
      return sendProblem(reply, 'originNotAllowed', { status: 403, title: 'Origin not allowed', detail: `${origin} is not on this server's allow-list` });
    }
    reply.header('access-control-allow-origin', origin);
    reply.header('vary', 'Origin');
    reply.header('access-control-expose-headers', EXPOSED_HEADERS);
    if (request.method === 'OPTIONS') {
      reply.header('access-control-allow-methods', 'GET, POST');
      reply.header('access-control-allow-headers', ALLOWED_HEADERS);
      reply.header('access-control-max-age', '600');
      return reply.code(204).send();
    }
  });
}
