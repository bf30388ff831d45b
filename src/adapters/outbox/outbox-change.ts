import type { AdapterErrorCode } from '../adapter-error.js';
import type { OutboxKind, OutboxReceipt } from './outbox-entry.js';

/**
 * An entry changed state. Carries keys, kinds, states, error codes and receipts only: never the payload,
 * because listeners may forward it to analytics or other widgets.
 */
export type OutboxChange =
  | { type: 'queued'; key: string; kind: OutboxKind; errorCode?: AdapterErrorCode }
  | { type: 'sent'; key: string; kind: OutboxKind; receipt: OutboxReceipt }
  | { type: 'failed'; key: string; kind: OutboxKind; errorCode: AdapterErrorCode }
  | { type: 'discarded'; key: string; kind: OutboxKind };

export type OutboxListener = (change: OutboxChange) => void;
