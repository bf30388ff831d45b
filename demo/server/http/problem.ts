import type { FastifyReply } from 'fastify';
import { PROBLEM_MEDIA_TYPE } from '../../../src/adapters/rest/problem.js';
import { PROBLEM_TYPES } from '../../../src/adapters/rest/openapi/problem-schema.js';

export type ProblemType = keyof typeof PROBLEM_TYPES;

export interface ProblemInit {
  status: number;
  title: string;
  detail?: string;
  path?: string;
}

/**
 * Answers with an RFC 9457 problem document.
 *
 * @example
 * return sendProblem(reply, 'notFound', { status: 404, title: 'Not found', detail: 'No grid G-XX' });
 */
export function sendProblem(reply: FastifyReply, type: ProblemType, init: ProblemInit): FastifyReply {
  const body = { type: PROBLEM_TYPES[type], ...init, instance: reply.request.url.split('?')[0] };
  return reply.code(init.status).type(PROBLEM_MEDIA_TYPE).send(JSON.stringify(body));
}
