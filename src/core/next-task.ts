interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a task of its own, not in a microtask of the current one: the browser may paint and handle a tap in
 * between, so a long start-up is cut into tasks a slow phone can interleave with input. `scheduler.yield()` where
 * there is one (its continuation runs ahead of other queued work), else a message-channel turn (not clamped to
 * 4 ms like a nested setTimeout).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
