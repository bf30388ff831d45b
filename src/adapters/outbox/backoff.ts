/** How long to wait between attempts; all in milliseconds. */
export interface BackoffPolicy {
  baseMs: number;
  factor: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, factor: 2, capMs: 5 * 60_000 };

/**
 * The delay before the next attempt after `attempts` failed ones: exponential, capped, then jittered down by up
 * to half so that tabs and devices that went offline together do not all come back in the same second.
 * A server's `Retry-After` is a floor: we never come back sooner than it asked.
 *
 * @example
 * backoffDelay({ attempts: 3, random: Math.random }); // between 4 s and 8 s
 * backoffDelay({ attempts: 1, random: () => 1, retryAfterSeconds: 60 }); // 60 s
 */
export function backoffDelay({
  attempts,
  random,
  retryAfterSeconds,
  policy = DEFAULT_BACKOFF,
}: {
  /** Failed attempts so far, from 1. */
  attempts: number;
  /** A number in [0, 1), as from Math.random. */
  random: () => number;
  retryAfterSeconds?: number;
  policy?: BackoffPolicy;
}): number {
  const exponent = Math.max(0, attempts - 1);
  const ceiling = Math.min(policy.capMs, policy.baseMs * policy.factor ** exponent);
  const jittered = ceiling * (1 - random() / 2);
  const floor = retryAfterSeconds !== undefined && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : 0;
  return Math.round(Math.max(jittered, floor));
}
