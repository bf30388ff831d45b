import type { SignupReceipt } from '../../../model/volunteer.js';

/**
 * What this device remembers about one signup, so a reload still finds it: the outbox key while it waits, the
 * receipt (code and cancel token) once accepted, and the cancellation. Never a name or a mobile — those live
 * only in the outbox, and only until the server has them.
 */
export interface SignupRecord {
  /** Idempotency key of the signup in the outbox. */
  key: string;
  receipt?: SignupReceipt;
  /** Idempotency key of the cancellation, once the resident asked for it. */
  cancelKey?: string;
  cancelled?: boolean;
}

const PREFIX = 'cw-volunteer-signup:';

function storage(): Storage | undefined {
  try {
    // Reading `localStorage` itself throws where storage is blocked (some WebViews, sandboxed iframes).
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const storageKey = (adapterId: string, opportunityId: string) => `${PREFIX}${adapterId}:${opportunityId}`;

/**
 * The record for an activity on this adapter, or `undefined`.
 *
 * @example
 * const record = readSignupRecord(adapter.id, 'OP-1');
 * if (record?.receipt) showConfirmation(record.receipt);
 */
export function readSignupRecord(adapterId: string, opportunityId: string): SignupRecord | undefined {
  try {
    const raw = storage()?.getItem(storageKey(adapterId, opportunityId));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return parsed && typeof parsed === 'object' && typeof (parsed as SignupRecord).key === 'string' ? (parsed as SignupRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the record; where storage is unavailable the signup still works, it is only not remembered. */
export function writeSignupRecord(adapterId: string, opportunityId: string, record: SignupRecord | undefined): void {
  try {
    const key = storageKey(adapterId, opportunityId);
    if (record) storage()?.setItem(key, JSON.stringify(record));
    else storage()?.removeItem(key);
  } catch {
    // Quota or privacy mode: nothing to do but carry on.
  }
}
