/**
 * Seconds to wait from a `Retry-After` header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.
 * Undefined when absent or unreadable, so the caller falls back to its own backoff.
 *
 * @example
 * retryAfterSeconds('120'); // 120
 * retryAfterSeconds('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:00 GMT')); // 60
 */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
