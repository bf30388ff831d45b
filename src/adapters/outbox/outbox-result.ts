import type { OutboxErrorInfo, OutboxKind, OutboxReceipt } from './outbox-entry.js';

/**
 * Which of the three states a resident is in after a submission, for the widget to say so:
 * - `sent`: the server acknowledged it; show the receipt.
 * - `queued`: saved on this device, will be sent when possible; `error` says why it is still waiting
 *   (absent when it has simply not been tried on this page yet).
 * - `failed`: the server refused it as it is; `error.code` picks the next step to show.
 *
 * @example
 * const result = await outbox.submit('survey-response', response);
 * if (result.state === 'sent') showCode(result.receipt.code);
 */
export type OutboxResult<K extends OutboxKind = OutboxKind> =
  | { state: 'sent'; key: string; receipt: OutboxReceipt<K> }
  | { state: 'queued'; key: string; error?: OutboxErrorInfo }
  | { state: 'failed'; key: string; error: OutboxErrorInfo };
