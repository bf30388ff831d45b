import type {
  CancelReceipt,
  SignupCancellation,
  SignupReceipt,
  SurveyReceipt,
  SurveyResponse,
  VolunteerSignup,
} from '../../model/index.js';
import type { AdapterErrorCode } from '../adapter-error.js';

/**
 * What the outbox can carry, with the payload a widget hands in and the receipt the server hands back.
 * Receipts hold codes, statuses and cancel tokens only, so they may outlive the payload.
 */
export interface OutboxKinds {
  'survey-response': { payload: SurveyResponse; receipt: SurveyReceipt };
  'volunteer-signup': { payload: VolunteerSignup; receipt: SignupReceipt };
  'signup-cancel': { payload: SignupCancellation; receipt: CancelReceipt };
}

export type OutboxKind = keyof OutboxKinds;
export type OutboxPayload<K extends OutboxKind = OutboxKind> = OutboxKinds[K]['payload'];
export type OutboxReceipt<K extends OutboxKind = OutboxKind> = OutboxKinds[K]['receipt'];

export const OUTBOX_KINDS = ['survey-response', 'volunteer-signup', 'signup-cancel'] as const satisfies readonly OutboxKind[];

/** `pending`: will be sent when due. `failed`: the server refused it as it is; kept until retried or discarded. */
export const ENTRY_STATES = { pending: 'pending', failed: 'failed' } as const;
export type EntryState = (typeof ENTRY_STATES)[keyof typeof ENTRY_STATES];

/** The last error, reduced to what survives structured cloning and is safe to show: no stack, no cause. */
export interface OutboxErrorInfo {
  code: AdapterErrorCode;
  message: string;
}

interface EntryOf<K extends OutboxKind> {
  /** The idempotency key, sent with every attempt. */
  key: string;
  kind: K;
  /** `DataAdapter.id` of the page that queued it: only a page with the same adapter delivers it. */
  adapterId: string;
  payload: OutboxPayload<K>;
  /** Epoch milliseconds. */
  createdAt: number;
  attempts: number;
  /** Epoch milliseconds; a pending entry is due when this is not in the future. */
  nextAttemptAt: number;
  lastError?: OutboxErrorInfo;
  state: EntryState;
}

/** One queued submission as stored in IndexedDB, discriminated by `kind` so `payload` narrows with it. */
export type OutboxEntry = { [K in OutboxKind]: EntryOf<K> }[OutboxKind];

/** A server acknowledgement as stored in the `receipts` store, keyed by the same idempotency key. */
export type ReceiptRecord = {
  [K in OutboxKind]: {
    key: string;
    kind: K;
    receipt: OutboxReceipt<K>;
    /** Epoch milliseconds. */
    receivedAt: number;
    expiresAt: number;
  };
}[OutboxKind];
