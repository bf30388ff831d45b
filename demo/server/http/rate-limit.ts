import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

export interface RateLimit {
  /** Requests per client per window. */
  max: number;
  windowMs: number;
}

/**
 * A fixed-window limit per client address. Preflights are not counted (the browser sends them, not the
 * page). Over the limit: 429 with `Retry-After` = seconds until the window ends, which the REST adapter and the
 * outbox both honour.
 *
 * @example
 * installRateLimit(app, { max: 300, windowMs: 60_000 });
 */
export function installRateLimit(app: FastifyInstance, limit: RateLimit, now: () => number = Date.now): void {
  const windows = new Map<string, { start: number; count: number }>();
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS') return;
    const at = now();
    let window = windows.get(request.ip);
    if (!window || at - window.start >= limit.windowMs) {
      window = { start: at, count: 0 };
      windows.set(request.ip, window);
      // Forget idle clients so the map cannot grow without bound.
      if (windows.size > 10_000) for (const [ip, w] of windows) if (at - w.start >= limit.windowMs) windows.delete(ip);
    }
    window.count += 1;
    if (window.count <= limit.max) return;
    const retryAfter = Math.max(1, Math.ceil((window.start + limit.windowMs - at) / 1000));
    reply.header('retry-after', String(retryAfter));
    return sendProblem(reply, 'rateLimited', {
      status: 429,
      title: 'Too many requests',
      detail: `More than ${limit.max} requests in ${limit.windowMs / 1000} s; try again in ${retryAfter} s`,
    });
  });
}
