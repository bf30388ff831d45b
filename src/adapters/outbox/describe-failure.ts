import { AdapterError } from '../adapter-error.js';
import type { OutboxErrorInfo } from './outbox-entry.js';

export interface FailureVerdict {
  error: OutboxErrorInfo;
  /** Keep the entry pending and try again later, rather than mark it failed. */
  retryable: boolean;
  retryAfterSeconds?: number;
}

/**
 * Turns whatever an attempt threw into what the outbox stores and decides on.
 *
 * @example
 * describeFailure(new AdapterError('rate-limited', 'Slow down', { retryAfter: 30 }), false);
 * // → { error: { code: 'rate-limited', message: 'Slow down' }, retryable: true, retryAfterSeconds: 30 }
 */
export function describeFailure(thrown: unknown, timedOut: boolean): FailureVerdict {
  // An adapter may report our own timeout as `aborted` or as a network error; what happened is a timeout.
  const error = timedOut ? new AdapterError('timeout', 'The server did not answer in time') : AdapterError.from(thrown);
  // `aborted` means this page stopped waiting (it is closing), not that the server refused: keep it for later.
  const retryable = error.retryable || error.code === 'aborted';
  return {
    error: { code: error.code, message: error.message },
    retryable,
    ...(error.retryAfter === undefined ? {} : { retryAfterSeconds: error.retryAfter }),
  };
}
