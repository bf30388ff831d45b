import { isOffline, type AdapterErrorCode } from '../../../adapters/adapter-error.js';
import type { CancelReceipt, SignupReceipt } from '../../../model/volunteer.js';

/**
 * Where one signup stands, as the resident should be told:
 * - `restoring`: looking up what an earlier visit left (a record, a queued entry, a receipt);
 * - `form` → `submitting` → `result` (the server's verdict), or `queued` (saved here, sent later, `reason` why
 *   not yet), or `failed` (refused as it is; `code` picks the next step);
 * - from a confirmed or waitlisted `result`: `confirm-cancel` → `cancelling` → `cancelled`, `cancel-queued`
 *   or `cancel-failed`.
 */
export type SignupPhase =
  | { name: 'restoring' }
  | { name: 'form' }
  | { name: 'submitting' }
  | { name: 'queued'; reason?: AdapterErrorCode }
  /** `unsaved`: the device could not store it (no IndexedDB, or its code did not load) and it was sent directly. */
  | { name: 'failed'; code: AdapterErrorCode; unsaved?: boolean }
  | { name: 'result'; receipt: SignupReceipt }
  | { name: 'confirm-cancel'; receipt: SignupReceipt }
  | { name: 'cancelling'; receipt: SignupReceipt }
  | { name: 'cancel-queued'; receipt: SignupReceipt; reason?: AdapterErrorCode }
  | { name: 'cancel-failed'; receipt: SignupReceipt; code: AdapterErrorCode }
  | { name: 'cancelled'; status: CancelReceipt['status'] };

export type SignupPhaseName = SignupPhase['name'];

/** A direct send that failed for want of a network: sent again by itself once the browser is back online. */
export const waitsForNetwork = (phase: SignupPhase): boolean =>
  phase.name === 'failed' && !!phase.unsaved && isOffline(phase.code);

/** A receipt that stands for a place (or a waiting-list place) the resident holds and can cancel. */
export const holdsPlace = (receipt: SignupReceipt): boolean =>
  (receipt.status === 'confirmed' || receipt.status === 'waitlisted') && !!receipt.code && !!receipt.cancelToken;
