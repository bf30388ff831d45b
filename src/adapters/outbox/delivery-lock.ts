import { InPageMutex } from './in-page-mutex.js';

/** Runs `task` while holding the lock called `name`. */
export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<T>;

// One mutex per lock name for the whole page, so two outboxes on the same database exclude each other
// even where the Web Locks API is missing.
const pageMutexes = new Map<string, InPageMutex>();

/**
 * A lock that holds across tabs through the Web Locks API, or across this page only where the browser lacks it
 * (old WebViews; insecure origins). The Web Locks lock is released when its tab closes, so a crashed tab
 * never blocks delivery for good.
 *
 * @example
 * const withLock = createLockRunner(navigator.locks);
 * await withLock('cw-outbox:cw-outbox', () => sendOne(key));
 */
export function createLockRunner(locks: LockManager | null | undefined): LockRunner {
  if (locks) {
    // The lock manager resolves with the callback's awaited result; its typing does not unwrap the promise.
    return <T>(name: string, task: () => Promise<T>) =>
      locks.request(name, { mode: 'exclusive' }, () => task()) as unknown as Promise<T>;
  }
  return (name, task) => {
    let mutex = pageMutexes.get(name);
    if (!mutex) {
      mutex = new InPageMutex();
      pageMutexes.set(name, mutex);
    }
    return mutex.run(task);
  };
}
