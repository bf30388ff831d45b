/**
 * What can go wrong between a widget and its data, as a closed set: each code has a localized message in
 * `i18n/common.ts`, and `retryable` tells the outbox and the retry button whether trying again can help.
 */
export const ADAPTER_ERROR_CODES = [
  'not-configured', // no adapter, or no endpoint for writes: nothing was sent
  'network', // the request did not reach a server
  'timeout', // the server did not answer in time
  'server', // 5xx
  'rate-limited', // 429
  'invalid-data', // the data did not match the model (path says where)
  'not-found', // the id is not in the data
  'rejected', // 4xx other than the above: the server refused the request as it is
  'aborted', // the caller gave up (element removed, new request)
] as const;

export type AdapterErrorCode = (typeof ADAPTER_ERROR_CODES)[number];

const RETRYABLE: ReadonlySet<AdapterErrorCode> = new Set(['not-configured', 'network', 'timeout', 'server', 'rate-limited']);

/** Whether a request that failed with `code` may succeed later (network back, server recovered, endpoint configured). */
export const isRetryable = (code: AdapterErrorCode): boolean => RETRYABLE.has(code);

/** The request got no answer at all: only the network coming back can help. */
export const isOffline = (code: AdapterErrorCode): boolean => code === 'network' || code === 'timeout';

export interface AdapterErrorOptions {
  /** Where in the data the problem is, e.g. `workers[3].phones[0]`. */
  path?: string;
  /** HTTP status, when there was a response. */
  status?: number;
  /** A server's `detail` (problem+json) or a validator message: for the console, not for residents. */
  detail?: string;
  /** Seconds to wait before retrying, from `Retry-After`. */
  retryAfter?: number;
  cause?: unknown;
}

/** The only error type adapters throw; widgets turn `code` into a localized message. */
export class AdapterError extends Error {
  readonly code: AdapterErrorCode;
  readonly path?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly retryAfter?: number;

  constructor(code: AdapterErrorCode, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AdapterError';
    this.code = code;
    this.path = options.path;
    this.status = options.status;
    this.detail = options.detail;
    this.retryAfter = options.retryAfter;
  }

  /** Whether the same request may succeed later (network back, server recovered, endpoint configured). */
  get retryable(): boolean {
    return isRetryable(this.code);
  }

  /** Any thrown value as an AdapterError; an AbortError stays recognisable as `aborted`. */
  static from(error: unknown): AdapterError {
    if (error instanceof AdapterError) return error;
    if (error instanceof DOMException && error.name === 'AbortError') {
      return new AdapterError('aborted', 'The request was aborted', { cause: error });
    }
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return new AdapterError('timeout', 'The request timed out', { cause: error });
    }
    if (error instanceof TypeError) return new AdapterError('network', error.message, { cause: error });
    return new AdapterError('invalid-data', error instanceof Error ? error.message : String(error), { cause: error });
  }
}
