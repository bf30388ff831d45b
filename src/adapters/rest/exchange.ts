import { AdapterError } from '../adapter-error.js';
import { withTimeout } from '../signals.js';
import { errorFromResponse } from './problem.js';

export interface ExchangeRequest {
  fetch: typeof fetch;
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  credentials: RequestCredentials;
  timeoutMs: number;
  signal?: AbortSignal;
  /** `GET /grids/G-01`: names the request in error messages. */
  what: string;
}

/**
 * One HTTP request and its JSON answer, within `timeoutMs`, with every failure as an AdapterError:
 * no answer → `network`, too slow → `timeout`, caller gave up → `aborted`, non-2xx → by status (problem+json
 * read), 2xx that is not JSON → `invalid-data`.
 *
 * @example
 * const body = await exchange({ fetch, url, method: 'GET', headers: {}, credentials: 'same-origin', timeoutMs: 10_000, what: 'GET /grids' });
 */
export async function exchange(request: ExchangeRequest): Promise<unknown> {
  const { signal, dispose } = withTimeout(request.signal, request.timeoutMs);
  try {
    const response = await request.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      credentials: request.credentials,
      signal,
      // Answers are live data (places left, receipts): a cached copy would mislead.
      cache: 'no-store',
    });
    if (!response.ok) throw await errorFromResponse(response, request.what);
    try {
      return await response.json();
    } catch (error) {
      if (signal.aborted) throw error;
      throw new AdapterError('invalid-data', `${request.what}: the answer is not JSON`, { path: '(root)', status: response.status, cause: error });
    }
  } catch (error) {
    throw classify(error, request, signal);
  } finally {
    dispose();
  }
}

/** Whose abort it was decides the code: the caller's is `aborted`, ours is `timeout`. */
function classify(error: unknown, request: ExchangeRequest, signal: AbortSignal): AdapterError {
  if (error instanceof AdapterError) return error;
  if (request.signal?.aborted) return new AdapterError('aborted', `${request.what} was aborted`, { cause: error });
  if (signal.aborted) return new AdapterError('timeout', `${request.what} got no answer within ${request.timeoutMs} ms`, { cause: error });
  const converted = AdapterError.from(error);
  return converted.code === 'network'
    ? new AdapterError('network', `${request.what} did not reach the server: ${converted.message}`, { cause: error })
    : converted;
}
