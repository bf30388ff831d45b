import { createIdempotencyKey } from '../idempotency-key.js';
import { timeoutSignal } from '../signals.js';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
import { DEFAULT_DB_NAME } from './outbox-db.js';
import type { OutboxAdapter } from './send-entry.js';

/** The timer functions the outbox uses, injectable so tests can drive time by hand. */
export interface OutboxTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface OutboxOptions {
  /** Delivers the entries; only entries queued under the same `adapter.id` are delivered by this outbox. */
  adapter: OutboxAdapter;
  /** IndexedDB database name, also the Web Locks lock name suffix. Default `cw-outbox`. */
  dbName?: string;
  /** How long a receipt stays readable after acknowledgement. Default 30 days. */
  receiptTtlMs?: number;
  /** An attempt that takes longer counts as a retryable `timeout`. Default 15 s. */
  attemptTimeoutMs?: number;
  /** How often `start()` flushes. Default 30 s. */
  flushIntervalMs?: number;
  /**
   * How long opening the database may take before the device's storage counts as unavailable (a widget then
   * sends directly). Default 5 s.
   */
  openTimeoutMs?: number;
  backoff?: Partial<BackoffPolicy>;
  /** Epoch milliseconds. Default `Date.now`. */
  now?: () => number;
  /** For backoff jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
  timers?: OutboxTimers;
  /** Makes the per-attempt timeout signal. Default: one that aborts after `ms` with a `TimeoutError`. */
  timeoutSignal?: (ms: number) => AbortSignal;
  /** Cross-tab lock manager; `null` uses an in-page lock. Default `navigator.locks` when present. */
  locks?: LockManager | null;
  /** Where `online` events come from; `null` for none. Default `window`. */
  onlineTarget?: EventTarget | null;
  /** Makes idempotency keys. Default: a UUID v4 that works on plain-http portals too. */
  createKey?: () => string;
}

export type ResolvedOutboxOptions = Required<Omit<OutboxOptions, 'backoff'>> & { backoff: BackoffPolicy };

const DAY_MS = 24 * 60 * 60_000;

const browserTimers: OutboxTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof setInterval>),
};

/** Fills in the defaults, reading browser globals only when the caller did not inject a replacement. */
export function resolveOutboxOptions(options: OutboxOptions): ResolvedOutboxOptions {
  return {
    adapter: options.adapter,
    dbName: options.dbName ?? DEFAULT_DB_NAME,
    receiptTtlMs: options.receiptTtlMs ?? 30 * DAY_MS,
    attemptTimeoutMs: options.attemptTimeoutMs ?? 15_000,
    flushIntervalMs: options.flushIntervalMs ?? 30_000,
    openTimeoutMs: options.openTimeoutMs ?? 5000,
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    timers: options.timers ?? browserTimers,
    timeoutSignal: options.timeoutSignal ?? timeoutSignal,
    // `navigator.locks` is typed as always present, but old WebViews and insecure origins lack it.
    locks: options.locks !== undefined ? options.locks : ((globalThis.navigator?.locks as LockManager | undefined) ?? null),
    onlineTarget: options.onlineTarget !== undefined ? options.onlineTarget : typeof window === 'undefined' ? null : window,
    createKey: options.createKey ?? createIdempotencyKey,
  };
}
