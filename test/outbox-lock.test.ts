import { expect } from '@open-wc/testing';
import { createLockRunner, InPageMutex } from '../src/adapters/outbox/index.js';

/** A task that records when it starts and ends, and ends only when the test releases it. */
function gatedTask(log: string[], name: string) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const task = async () => {
    log.push(`${name}:start`);
    await gate;
    log.push(`${name}:end`);
    return name;
  };
  return { task, release };
}

describe('InPageMutex', () => {
  it('runs tasks one at a time in call order', async () => {
    const log: string[] = [];
    const mutex = new InPageMutex();
    const a = gatedTask(log, 'a');
    const b = gatedTask(log, 'b');

    const results = Promise.all([mutex.run(a.task), mutex.run(b.task)]);
    await Promise.resolve();
    b.release();
    a.release();

    expect(await results).to.deep.equal(['a', 'b']);
    expect(log).to.deep.equal(['a:start', 'a:end', 'b:start', 'b:end']);
  });

  it('keeps going after a task fails', async () => {
    const mutex = new InPageMutex();
    const failing = mutex.run(() => Promise.reject(new Error('boom')));
    const next = mutex.run(async () => 'next');

    const error = await failing.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(Error).with.property('message', 'boom');
    expect(await next).to.equal('next');
  });
});

describe('createLockRunner', () => {
  for (const [label, locks] of [
    ['Web Locks', navigator.locks],
    ['in-page fallback', null],
  ] as const) {
    it(`excludes two runners using the same lock name (${label})`, async () => {
      const log: string[] = [];
      const name = `cw-outbox-lock-test-${crypto.randomUUID()}`;
      const tabA = createLockRunner(locks);
      const tabB = createLockRunner(locks);
      const a = gatedTask(log, 'a');
      const b = gatedTask(log, 'b');

      const both = Promise.all([tabA(name, a.task), tabB(name, b.task)]);
      await new Promise((resolve) => setTimeout(resolve, 10));
      b.release();
      a.release();

      expect(await both).to.deep.equal(['a', 'b']);
      expect(log).to.deep.equal(['a:start', 'a:end', 'b:start', 'b:end']);
    });
  }
});
