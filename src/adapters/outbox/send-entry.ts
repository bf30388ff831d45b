import type { DataAdapter, WriteOptions } from '../data-adapter.js';
import type { OutboxEntry, OutboxReceipt } from './outbox-entry.js';

/** The part of a DataAdapter the outbox needs: its id (which entries are ours) and the three writes. */
export type OutboxAdapter = Pick<DataAdapter, 'id' | 'submitSurveyResponse' | 'submitSignup' | 'cancelSignup'>;

/**
 * Calls the adapter write that matches the entry's kind, with the entry's idempotency key.
 *
 * @example
 * const receipt = await sendEntry(adapter, entry, { idempotencyKey: entry.key, signal });
 */
export function sendEntry(adapter: OutboxAdapter, entry: OutboxEntry, options: WriteOptions): Promise<OutboxReceipt> {
  switch (entry.kind) {
    case 'survey-response':
      return adapter.submitSurveyResponse(entry.payload, options);
    case 'volunteer-signup':
      return adapter.submitSignup(entry.payload, options);
    case 'signup-cancel':
      return adapter.cancelSignup(entry.payload, options);
  }
}

/**
 * Settles with `promise`, or rejects with the signal's reason as soon as it aborts: an adapter that ignores its
 * signal must not hold the delivery lock past the attempt timeout.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
