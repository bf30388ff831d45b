import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError, isOffline, isRetryable, type AdapterErrorCode } from '../../../adapters/adapter-error.js';
import type { DataAdapter } from '../../../adapters/data-adapter.js';
import type { Outbox } from '../../../adapters/outbox/outbox.js';
import type { OutboxChange } from '../../../adapters/outbox/outbox-change.js';
import type { OutboxResult } from '../../../adapters/outbox/outbox-result.js';
import type { SurveyResponse } from '../../../model/survey.js';
import { HeldSubmission } from '../../../core/held-submission.js';

/**
 * Where a resident's answers are: still being edited, being checked against the outbox after a reload, on their
 * way, saved on this device (`queued`), acknowledged (`sent`), or refused by the server (`failed`).
 */
export const SUBMISSION_PHASES = ['editing', 'checking', 'submitting', 'queued', 'sent', 'failed'] as const;
export type SubmissionPhase = (typeof SUBMISSION_PHASES)[number];

export interface SubmissionCallbacks {
  /** The server acknowledged the answers (now, or later from the outbox). */
  sent(key: string, receiptCode: string): void;
  /** The answers are stored on the device and wait for the network or an endpoint. */
  queued(key: string, reason: AdapterErrorCode | 'pending'): void;
  /** The phase changed, e.g. to move focus to the message that says so. */
  changed(phase: SubmissionPhase): void;
}

/** A submission the outbox could not take: what trying again needs. */
interface Unstored {
  loadOutbox: () => Promise<Outbox>;
  adapter: DataAdapter;
  response: SurveyResponse;
}

/**
 * Drives one survey's submission through the durable outbox and follows it afterwards: an answer queued while
 * offline flips to `sent` when the outbox delivers it, even if that happens minutes later or after a reload.
 *
 * When the outbox cannot take the answers (no IndexedDB: some in-app browsers and private modes; or its code did not
 * load because the network went down before the first focus), they are sent directly with the same key, and, if
 * that fails for want of a network, sent again as soon as the browser is back online, while the page is open.
 *
 * @example
 * private submission = new SurveySubmission(this, { sent: …, queued: …, changed: … });
 * await this.submission.submit(() => outboxOf(adapter), adapter, response, key);
 */
export class SurveySubmission implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #callbacks: SubmissionCallbacks;
  #phase: SubmissionPhase = 'editing';
  #key: string | undefined;
  #receiptCode: string | undefined;
  #errorCode: AdapterErrorCode | undefined;
  #outbox: Outbox | undefined;
  #busy = false;
  #unsubscribe: (() => void) | undefined;
  /**
   * Answers the outbox could not take: sent directly, and held here (only here) to send again. Back online, held
   * answers that may succeed later go again: besides the network's own failures, the outbox code may load now
   * (offline, it could not), and keeps answers a site cannot take yet (`not-configured`).
   */
  readonly #unstored = new HeldSubmission<Unstored>(() => {
    if (this.#phase === 'failed' && this.#unstored.value && this.#errorCode && isRetryable(this.#errorCode)) void this.retry();
  });

  constructor(host: ReactiveControllerHost, callbacks: SubmissionCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  get phase(): SubmissionPhase {
    return this.#phase;
  }
  get key(): string | undefined {
    return this.#key;
  }
  get receiptCode(): string | undefined {
    return this.#receiptCode;
  }
  /** A retry of a queued or failed submission is under way. */
  get busy(): boolean {
    return this.#busy;
  }
  /** Why the answers are still queued, or why they failed. */
  get errorCode(): AdapterErrorCode | undefined {
    return this.#errorCode;
  }
  /** Failed for want of a network, and not stored on the device: sent again by itself once back online. */
  get waitsForNetwork(): boolean {
    return this.#phase === 'failed' && !!this.#unstored.value && !!this.#errorCode && isOffline(this.#errorCode);
  }

  hostConnected(): void {
    if (this.#outbox && this.#key && !this.#unsubscribe) this.#follow(this.#outbox, this.#key);
    this.#unstored.active = true;
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#unstored.active = false;
  }

  /**
   * Hands the response to the outbox under `key`. Enters `submitting` synchronously, before anything is awaited,
   * so a second click in the same task is already refused; the key makes even a second call harmless.
   */
  async submit(loadOutbox: () => Promise<Outbox>, adapter: DataAdapter, response: SurveyResponse, key: string): Promise<void> {
    if (this.#phase === 'submitting') return;
    this.#enter('submitting', key);
    await this.#deliver({ loadOutbox, adapter, response }, key);
  }

  /** Into the outbox if it will take it; otherwise straight to the adapter, remembered for another try. */
  async #deliver(job: Unstored, key: string): Promise<void> {
    let result: OutboxResult | undefined;
    try {
      const box = await job.loadOutbox();
      this.#follow(box, key);
      result = await box.submit('survey-response', job.response, { idempotencyKey: key });
    } catch {
      // Nothing is stored on the device: the answers are still in the form (and its draft), and go directly.
    }
    if (result) {
      this.#unstored.value = undefined;
      return this.#apply(result, true);
    }
    this.#unstored.value = job;
    try {
      const receipt = await job.adapter.submitSurveyResponse(job.response, { idempotencyKey: key });
      this.#unstored.value = undefined;
      this.#apply({ state: 'sent', key, receipt });
    } catch (error) {
      this.#errorCode = AdapterError.from(error).code;
      this.#enter('failed', key);
    }
  }

  /** After a reload: shows the state of a submission made earlier. Resolves false when the outbox has forgotten it. */
  async resume(outbox: Outbox | Promise<Outbox>, key: string): Promise<boolean> {
    this.#enter('checking', key);
    const box = await outbox;
    this.#follow(box, key);
    const entry = await box.get(key);
    if (this.#phase !== 'checking') return true; // the outbox delivered it meanwhile
    if (entry) {
      this.#errorCode = entry.lastError?.code;
      this.#enter(entry.state === 'failed' ? 'failed' : 'queued', key);
      return true;
    }
    const record = await box.receipt(key);
    if (this.#phase !== 'checking') return true;
    if (record?.kind === 'survey-response') {
      this.#receiptCode = record.receipt.code;
      this.#enter('sent', key);
      return true;
    }
    this.reset();
    return false;
  }

  /**
   * Sends a queued or failed submission now. Resolves false when there is nothing in the outbox to send (it never
   * got there): the caller submits the form again.
   */
  async retry(): Promise<boolean> {
    const outbox = this.#outbox;
    const key = this.#key;
    const unstored = this.#unstored.value;
    if (this.#busy) return true;
    if ((!outbox && !unstored) || !key) return false;
    this.#busy = true;
    this.#host.requestUpdate();
    try {
      if (unstored) {
        await this.#deliver(unstored, key);
        return true;
      }
      const result = await outbox!.retry(key);
      if (result) this.#apply(result);
      else this.reset();
      return true;
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }

  /** Deletes a failed submission from the device; the answers stay in the form for editing. */
  async discard(): Promise<void> {
    if (this.#outbox && this.#key && !this.#unstored.value) await this.#outbox.discard(this.#key);
    this.reset();
  }

  /** Back to an empty slate: a new form, a new key. */
  reset(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#outbox = undefined;
    this.#unstored.value = undefined;
    this.#receiptCode = undefined;
    this.#errorCode = undefined;
    this.#enter('editing', undefined);
  }

  #follow(outbox: Outbox, key: string): void {
    this.#unsubscribe?.();
    this.#outbox = outbox;
    this.#unsubscribe = outbox.subscribe((change: OutboxChange) => {
      if (change.key !== key || change.kind !== 'survey-response') return;
      if (change.type === 'sent') this.#apply({ state: 'sent', key, receipt: change.receipt as { code: string; receivedAt: string } });
      else if (change.type === 'failed') this.#apply({ state: 'failed', key, error: { code: change.errorCode, message: '' } });
      else if (change.type === 'queued' && this.#phase === 'queued') {
        this.#errorCode = change.errorCode;
        this.#host.requestUpdate();
      }
    });
  }

  /** `stored`: the outbox has just taken the answers (so the form's draft can go). */
  #apply(result: OutboxResult, stored = false): void {
    if (this.#phase === 'sent' || this.#phase === 'editing') return; // already settled (listener and result race)
    const key = result.key;
    if (result.state === 'sent') {
      this.#receiptCode = (result.receipt as { code: string }).code;
      this.#errorCode = undefined;
      this.#enter('sent', key);
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      this.#callbacks.sent(key, this.#receiptCode);
      return;
    }
    this.#errorCode = result.error?.code;
    this.#enter(result.state, key);
    if (result.state === 'queued' && stored) this.#callbacks.queued(key, result.error?.code ?? 'pending');
  }

  #enter(phase: SubmissionPhase, key: string | undefined): void {
    const changed = phase !== this.#phase;
    this.#phase = phase;
    this.#key = key;
    this.#host.requestUpdate();
    if (changed) this.#callbacks.changed(phase);
  }
}
