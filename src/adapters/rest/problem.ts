import { AdapterError, type AdapterErrorCode } from '../adapter-error.js';
import { retryAfterSeconds } from './retry-after.js';

/**
 * An RFC 9457 problem document as the reference server sends it. `path` is our extension member: where in the
 * submitted body the problem is, e.g. `signup.mobile`.
 */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  path?: string;
}

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Which AdapterError an HTTP status becomes; the outbox and the retry button decide on the code. */
export function codeForStatus(status: number): AdapterErrorCode {
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'rejected';
}

/**
 * Turns a non-2xx response into an AdapterError, reading its problem+json body when there is one. A body that is
 * not a problem document (an HTML error page from a proxy, say) is ignored: the status alone decides.
 *
 * @example
 * if (!response.ok) throw await errorFromResponse(response, 'POST /signups');
 */
export async function errorFromResponse(response: Response, what: string): Promise<AdapterError> {
  const problem = await readProblem(response);
  const code = codeForStatus(response.status);
  const detail = problem?.detail ?? problem?.title;
  return new AdapterError(code, `${what} answered ${response.status}${detail ? `: ${detail}` : ''}`, {
    status: response.status,
    ...(detail === undefined ? {} : { detail }),
    ...(problem?.path === undefined ? {} : { path: problem.path }),
    ...(code === 'rate-limited' || code === 'server' ? optionalRetryAfter(response) : {}),
  });
}

function optionalRetryAfter(response: Response): { retryAfter?: number } {
  const seconds = retryAfterSeconds(response.headers.get('retry-after'));
  return seconds === undefined ? {} : { retryAfter: seconds };
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    const body: unknown = await response.json();
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    const record = body as Record<string, unknown>;
    const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
    const problem: ProblemDetails = {};
    for (const key of ['type', 'title', 'detail', 'instance', 'path'] as const) {
      const value = text(key);
      if (value !== undefined) problem[key] = value;
    }
    if (typeof record.status === 'number') problem.status = record.status;
    return problem;
  } catch {
    return undefined;
  }
}
