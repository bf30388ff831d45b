import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { AdapterError } from '../src/adapters/adapter-error.js';
import type { WriteOptions } from '../src/adapters/data-adapter.js';
import {
  Outbox,
  type OutboxAdapter,
  type OutboxChange,
  type OutboxEntry,
  type OutboxOptions,
  type OutboxTimers,
} from '../src/adapters/outbox/index.js';
import { mayHavePending } from '../src/adapters/outbox/pending-hint.js';
import type { SignupCancellation, SurveyResponse, VolunteerSignup } from '../src/model/index.js';

// ---------------------------------------------------------------------------------------------------------------
// Fakes

/** A server that remembers idempotency keys: a repeated key gets the first receipt back and is not stored again. */
class FakeServer {
  /** Every key that reached the server, in order, including attempts that failed. */
  readonly calls: string[] = [];
  readonly receipts = new Map<string, unknown>();
  /** How many submissions were stored; a repeated key does not count. */
  stored = 0;
  /** Thrown by the next calls, one per call, before anything is stored. */
  failures: AdapterError[] = [];
  /** Runs when a call arrives, before the server answers; may stall the answer. */
  onCall: ((key: string, options: WriteOptions) => Promise<void> | void) | undefined;

  adapter(id = 'fake:district'): OutboxAdapter {
    return {
      id,
      submitSurveyResponse: (response: SurveyResponse, options: WriteOptions) =>
        this.#receive(options, (n) => ({ code: `S-${n}`, receivedAt: '2026-05-01T09:00:00+08:00' }), response),
      submitSignup: (signup: VolunteerSignup, options: WriteOptions) =>
        this.#receive(
          options,
          (n) => ({ status: 'confirmed' as const, opportunityId: signup.opportunityId, code: `V-${n}`, cancelToken: `T-${n}` }),
          signup,
        ),
      cancelSignup: (cancellation: SignupCancellation, options: WriteOptions) =>
        this.#receive(options, () => ({ status: 'cancelled' as const }), cancellation),
    };
  }

  async #receive<R>(options: WriteOptions, makeReceipt: (n: number) => R, _payload: unknown): Promise<R> {
    this.calls.push(options.idempotencyKey);
    await this.onCall?.(options.idempotencyKey, options);
    const failure = this.failures.shift();
    if (failure) throw failure;
    const known = this.receipts.get(options.idempotencyKey);
    if (known) return known as R;
    this.stored += 1;
    const receipt = makeReceipt(this.stored);
    this.receipts.set(options.idempotencyKey, receipt);
    return receipt;
  }
}

/** Timers that fire only when the test says so. */
class ManualTimers implements OutboxTimers {
  readonly timeouts = new Map<number, { callback: () => void; ms: number }>();
  readonly intervals = new Map<number, { callback: () => void; ms: number }>();
  #nextId = 1;

  setTimeout(callback: () => void, ms: number): number {
    const id = this.#nextId++;
    this.timeouts.set(id, { callback, ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timeouts.delete(handle as number);
  }
  setInterval(callback: () => void, ms: number): number {
    const id = this.#nextId++;
    this.intervals.set(id, { callback, ms });
    return id;
  }
  clearInterval(handle: unknown): void {
    this.intervals.delete(handle as number);
  }
  fireTimeouts(): void {
    const due = [...this.timeouts.values()];
    this.timeouts.clear();
    for (const { callback } of due) callback();
  }
  fireIntervals(): void {
    for (const { callback } of this.intervals.values()) callback();
  }
}

const survey = (): SurveyResponse => ({
  surveyId: 'S-2026-05',
  answers: { q1: 'satisfied' },
  locale: 'zh-Hans',
  submittedAt: '2026-05-01T08:59:00+08:00',
});

const RESIDENT_NAME = '王秀英';
const RESIDENT_MOBILE = '13912345678';
const signup = (): VolunteerSignup => ({
  opportunityId: 'OPP-7',
  name: RESIDENT_NAME,
  mobile: RESIDENT_MOBILE,
  ageGroup: 'adult',
  consent: { version: 'v1', at: '2026-05-01T08:58:00+08:00' },
});

const networkDown = () => new AdapterError('network', 'Failed to fetch');
const rejected = () => new AdapterError('rejected', 'The activity is closed', { status: 422 });

// ---------------------------------------------------------------------------------------------------------------
// Harness: a unique database per test, a hand-driven clock, and cleanup.

let dbName: string;
let clock: number;
let opened: Outbox[];

beforeEach(() => {
  dbName = `cw-outbox-test-${crypto.randomUUID()}`;
  clock = Date.parse('2026-05-01T01:00:00Z');
  opened = [];
});

afterEach(async () => {
  await Promise.all(opened.map((outbox) => outbox.close()));
  await deleteDB(dbName);
  localStorage.removeItem(`cw-outbox-pending:${dbName}`);
});

function newOutbox(adapter: OutboxAdapter, options: Partial<OutboxOptions> = {}): Outbox {
  const outbox = new Outbox({
    adapter,
    dbName,
    now: () => clock,
    random: () => 0, // no jitter: delays are exactly base × factor^n
    timers: new ManualTimers(),
    onlineTarget: null,
    // Never times out unless a test says so.
    timeoutSignal: () => new AbortController().signal,
    ...options,
  });
  opened.push(outbox);
  return outbox;
}

/** Moves the clock past the entry's backoff. */
async function passBackoff(outbox: Outbox, key: string): Promise<void> {
  const entry = await outbox.get(key);
  clock = Math.max(clock, entry!.nextAttemptAt);
}

function nextChange(outbox: Outbox, type: OutboxChange['type']): Promise<OutboxChange> {
  return new Promise((resolve) => {
    const unsubscribe = outbox.subscribe((change) => {
      if (change.type !== type) return;
      unsubscribe();
      resolve(change);
    });
  });
}

/** Lets other tasks (another "tab", IndexedDB callbacks) run before the fake server answers. */
const yieldToOthers = () => new Promise<void>((resolve) => setTimeout(resolve, 10));

// ---------------------------------------------------------------------------------------------------------------

describe('Outbox', () => {
  it('keeps retrying a retryable failure until the server accepts it once, then keeps only the receipt', async () => {
    const server = new FakeServer();
    server.failures = [networkDown(), new AdapterError('server', 'Bad gateway', { status: 502 }), new AdapterError('rate-limited', 'Slow down')];
    const outbox = newOutbox(server.adapter());

    const first = await outbox.submit('survey-response', survey());
    expect(first).to.deep.include({ state: 'queued', error: { code: 'network', message: 'Failed to fetch' } });
    for (let i = 0; i < 3; i++) {
      await passBackoff(outbox, first.key);
      await outbox.flush();
    }

    expect(server.stored).to.equal(1);
    expect(server.calls).to.deep.equal([first.key, first.key, first.key, first.key]);
    expect(await outbox.get(first.key)).to.equal(undefined);
    expect(await outbox.pending()).to.deep.equal([]);
    const record = await outbox.receipt(first.key);
    expect(record).to.deep.include({ key: first.key, kind: 'survey-response', receipt: server.receipts.get(first.key) });
  });

  it('keeps a note of whether it holds entries, so a later page loads it only when it may have work', async () => {
    const server = new FakeServer();
    server.failures = [networkDown()];
    const outbox = newOutbox(server.adapter());
    expect(await mayHavePending(dbName), 'no note and no database: certainly empty').to.equal(false);

    const queued = await outbox.submit('survey-response', survey());
    expect(localStorage.getItem(`cw-outbox-pending:${dbName}`)).to.equal('1');
    expect(await mayHavePending(dbName)).to.equal(true);
    await passBackoff(outbox, queued.key);
    await outbox.flush();
    expect(await mayHavePending(dbName), 'delivered: empty').to.equal(false);

    server.failures = [rejected()];
    const failed = await outbox.submit('survey-response', survey());
    expect(failed.state).to.equal('failed');
    expect(await mayHavePending(dbName), 'a failed entry still waits for the resident').to.equal(true);
    await outbox.discard(failed.key);
    expect(await mayHavePending(dbName)).to.equal(false);

    localStorage.removeItem(`cw-outbox-pending:${dbName}`);
    expect(await mayHavePending(dbName), 'note lost: the database exists, so maybe').to.equal(true);
  });

  it('writes the entry to IndexedDB before the adapter is called', async () => {
    const server = new FakeServer();
    let seenByServer: OutboxEntry | undefined;
    server.onCall = async (key) => {
      const db = await openDB(dbName);
      seenByServer = (await db.get('entries', key)) as OutboxEntry | undefined;
      db.close();
    };
    const outbox = newOutbox(server.adapter());

    const result = await outbox.submit('volunteer-signup', signup());

    expect(result.state).to.equal('sent');
    expect(seenByServer).to.deep.include({ key: result.key, kind: 'volunteer-signup', state: 'pending', attempts: 0 });
    expect(seenByServer!.payload).to.deep.equal(signup());
  });

  it('gives up on a database that does not open in time, and opens it anew once it answers', async () => {
    const oldTab = await openDB(dbName, 1); // a tab that ignores requests to close its connection
    const deleting = deleteDB(dbName); // waits for that tab, and every open after it waits behind it
    const server = new FakeServer();
    const outbox = newOutbox(server.adapter(), { openTimeoutMs: 100 });
    const started = performance.now();
    const error = await outbox.submit('survey-response', survey()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as DOMException | undefined)?.name, 'the caller hears of it (and sends directly)').to.equal('TimeoutError');
    expect(performance.now() - started).to.be.lessThan(2000);
    expect(server.calls).to.deep.equal([]);
    oldTab.close();
    await deleting;
    const sent = await outbox.submit('survey-response', survey());
    expect(sent.state).to.equal('sent');
  });

  it('sends the stored idempotency key, and the caller-supplied one when given', async () => {
    const server = new FakeServer();
    const outbox = newOutbox(server.adapter(), { createKey: () => 'generated-key' });

    const generated = await outbox.submit('survey-response', survey());
    const supplied = await outbox.submit('signup-cancel', { code: 'V-1', cancelToken: 'T-1' }, { idempotencyKey: 'form-key' });

    expect([generated.key, supplied.key]).to.deep.equal(['generated-key', 'form-key']);
    expect(server.calls).to.deep.equal(['generated-key', 'form-key']);
    expect(supplied).to.deep.equal({ state: 'sent', key: 'form-key', receipt: { status: 'cancelled' } });
  });

  it('delivers exactly once when the page is reloaded with an entry still queued', async () => {
    const server = new FakeServer();
    server.failures = [networkDown()];
    const beforeReload = newOutbox(server.adapter());
    const { key } = await beforeReload.submit('volunteer-signup', signup());
    await beforeReload.close();

    clock += 60_000;
    const afterReload = newOutbox(server.adapter());
    const sent = nextChange(afterReload, 'sent');
    afterReload.start(); // the "next page load" path flushes at once
    expect(await sent).to.deep.include({ type: 'sent', key });
    await afterReload.flush();
    await afterReload.flush();

    expect(server.stored).to.equal(1);
    expect(server.calls).to.deep.equal([key, key]);
    expect(await afterReload.receipt(key)).to.deep.include({ receipt: server.receipts.get(key) });
  });

  for (const lockKind of ['Web Locks', 'in-page mutex'] as const) {
    it(`lets two tabs flush at once without sending an entry twice (${lockKind})`, async () => {
      const locks = lockKind === 'Web Locks' ? navigator.locks : null;
      const server = new FakeServer();
      server.failures = [networkDown()];
      const tabA = newOutbox(server.adapter(), { locks });
      const tabB = newOutbox(server.adapter(), { locks });
      const { key } = await tabA.submit('survey-response', survey());
      await passBackoff(tabA, key);
      server.onCall = yieldToOthers;

      await Promise.all([tabA.flush(), tabB.flush(), tabB.retry(key), tabA.flush({ ignoreBackoff: true })]);

      expect(server.calls).to.deep.equal([key, key]); // the failed first try, then one delivery
      expect(server.stored).to.equal(1);
      expect(await tabB.receipt(key)).to.not.equal(undefined);
    });
  }

  it('turns a double submit with the same key into one entry and one delivery', async () => {
    const server = new FakeServer();
    server.onCall = yieldToOthers;
    const outbox = newOutbox(server.adapter());

    const [first, second] = await Promise.all([
      outbox.submit('volunteer-signup', signup(), { idempotencyKey: 'click' }),
      outbox.submit('volunteer-signup', signup(), { idempotencyKey: 'click' }),
    ]);
    const later = await outbox.submit('volunteer-signup', signup(), { idempotencyKey: 'click' });

    expect(server.calls).to.deep.equal(['click']);
    const receipt = server.receipts.get('click');
    for (const result of [first, second, later]) expect(result).to.deep.equal({ state: 'sent', key: 'click', receipt });
  });

  it('returns the queued entry for a repeated key instead of adding another', async () => {
    const server = new FakeServer();
    server.failures = [networkDown()];
    const outbox = newOutbox(server.adapter());

    await outbox.submit('survey-response', survey(), { idempotencyKey: 'again' });
    const repeated = await outbox.submit('survey-response', survey(), { idempotencyKey: 'again' });

    expect(repeated).to.deep.equal({ state: 'queued', key: 'again', error: { code: 'network', message: 'Failed to fetch' } });
    expect((await outbox.pending()).map((entry) => entry.key)).to.deep.equal(['again']);
    expect(server.calls).to.have.length(1); // still waiting for its backoff
  });

  it('marks a non-retryable error failed, does not retry it, and lets the caller retry or discard it', async () => {
    const server = new FakeServer();
    server.failures = [rejected(), rejected()];
    const outbox = newOutbox(server.adapter());

    const toRetry = await outbox.submit('volunteer-signup', signup());
    const toDiscard = await outbox.submit('volunteer-signup', signup());
    expect(toRetry).to.deep.include({ state: 'failed', error: { code: 'rejected', message: 'The activity is closed' } });
    expect(await outbox.get(toRetry.key)).to.deep.include({ state: 'failed', attempts: 1 });

    clock += 24 * 60 * 60_000;
    await outbox.flush();
    await outbox.flush({ ignoreBackoff: true });
    expect(server.calls).to.have.length(2);

    expect(await outbox.retry(toRetry.key)).to.deep.include({ state: 'sent' });
    expect(server.stored).to.equal(1);

    expect(await outbox.discard(toDiscard.key)).to.equal(true);
    expect(await outbox.get(toDiscard.key)).to.equal(undefined);
    expect(await outbox.discard(toDiscard.key)).to.equal(false);
    expect(await outbox.retry(toDiscard.key)).to.equal(undefined);
    expect(await outbox.pending()).to.deep.equal([]);
    expect(server.calls).to.have.length(3);
  });

  it('counts an attempt that outlives its timeout as a retryable timeout, and aborts the adapter signal', async () => {
    const server = new FakeServer();
    const attemptClock = new AbortController();
    let adapterSignal: AbortSignal | undefined;
    server.onCall = (_key, options) => {
      adapterSignal = options.signal;
      attemptClock.abort(new DOMException('Timed out', 'TimeoutError'));
      return new Promise(() => {}); // a server that never answers, and an adapter that ignores its signal
    };
    const outbox = newOutbox(server.adapter(), { timeoutSignal: () => attemptClock.signal });

    const result = await outbox.submit('survey-response', survey());

    expect(result).to.deep.include({ state: 'queued', error: { code: 'timeout', message: 'The server did not answer in time' } });
    expect(adapterSignal?.aborted).to.equal(true);
    expect(await outbox.get(result.key)).to.deep.include({ state: 'pending', attempts: 1, nextAttemptAt: clock + 2_000 });
  });

  it('times out with AbortSignal.timeout after attemptTimeoutMs by default', async () => {
    const server = new FakeServer();
    server.onCall = () => new Promise(() => {});
    const outbox = new Outbox({ adapter: server.adapter(), dbName, attemptTimeoutMs: 5, onlineTarget: null });
    opened.push(outbox);

    const result = await outbox.submit('survey-response', survey());

    expect(result).to.deep.include({ state: 'queued', error: { code: 'timeout', message: 'The server did not answer in time' } });
  });

  it('backs off by base × factor^n up to the cap, and waits at least retryAfter', async () => {
    const server = new FakeServer();
    server.failures = Array.from({ length: 9 }, networkDown);
    server.failures.push(new AdapterError('rate-limited', 'Slow down', { retryAfter: 900 }));
    const outbox = newOutbox(server.adapter());

    const { key } = await outbox.submit('survey-response', survey());
    const delays: number[] = [];
    for (let failures = 1; failures <= 9; failures++) {
      const entry = (await outbox.get(key))!;
      delays.push(entry.nextAttemptAt - clock);
      clock = entry.nextAttemptAt - 1;
      await outbox.flush(); // one millisecond early: not sent
      expect(server.calls).to.have.length(failures);
      clock += 1;
      await outbox.flush();
    }

    expect(delays).to.deep.equal([2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000]);
    const entry = await outbox.get(key);
    expect(entry).to.deep.include({ attempts: 10, nextAttemptAt: clock + 900_000 });
    expect(entry?.lastError?.code).to.equal('rate-limited');
  });

  it('does not deliver entries queued for another adapter', async () => {
    const server = new FakeServer();
    const otherServer = new FakeServer();
    server.failures = [networkDown()];
    const portalA = newOutbox(server.adapter('rest:https://a.example.gov.cn'));
    const portalB = newOutbox(otherServer.adapter('rest:https://b.example.gov.cn'));
    const { key } = await portalA.submit('survey-response', survey());
    clock += 60 * 60_000;

    await portalB.flush({ ignoreBackoff: true });
    expect(await portalB.retry(key)).to.deep.include({ state: 'queued' });
    expect(await portalB.pending()).to.deep.equal([]);
    expect(otherServer.calls).to.deep.equal([]);

    await portalA.flush();
    expect(server.stored).to.equal(1);
  });

  it('tells listeners about changes with keys and states, never the payload', async () => {
    const server = new FakeServer();
    server.failures = [networkDown(), rejected()];
    const outbox = newOutbox(server.adapter());
    const changes: OutboxChange[] = [];
    outbox.subscribe((change) => changes.push(change));

    const { key } = await outbox.submit('volunteer-signup', signup());
    await passBackoff(outbox, key);
    await outbox.flush();
    await outbox.retry(key);
    await outbox.submit('volunteer-signup', signup());

    expect(changes.map((change) => change.type)).to.deep.equal(['queued', 'failed', 'sent', 'sent']);
    const serialized = JSON.stringify(changes);
    expect(serialized).to.not.include(RESIDENT_NAME);
    expect(serialized).to.not.include(RESIDENT_MOBILE);
    for (const change of changes) {
      expect(['type', 'key', 'kind', 'errorCode', 'receipt']).to.include.members(Object.keys(change));
    }
  });

  it('announces a discard, and stops telling a listener after it unsubscribes', async () => {
    const server = new FakeServer();
    server.failures = [rejected()];
    const outbox = newOutbox(server.adapter());
    const changes: OutboxChange[] = [];
    const unsubscribe = outbox.subscribe((change) => changes.push(change));

    const { key } = await outbox.submit('volunteer-signup', signup());
    await outbox.discard(key);
    unsubscribe();
    await outbox.submit('survey-response', survey());

    expect(changes).to.deep.equal([
      { type: 'failed', key, kind: 'volunteer-signup', errorCode: 'rejected' },
      { type: 'discarded', key, kind: 'volunteer-signup' },
    ]);
  });

  it('forgets receipts once they expire', async () => {
    const server = new FakeServer();
    const outbox = newOutbox(server.adapter(), { receiptTtlMs: 60_000 });
    const { key } = await outbox.submit('survey-response', survey());
    expect(await outbox.receipt(key)).to.not.equal(undefined);

    clock += 60_000;
    expect(await outbox.receipt(key)).to.equal(undefined);
    await outbox.flush();
    const db = await openDB(dbName);
    expect(await db.get('receipts', key)).to.equal(undefined);
    db.close();
  });

  it('flushes on start, on the online event, on its interval and when a backoff ends; stop removes them all', async () => {
    const server = new FakeServer();
    const timers = new ManualTimers();
    const network = new EventTarget();
    server.failures = [networkDown(), networkDown(), networkDown()];
    const outbox = newOutbox(server.adapter(), { timers, onlineTarget: network, flushIntervalMs: 30_000 });
    await outbox.submit('survey-response', survey());

    outbox.start();
    await outbox.flush();
    expect(server.calls).to.have.length(1); // started within its backoff: nothing due
    expect([...timers.intervals.values()].map((t) => t.ms)).to.deep.equal([30_000]);
    expect([...timers.timeouts.values()].map((t) => t.ms)).to.deep.equal([2_000]);

    let queued = nextChange(outbox, 'queued');
    network.dispatchEvent(new Event('online'));
    await queued;
    await outbox.flush();
    expect(server.calls).to.have.length(2); // online does not wait for the backoff
    expect([...timers.timeouts.values()].map((t) => t.ms)).to.deep.equal([4_000]);

    clock += 4_000;
    queued = nextChange(outbox, 'queued');
    timers.fireTimeouts();
    await queued;
    await outbox.flush();
    expect(server.calls).to.have.length(3);

    clock += 8_000;
    const sent = nextChange(outbox, 'sent');
    timers.fireIntervals();
    await sent;
    expect(server.calls).to.have.length(4);

    outbox.stop();
    expect(timers.intervals.size).to.equal(0);
    expect(timers.timeouts.size).to.equal(0);
    server.failures = [networkDown()];
    await outbox.submit('survey-response', survey());
    network.dispatchEvent(new Event('online'));
    await outbox.flush(); // joins the flush an online listener would have started, which would send it
    expect(server.calls).to.have.length(5);
  });
});
