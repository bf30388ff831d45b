import { AdapterError, isRetryable, type AdapterErrorCode } from '../../../adapters/adapter-error.js';
import type { DataAdapter } from '../../../adapters/data-adapter.js';
import type { OutboxChange } from '../../../adapters/outbox/outbox-change.js';
import type { OutboxErrorInfo } from '../../../adapters/outbox/outbox-entry.js';
import type { Outbox } from '../../../adapters/outbox/outbox.js';
import { outboxOf } from '../../../core/load-outbox.js';
import type { CancelReceipt, SignupReceipt, VolunteerSignup } from '../../../model/volunteer.js';
import { createIdempotencyKey } from '../../../adapters/idempotency-key.js';
import { readSignupRecord, writeSignupRecord, type SignupRecord } from './signup-record.js';
import { holdsPlace, type SignupPhase } from './signup-phase.js';
import { HeldSubmission } from '../../../core/held-submission.js';

/** What the flow tells its element, for events and focus: ids, keys and states only. */
export interface SignupFlowListener {
  changed(phase: SignupPhase, cause: 'user' | 'background' | 'restore'): void;
  result(key: string, status: SignupReceipt['status']): void;
  queued(key: string, reason: string): void;
  cancelled(status: CancelReceipt['status']): void;
}

/**
 * One activity's signup, from the first keystroke to the cancellation, through the page's outbox. It owns the
 * idempotency key: made when the form is first shown, reused for every submit of the same answers (a double
 * click, a retry, a reload), replaced only when the resident changes answers the server refused.
 *
 * @example
 * const flow = new SignupFlow(adapter, 'OP-1', listener);
 * await flow.restore();
 * await flow.submit(signup, fingerprint);
 */
export class SignupFlow {
  readonly opportunityId: string;
  #phase: SignupPhase = { name: 'restoring' };
  #record: SignupRecord;
  /** The answers last sent under `#record.key`; other answers need another key. */
  #sentAnswers: string | undefined;
  readonly #adapter: DataAdapter;
  readonly #listener: SignupFlowListener;
  /** Nothing stored for this activity yet: nothing can wait in the outbox for it. */
  readonly #fresh: boolean;
  #outbox: Promise<Outbox> | undefined;
  #unsubscribe: (() => void) | undefined;
  #disposed = false;
  /**
   * A signup the device could not store, sent directly: held (in memory only) to send again. Back online, one that
   * may succeed later goes again (the outbox code may load now, and keeps what a site cannot take yet).
   */
  readonly #unsaved = new HeldSubmission<VolunteerSignup>(() => {
    const phase = this.#phase;
    if (phase.name === 'failed' && phase.unsaved && isRetryable(phase.code)) void this.#sendAgain('background');
  });

  constructor(adapter: DataAdapter, opportunityId: string, listener: SignupFlowListener) {
    this.#adapter = adapter;
    this.opportunityId = opportunityId;
    this.#listener = listener;
    const stored = readSignupRecord(adapter.id, opportunityId);
    this.#fresh = !stored;
    this.#record = stored ?? { key: createIdempotencyKey() };
    this.#unsaved.active = true;
  }

  get phase(): SignupPhase {
    return this.#phase;
  }

  /** Stops listening to the outbox; queued entries stay queued and are delivered all the same. */
  dispose(): void {
    this.#disposed = true;
    this.#unsubscribe?.();
    this.#unsaved.active = false;
  }

  /**
   * Starts loading the outbox (IndexedDB code, not needed to show the form) while the network is surely up: the
   * element calls it when it shows the form, so a signup sent offline later is still stored.
   */
  warm(): void {
    this.#box().catch(() => {});
  }

  /** The page's outbox, loaded on first use and followed from then on; a failed load is tried again next time. */
  #box(): Promise<Outbox> {
    if (!this.#outbox) {
      const loading = outboxOf(this.#adapter).then((outbox) => {
        if (!this.#disposed && !this.#unsubscribe) this.#unsubscribe = outbox.subscribe((change) => this.#onOutboxChange(change));
        return outbox;
      });
      loading.catch(() => {
        if (this.#outbox === loading) this.#outbox = undefined;
      });
      this.#outbox = loading;
    }
    return this.#outbox;
  }

  /** Finds what an earlier visit left: a pending cancellation, a receipt, a queued or refused signup — or nothing. */
  async restore(): Promise<void> {
    const record = this.#record;
    if (this.#fresh) return this.#set({ name: 'form' }, 'restore');
    try {
      if (record.receipt && holdsPlace(record.receipt)) {
        if (record.cancelKey && (await this.#restoreCancel(record.receipt, record.cancelKey))) return;
        return this.#set({ name: 'result', receipt: record.receipt }, 'restore');
      }
      const outbox = await this.#box();
      const entry = await outbox.get(record.key);
      if (entry?.state === 'pending') return this.#set({ name: 'queued', reason: entry.lastError?.code }, 'restore');
      if (entry?.state === 'failed') return this.#set({ name: 'failed', code: entry.lastError?.code ?? 'rejected' }, 'restore');
      const stored = await outbox.receipt(record.key);
      if (stored?.kind === 'volunteer-signup') return this.#accept(stored.receipt, 'restore');
    } catch {
      // IndexedDB unavailable (or its code could not load): nothing can be read back, so the form is all there is.
    }
    this.#forget();
    this.#set({ name: 'form' }, 'restore');
  }

  /**
   * Sends the signup once, whatever the number of clicks. `answers` identifies what the resident typed: the same
   * answers reuse the key, changed ones after a refusal get a new one.
   */
  async submit(signup: VolunteerSignup, answers: string): Promise<void> {
    if (this.#phase.name !== 'form') return;
    const sameAnswers = this.#sentAnswers === answers;
    this.#unsaved.value = undefined; // what the form holds now supersedes an unsaved earlier attempt
    // Set before the first await: a second click in the same tick already finds the form gone.
    this.#set({ name: 'submitting' }, 'user');
    try {
      const outbox = await this.#box();
      if (this.#sentAnswers !== undefined && !sameAnswers) {
        // The refused answers are dead: delete them (personal data) and let the new ones get their own key.
        await outbox.discard(this.#record.key).catch(() => false);
        this.#record = { key: createIdempotencyKey() };
      }
      this.#sentAnswers = answers;
      writeSignupRecord(this.#adapter.id, this.opportunityId, { key: this.#record.key });
      const key = this.#record.key;
      // The same answers again after a refusal: ask the outbox to send the stored entry once more.
      const retried = sameAnswers ? await outbox.retry(key) : undefined;
      const result = retried ?? (await outbox.submit('volunteer-signup', signup, { idempotencyKey: key }));
      if (result.state === 'sent') return this.#accept(result.receipt as SignupReceipt, 'user');
      if (result.state === 'queued') return this.#queue(result.error, 'user');
      return this.#fail(result.error.code, 'user');
    } catch {
      // The browser cannot store it (private mode, quota, or the outbox code could not load): send it directly,
      // with the same key.
      return this.#sendDirectly(signup, 'user');
    }
  }

  /** Sends a queued or refused signup now. */
  async retry(): Promise<void> {
    const phase = this.#phase.name;
    if (phase !== 'queued' && phase !== 'failed') return;
    if (this.#unsaved.value) return this.#sendAgain('user');
    this.#set({ name: 'submitting' }, 'user');
    try {
      const result = await (await this.#box()).retry(this.#record.key);
      if (!result) return this.#set({ name: 'form' }, 'user');
      if (result.state === 'sent') return this.#accept(result.receipt as SignupReceipt, 'user');
      if (result.state === 'queued') return this.#queue(result.error, 'user');
      return this.#fail(result.error.code, 'user');
    } catch (error) {
      return this.#fail(AdapterError.from(error).code, 'user');
    }
  }

  /** From a refusal back to the form, answers kept, to change them and send again. */
  edit(): void {
    if (this.#phase.name === 'failed') this.#set({ name: 'form' }, 'user');
  }

  /** Deletes an unsent signup, with its personal data, and shows the form again with the answers kept. */
  async discard(): Promise<void> {
    await this.#box()
      .then((outbox) => outbox.discard(this.#record.key))
      .catch(() => false);
    this.#forget();
    this.#set({ name: 'form' }, 'user');
  }

  askCancel(): void {
    if (this.#phase.name === 'result' && holdsPlace(this.#phase.receipt)) this.#set({ name: 'confirm-cancel', receipt: this.#phase.receipt }, 'user');
  }

  keepSignup(): void {
    const phase = this.#phase;
    if (phase.name === 'confirm-cancel' || phase.name === 'cancel-failed') this.#set({ name: 'result', receipt: phase.receipt }, 'user');
  }

  /** Sends the cancellation with the receipt's token, through the outbox like the signup itself. */
  async confirmCancel(): Promise<void> {
    const phase = this.#phase;
    if (phase.name !== 'confirm-cancel' && phase.name !== 'cancel-failed') return;
    const { receipt } = phase;
    const cancelKey = this.#record.cancelKey ?? createIdempotencyKey();
    this.#record = { ...this.#record, cancelKey };
    writeSignupRecord(this.#adapter.id, this.opportunityId, this.#record);
    this.#set({ name: 'cancelling', receipt }, 'user');
    const payload = { code: receipt.code!, cancelToken: receipt.cancelToken! };
    try {
      const outbox = await this.#box();
      const result =
        phase.name === 'cancel-failed'
          ? await outbox.retry(cancelKey)
          : await outbox.submit('signup-cancel', payload, { idempotencyKey: cancelKey });
      if (!result) return this.#set({ name: 'result', receipt }, 'user');
      if (result.state === 'sent') return this.#cancelDone((result.receipt as CancelReceipt).status, 'user');
      if (result.state === 'queued') return this.#set({ name: 'cancel-queued', receipt, reason: result.error?.code }, 'user');
      return this.#set({ name: 'cancel-failed', receipt, code: result.error.code }, 'user');
    } catch (error) {
      return this.#set({ name: 'cancel-failed', receipt, code: AdapterError.from(error).code }, 'user');
    }
  }

  /** Back to an empty start after a final verdict (full, closed, duplicate, cancelled): a new signup, a new key. */
  startOver(): void {
    this.#forget();
    this.#set({ name: 'form' }, 'user');
  }

  async #restoreCancel(receipt: SignupReceipt, cancelKey: string): Promise<boolean> {
    const outbox = await this.#box();
    const entry = await outbox.get(cancelKey);
    if (entry?.state === 'pending') {
      this.#set({ name: 'cancel-queued', receipt, reason: entry.lastError?.code }, 'restore');
      return true;
    }
    if (entry?.state === 'failed') {
      this.#set({ name: 'cancel-failed', receipt, code: entry.lastError?.code ?? 'rejected' }, 'restore');
      return true;
    }
    const stored = await outbox.receipt(cancelKey);
    if (stored?.kind !== 'signup-cancel') return false;
    this.#cancelDone(stored.receipt.status, 'restore');
    return true;
  }

  #onOutboxChange(change: OutboxChange): void {
    const phase = this.#phase;
    // Only waiting phases listen: while submitting or cancelling, the call in progress reports its own result.
    if (change.key === this.#record.key && phase.name === 'queued') {
      // Delivered in the background (network back, next flush): the resident sees the verdict appear.
      if (change.type === 'sent' && change.kind === 'volunteer-signup') this.#accept(change.receipt as SignupReceipt, 'background');
      else if (change.type === 'queued') this.#set({ name: 'queued', reason: change.errorCode }, 'background');
      else if (change.type === 'failed') this.#fail(change.errorCode, 'background');
      else if (change.type === 'discarded') this.#set({ name: 'form' }, 'background');
    }
    if (change.key === this.#record.cancelKey && phase.name === 'cancel-queued') {
      if (change.type === 'sent') this.#cancelDone((change.receipt as CancelReceipt).status, 'background');
      else if (change.type === 'queued') this.#set({ ...phase, reason: change.errorCode }, 'background');
      else if (change.type === 'failed') this.#set({ name: 'cancel-failed', receipt: phase.receipt, code: change.errorCode }, 'background');
    }
  }

  #accept(receipt: SignupReceipt, cause: 'user' | 'background' | 'restore'): void {
    const key = this.#record.key;
    if (holdsPlace(receipt)) {
      this.#record = { key, receipt };
      writeSignupRecord(this.#adapter.id, this.opportunityId, this.#record);
    } else {
      // Full, closed, duplicate: nothing is held, so nothing to remember; a later visit starts afresh.
      this.#forget();
    }
    this.#set({ name: 'result', receipt }, cause);
    if (cause !== 'restore') this.#listener.result(key, receipt.status);
  }

  #queue(error: OutboxErrorInfo | undefined, cause: 'user' | 'background'): void {
    this.#set({ name: 'queued', reason: error?.code }, cause);
    this.#listener.queued(this.#record.key, error?.code ?? 'not-sent-yet');
  }

  #fail(code: AdapterErrorCode, cause: 'user' | 'background'): void {
    this.#set({ name: 'failed', code }, cause);
  }

  #cancelDone(status: CancelReceipt['status'], cause: 'user' | 'background' | 'restore'): void {
    this.#forget();
    this.#set({ name: 'cancelled', status }, cause);
    if (cause !== 'restore') this.#listener.cancelled(status);
  }

  async #sendDirectly(signup: VolunteerSignup, cause: 'user' | 'background'): Promise<void> {
    this.#unsaved.value = signup;
    try {
      const receipt = await this.#adapter.submitSignup(signup, { idempotencyKey: this.#record.key });
      this.#unsaved.value = undefined;
      this.#accept(receipt, cause);
    } catch (error) {
      this.#set({ name: 'failed', code: AdapterError.from(error).code, unsaved: true }, cause);
    }
  }

  /** A signup the device could not store, once more: into the outbox if it can take it now, else directly. */
  async #sendAgain(cause: 'user' | 'background'): Promise<void> {
    const signup = this.#unsaved.value;
    if (!signup || this.#phase.name === 'submitting') return;
    this.#set({ name: 'submitting' }, cause);
    let result;
    try {
      result = await (await this.#box()).submit('volunteer-signup', signup, { idempotencyKey: this.#record.key });
    } catch {
      return this.#sendDirectly(signup, cause);
    }
    this.#unsaved.value = undefined;
    if (result.state === 'sent') return this.#accept(result.receipt as SignupReceipt, cause);
    if (result.state === 'queued') return this.#queue(result.error, cause);
    return this.#fail(result.error.code, cause);
  }

  /** Drops the record and starts a new key: the next signup is a new one. */
  #forget(): void {
    writeSignupRecord(this.#adapter.id, this.opportunityId, undefined);
    this.#record = { key: createIdempotencyKey() };
    this.#sentAnswers = undefined;
    this.#unsaved.value = undefined;
  }

  #set(phase: SignupPhase, cause: 'user' | 'background' | 'restore'): void {
    this.#phase = phase;
    this.#listener.changed(phase, cause);
  }
}
