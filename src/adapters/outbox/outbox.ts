import { anySignal } from '../signals.js';
import { backoffDelay } from './backoff.js';
import { createLockRunner, type LockRunner } from './delivery-lock.js';
import { describeFailure } from './describe-failure.js';
import { openOutboxDb, type OutboxDatabase } from './outbox-db.js';
import { notePending } from './pending-hint.js';
import type { OutboxChange, OutboxListener } from './outbox-change.js';
import type {
  OutboxEntry,
  OutboxErrorInfo,
  OutboxKind,
  OutboxPayload,
  OutboxReceipt,
  ReceiptRecord,
} from './outbox-entry.js';
import { resolveOutboxOptions, type OutboxOptions, type ResolvedOutboxOptions } from './outbox-options.js';
import type { OutboxResult } from './outbox-result.js';
import { sendEntry, untilAborted } from './send-entry.js';

export interface SubmitOptions {
  /**
   * Reuse the key the widget made when the form was first shown: a double click or a second submit of the same
   * form then finds the existing entry instead of queuing the answer twice.
   */
  idempotencyKey?: string;
}

export interface FlushOptions {
  /** Also send pending entries whose backoff has not ended, e.g. because the network just came back. */
  ignoreBackoff?: boolean;
}

/** Which entries an attempt may send: due pending ones, any pending one, or even a failed one (`retry`). */
type AttemptWhen = 'due' | 'pending' | 'always';

const DISCARDED: OutboxErrorInfo = { code: 'aborted', message: 'The submission was discarded before it was sent' };

/**
 * A durable outbox for survey answers and volunteer signups. Each submission is written to IndexedDB with an
 * idempotency key before it is sent, sent under a cross-tab lock so no two tabs send it at once, and deleted
 * (with its personal data) only when the adapter acknowledges it. The receipt is kept for a while so a widget
 * opened later can still show it.
 *
 * @example
 * const outbox = new Outbox({ adapter });
 * outbox.start(); // deliver what earlier visits left behind, and again when the network returns
 * const result = await outbox.submit('survey-response', response, { idempotencyKey: formKey });
 * switch (result.state) {
 *   case 'sent': showReceipt(result.receipt.code); break;
 *   case 'queued': showSavedOffline(); break;
 *   case 'failed': showError(result.error.code); break;
 * }
 */
export class Outbox {
  readonly #options: ResolvedOutboxOptions;
  readonly #withLock: LockRunner;
  readonly #lockName: string;
  readonly #listeners = new Set<OutboxListener>();
  #database: Promise<OutboxDatabase> | undefined;
  #closing = new AbortController();
  #started = false;
  #interval: unknown;
  #wake: unknown;
  #flushing: Promise<void> | undefined;
  #flushAgain = false;
  #nextFlushIgnoresBackoff = false;

  constructor(options: OutboxOptions) {
    this.#options = resolveOutboxOptions(options);
    this.#withLock = createLockRunner(this.#options.locks);
    this.#lockName = `cw-outbox:${this.#options.dbName}`;
  }

  /** Whether `start()` is in effect. */
  get started(): boolean {
    return this.#started;
  }

  /**
   * Saves the submission, then tries to send it once. Never rejects because of the network: a submission that
   * could not be sent yet resolves as `queued`. Rejects only when the browser cannot store it at all.
   *
   * @example
   * const result = await outbox.submit('volunteer-signup', signup, { idempotencyKey });
   */
  async submit<K extends OutboxKind>(kind: K, payload: OutboxPayload<K>, options: SubmitOptions = {}): Promise<OutboxResult<K>> {
    const key = options.idempotencyKey ?? this.#options.createKey();
    const now = this.#options.now();
    const db = await this.#db();
    const tx = db.transaction(['entries', 'receipts'], 'readwrite');
    const [record, existing] = await Promise.all([tx.objectStore('receipts').get(key), tx.objectStore('entries').get(key)]);
    const acknowledged = record && record.expiresAt > now ? record : undefined;
    if (!acknowledged && !existing) {
      const entry = {
        key,
        kind,
        adapterId: this.#options.adapter.id,
        payload,
        createdAt: now,
        attempts: 0,
        nextAttemptAt: now,
        state: 'pending',
      } as OutboxEntry;
      await tx.objectStore('entries').add(entry);
    }
    await tx.done;
    if (!acknowledged && !existing) notePending(this.#options.dbName, true);

    if (acknowledged) return { state: 'sent', key, receipt: acknowledged.receipt as OutboxReceipt<K> };
    const result = (await this.#attempt(key, 'due')) ?? { state: 'failed', key, error: DISCARDED };
    if (result.state === 'queued') this.#scheduleWake().catch(warnBackgroundFailure);
    return result as OutboxResult<K>;
  }

  /**
   * Sends every due entry of this adapter, oldest first; `ignoreBackoff` sends pending ones that are still
   * waiting too (failed ones stay failed). Concurrent calls share one run, plus one more if called during it, so
   * nothing queued meanwhile waits for the next trigger.
   *
   * @example
   * await outbox.flush();
   */
  flush(options: FlushOptions = {}): Promise<void> {
    this.#nextFlushIgnoresBackoff ||= options.ignoreBackoff === true;
    if (this.#flushing) {
      this.#flushAgain = true;
      return this.#flushing;
    }
    const run = async () => {
      try {
        do {
          this.#flushAgain = false;
          const ignoreBackoff = this.#nextFlushIgnoresBackoff;
          this.#nextFlushIgnoresBackoff = false;
          await this.#flushOnce(ignoreBackoff);
        } while (this.#flushAgain);
      } finally {
        this.#flushing = undefined;
      }
      await this.#scheduleWake();
    };
    this.#flushing = run();
    return this.#flushing;
  }

  /**
   * Sends one entry now, whether it failed or is waiting for its backoff. Resolves `undefined` when the outbox
   * knows nothing of the key (discarded, or its receipt expired).
   *
   * @example
   * retryButton.onclick = () => outbox.retry(key);
   */
  async retry(key: string): Promise<OutboxResult | undefined> {
    const result = await this.#attempt(key, 'always');
    if (result?.state === 'queued') this.#scheduleWake().catch(warnBackgroundFailure);
    return result;
  }

  /**
   * Deletes an unsent entry and its personal data. Waits for an attempt in progress, so an entry the server has
   * just accepted is not reported as discarded. Resolves whether there was an entry to delete.
   */
  discard(key: string): Promise<boolean> {
    return this.#withLock(this.#lockName, async () => {
      const db = await this.#db();
      const tx = db.transaction('entries', 'readwrite');
      const entry = await tx.store.get(key);
      if (entry) await tx.store.delete(key);
      await tx.done;
      await this.#noteRemaining(db);
      if (entry) this.#emit({ type: 'discarded', key, kind: entry.kind });
      return entry !== undefined;
    });
  }

  /** The stored entry, payload included, or `undefined` once acknowledged or discarded. */
  async get(key: string): Promise<OutboxEntry | undefined> {
    return (await this.#db()).get('entries', key);
  }

  /** This adapter's unacknowledged entries, pending and failed, oldest first. */
  async pending(): Promise<OutboxEntry[]> {
    const entries = await (await this.#db()).getAllFromIndex('entries', 'adapterId', this.#options.adapter.id);
    return entries.sort((a, b) => a.createdAt - b.createdAt);
  }

  /** The server's receipt for a key, while it has not expired. */
  async receipt(key: string): Promise<ReceiptRecord | undefined> {
    const record = await (await this.#db()).get('receipts', key);
    return record && record.expiresAt > this.#options.now() ? record : undefined;
  }

  /**
   * Tells `listener` about every state change of this outbox's entries. Returns the unsubscribe function.
   *
   * @example
   * const unsubscribe = outbox.subscribe((change) => change.type === 'sent' && updateBadge());
   */
  subscribe(listener: OutboxListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Flushes now, again whenever the browser comes back online, on an interval, and when a backoff ends. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.#options.onlineTarget?.addEventListener('online', this.#onOnline);
    this.#interval = this.#options.timers.setInterval(() => this.#flushInBackground(), this.#options.flushIntervalMs);
    this.#flushInBackground();
  }

  /** Removes the listeners and timers that `start()` added. Entries stay stored. */
  stop(): void {
    if (!this.#started) return;
    this.#started = false;
    this.#options.onlineTarget?.removeEventListener('online', this.#onOnline);
    this.#options.timers.clearInterval(this.#interval);
    this.#clearWake();
  }

  /**
   * Stops, gives up waiting for attempts in progress (their entries stay pending) and closes the database
   * connection. A later call reopens it.
   */
  async close(): Promise<void> {
    this.stop();
    this.#closing.abort(new DOMException('The outbox was closed', 'AbortError'));
    this.#closing = new AbortController();
    const database = this.#database;
    this.#database = undefined;
    (await database?.catch(() => undefined))?.close();
  }

  // The backoff guessed how long the network would be gone; now we know it is back.
  readonly #onOnline = () => this.#flushInBackground({ ignoreBackoff: true });

  #flushInBackground(options: FlushOptions = {}): void {
    this.flush(options).catch(warnBackgroundFailure);
  }

  async #flushOnce(ignoreBackoff: boolean): Promise<void> {
    const db = await this.#db();
    await this.#deleteExpiredReceipts(db);
    const now = this.#options.now();
    const due = (await this.pending()).filter(
      (entry) => entry.state === 'pending' && (ignoreBackoff || entry.nextAttemptAt <= now),
    );
    for (const entry of due) await this.#attempt(entry.key, ignoreBackoff ? 'pending' : 'due');
    await this.#noteRemaining(db);
  }

  /** Keeps the note that lets a later page skip loading the outbox when nothing is left to deliver. */
  async #noteRemaining(db: OutboxDatabase): Promise<void> {
    try {
      notePending(this.#options.dbName, (await db.count('entries')) > 0);
    } catch {
      // The connection is closing (page going away, or close()): the note is a hint; the next run writes it.
    }
  }

  /**
   * One delivery attempt under the lock. The entry is read again inside the lock because another tab, or another
   * call on this page, may have sent it while we waited.
   */
  #attempt(key: string, when: AttemptWhen): Promise<OutboxResult | undefined> {
    return this.#withLock(this.#lockName, async () => {
      const db = await this.#db();
      const entry = await db.get('entries', key);
      if (!entry) {
        const record = await this.receipt(key);
        return record ? { state: 'sent', key, receipt: record.receipt } : undefined;
      }
      if (entry.adapterId !== this.#options.adapter.id || !this.#isSendable(entry, when)) return resultOf(entry);
      return this.#send(db, entry);
    });
  }

  #isSendable(entry: OutboxEntry, when: AttemptWhen): boolean {
    if (when === 'always') return true;
    if (entry.state !== 'pending') return false;
    return when === 'pending' || entry.nextAttemptAt <= this.#options.now();
  }

  async #send(db: OutboxDatabase, entry: OutboxEntry): Promise<OutboxResult> {
    const { adapter, timeoutSignal, attemptTimeoutMs } = this.#options;
    const timeout = timeoutSignal(attemptTimeoutMs);
    const { signal, dispose } = anySignal([timeout, this.#closing.signal]);
    let receipt: OutboxReceipt;
    try {
      // `then` turns a synchronous throw from the adapter into a rejection like any other.
      const sending = Promise.resolve().then(() => sendEntry(adapter, entry, { idempotencyKey: entry.key, signal }));
      receipt = await untilAborted(sending, signal);
    } catch (thrown) {
      return this.#recordFailure(db, entry, thrown, timeout.aborted);
    } finally {
      dispose();
    }
    await this.#acknowledge(db, entry, receipt);
    this.#emit({ type: 'sent', key: entry.key, kind: entry.kind, receipt });
    return { state: 'sent', key: entry.key, receipt };
  }

  /** Deletes the entry (and so the personal data) and keeps the receipt, in one transaction. */
  async #acknowledge(db: OutboxDatabase, entry: OutboxEntry, receipt: OutboxReceipt): Promise<void> {
    const receivedAt = this.#options.now();
    const record = {
      key: entry.key,
      kind: entry.kind,
      receipt,
      receivedAt,
      expiresAt: receivedAt + this.#options.receiptTtlMs,
    } as ReceiptRecord;
    const tx = db.transaction(['entries', 'receipts'], 'readwrite');
    await Promise.all([tx.objectStore('entries').delete(entry.key), tx.objectStore('receipts').put(record), tx.done]);
    await this.#noteRemaining(db);
  }

  async #recordFailure(db: OutboxDatabase, entry: OutboxEntry, thrown: unknown, timedOut: boolean): Promise<OutboxResult> {
    const { error, retryable, retryAfterSeconds } = describeFailure(thrown, timedOut);
    const now = this.#options.now();
    const attempts = entry.attempts + 1;
    const updated: OutboxEntry = retryable
      ? {
          ...entry,
          attempts,
          state: 'pending',
          lastError: error,
          nextAttemptAt:
            now + backoffDelay({ attempts, random: this.#options.random, retryAfterSeconds, policy: this.#options.backoff }),
        }
      : { ...entry, attempts, state: 'failed', lastError: error };

    const tx = db.transaction('entries', 'readwrite');
    // Discarded while we were sending: do not bring it back.
    if (await tx.store.get(entry.key)) await tx.store.put(updated);
    await tx.done;

    this.#emit(
      retryable
        ? { type: 'queued', key: entry.key, kind: entry.kind, errorCode: error.code }
        : { type: 'failed', key: entry.key, kind: entry.kind, errorCode: error.code },
    );
    return resultOf(updated);
  }

  async #deleteExpiredReceipts(db: OutboxDatabase): Promise<void> {
    const tx = db.transaction('receipts', 'readwrite');
    const expired = await tx.store.index('expiresAt').getAllKeys(IDBKeyRange.upperBound(this.#options.now()));
    await Promise.all([...expired.map((key) => tx.store.delete(key)), tx.done]);
  }

  /** While started, wakes up when the earliest backoff of this adapter's entries ends. */
  async #scheduleWake(): Promise<void> {
    if (!this.#started) return;
    const next = Math.min(
      ...(await this.pending()).filter((entry) => entry.state === 'pending').map((entry) => entry.nextAttemptAt),
    );
    if (!this.#started) return;
    this.#clearWake();
    if (!Number.isFinite(next)) return;
    this.#wake = this.#options.timers.setTimeout(() => {
      this.#wake = undefined;
      this.#flushInBackground();
    }, Math.max(0, next - this.#options.now()));
  }

  #clearWake(): void {
    if (this.#wake === undefined) return;
    this.#options.timers.clearTimeout(this.#wake);
    this.#wake = undefined;
  }

  #db(): Promise<OutboxDatabase> {
    if (!this.#database) {
      const opening = openOutboxDb(
        this.#options.dbName,
        () => {
          if (this.#database === opening) this.#database = undefined;
        },
        this.#options.openTimeoutMs,
      );
      // A failed open (private mode, quota, no answer in time) must not stick: the next call tries again.
      opening.catch(() => {
        if (this.#database === opening) this.#database = undefined;
      });
      this.#database = opening;
    }
    return this.#database;
  }

  #emit(change: OutboxChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        // A broken listener must not stop delivery or the other listeners.
        reportError(error);
      }
    }
  }
}

/** Only storage or lock failures reach here (attempt errors are stored on the entry); they carry no payload. */
function warnBackgroundFailure(error: unknown): void {
  console.warn('[cw-outbox] delivery could not run:', error);
}

function resultOf(entry: OutboxEntry): OutboxResult {
  if (entry.state === 'failed') {
    return { state: 'failed', key: entry.key, error: entry.lastError ?? { code: 'rejected', message: 'The server refused it' } };
  }
  return entry.lastError ? { state: 'queued', key: entry.key, error: entry.lastError } : { state: 'queued', key: entry.key };
}
