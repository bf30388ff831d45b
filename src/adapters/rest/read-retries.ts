import { AdapterError, type AdapterErrorCode } from '../adapter-error.js';

export interface ReadRetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** First backoff; doubles each time, with full jitter. */
  baseDelayMs: number;
  /** A longer wait (also from `Retry-After`) is not waited out here: the error goes to the widget instead. */
  maxDelayMs: number;
  random?: () => number;
}

// Only failures that a second identical GET can fix: no answer, a server error, or "slow down". A timeout is
// not retried: the resident has already waited the whole timeout once.
const RETRY_ON: ReadonlySet<AdapterErrorCode> = new Set(['network', 'server', 'rate-limited']);

/**
 * Runs a read, retrying network failures, 5xx and 429 with exponential backoff, honouring `Retry-After`.
 * Writes never come here: the outbox retries them under their idempotency key.
 *
 * @example
 * const grids = await withReadRetries(() => exchange(request), { retries: 2, baseDelayMs: 400, maxDelayMs: 10_000 }, signal);
 */
export async function withReadRetries<T>(attempt: () => Promise<T>, policy: ReadRetryPolicy, signal?: AbortSignal): Promise<T> {
  const random = policy.random ?? Math.random;
  for (let failures = 0; ; failures++) {
    try {
      return await attempt();
    } catch (thrown) {
      const error = AdapterError.from(thrown);
      if (failures >= policy.retries || !RETRY_ON.has(error.code)) throw error;
      const backoff = policy.baseDelayMs * 2 ** failures * (0.5 + random() / 2);
      const wait = error.retryAfter !== undefined ? error.retryAfter * 1000 : backoff;
      if (wait > policy.maxDelayMs) throw error;
      await sleep(wait, signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new AdapterError('aborted', 'The request was aborted while waiting to retry');
    if (signal?.aborted) return reject(aborted());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
